/**
 * Stories that survive size: corpus/ and every fixture story, multiplied into distinct stories by
 * the bench's deterministic rewrite (renamed people, places and organisations, scaled figures,
 * moved years), give in one run exactly the conflicts that each story gives alone. 500 articles
 * here; `npm run test:scale` runs it at 5,000 (FACTCHECK_SCALE_ARTICLES).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeCopies } from '../../scripts/bench-rewrite.js';
import { loadSnapshot } from '../../src/model/load-snapshot.js';
import { resolveOptions } from '../../src/options.js';
import type { ExtractedSource } from '../../src/pipeline/extracted-source.js';
import { extractInputs } from '../../src/pipeline/extract-inputs.js';
import { reconcileSources } from '../../src/pipeline/reconcile-sources.js';
import type { Conflict } from '../../src/types.js';

const ARTICLES = Number(process.env.FACTCHECK_SCALE_ARTICLES ?? 500);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** corpus/ and each fixture folder with a gold.json: one story each. */
function baseStories(): Array<{ id: string; articles: Array<{ name: string; text: string }> }> {
  const folders = [path.join(root, 'corpus'), ...readdirSync(path.join(root, 'fixtures')).map((f) => path.join(root, 'fixtures', f)).filter((f) => existsSync(path.join(f, 'gold.json')))];
  return folders.sort().map((folder) => ({
    id: path.basename(folder),
    articles: readdirSync(folder)
      .filter((f) => /\.(txt|md|html)$/.test(f))
      .sort()
      .map((name) => ({ name, text: readFileSync(path.join(folder, name), 'utf8') })),
  }));
}

/** A conflict as the claims it sets against each other. */
const key = (conflict: Conflict) => `${conflict.kind} ${conflict.claims.map((c) => `${c.source}:${c.start}-${c.end}`).join(' ')}`;

describe(`stories at scale (${ARTICLES} articles)`, () => {
  it('finds in one run the conflicts each story finds alone, no more and no fewer', { timeout: 1_800_000 }, async () => {
    const snapshot = loadSnapshot();
    const isCommon = (word: string) => {
      const tags = snapshot?.lexicon(word);
      return tags !== undefined && ![tags].flat().some((t) => /Place|Country|City|Region|Person|Name|Organization|Company|Acronym|ProperNoun/.test(t));
    };
    const stories = baseStories();
    const perCopy = stories.reduce((n, s) => n + s.articles.length, 0);
    const dir = mkdtempSync(path.join(tmpdir(), 'factcheck-scale-'));
    const written = writeCopies(dir, stories, Math.ceil(ARTICLES / perCopy), isCommon);
    expect(written.files).toBeGreaterThanOrEqual(ARTICLES);

    const resolved = resolveOptions({ cwd: dir, concurrency: 'auto' });
    const { sources } = await extractInputs(['.'], resolved);
    const together = reconcileSources(sources, resolved).conflicts.map(key).sort();
    // each story alone: the same extracted sources, reconciled folder by folder
    const byStory = new Map<string, ExtractedSource[]>();
    for (const source of sources) byStory.set(path.dirname(source.path), [...(byStory.get(path.dirname(source.path)) ?? []), source]);
    const alone = [...byStory.values()].flatMap((members) => reconcileSources(members, resolved).conflicts.map(key)).sort();

    expect(together.length).toBeGreaterThan(written.files / 20);
    const [inTogether, inAlone] = [new Set(together), new Set(alone)];
    expect(together.filter((c) => !inAlone.has(c))).toEqual([]);
    expect(alone.filter((c) => !inTogether.has(c))).toEqual([]);
  });
});
