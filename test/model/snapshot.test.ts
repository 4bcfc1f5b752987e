/**
 * The prebuilt snapshot of compromise's model (dist/model/compromise-model.jsonl, written by
 * `npm run build`) against compromise itself: the same tables, the same inflections, and the
 * same claims on every fixture and on corpus/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { describe, expect, it, vi } from 'vitest';
import { modelFromSnapshot, type TaggerModel } from '../../src/extract/tagger-model.js';
import { liveTaggerModel } from '../../src/extract/nlp.js';
import { loadSnapshot, SNAPSHOT_FILE } from '../../src/model/load-snapshot.js';
import type { CompromiseWorld } from '../../src/model/snapshot.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const snapshot = loadSnapshot();
const TENSES = ['PastTense', 'PresentTense', 'Gerund', 'Participle', 'Infinitive'];

/** Every article under corpus/ and fixtures/, by path. */
function articles(): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(txt|md|html)$/.test(entry.name)) found.push([path.relative(root, file), readFileSync(file, 'utf8')]);
    }
  };
  walk(path.join(root, 'corpus'));
  walk(path.join(root, 'fixtures'));
  return found.sort(([a], [b]) => (a < b ? -1 : 1));
}

/** Every word of one of the snapshot file's bucketed tables (its header line says where each bucket's line is). */
function wordsInFile(table: 'lexicon' | 'switches'): string[] {
  const [header = '', ...buckets] = readFileSync(path.join(root, 'dist', 'model', SNAPSHOT_FILE), 'latin1').split('\n');
  const lines = new Map<number, string>();
  let offset = 0;
  for (const line of buckets) {
    lines.set(offset, line);
    offset += line.length + 1;
  }
  const index = (JSON.parse(header) as Record<typeof table, Record<string, [number, number]>>)[table];
  return Object.values(index).flatMap(([start]) => (JSON.parse(lines.get(start) ?? '[]') as Array<[string, unknown]>).map(([word]) => word));
}

describe('the snapshot of compromise’s model', () => {
  it('is built (npm run build) from the compromise installed', () => {
    expect(snapshot?.version).toBe(nlp.version);
  });

  it('holds the tables compromise builds', () => {
    const live = liveTaggerModel();
    const world = nlp.model() as unknown as CompromiseWorld;
    const model = modelFromSnapshot(snapshot as NonNullable<typeof snapshot>);
    for (const [name, table] of [['lexicon', world.one.lexicon], ['switches', world.two.switches]] as const) {
      const lookup = name === 'lexicon' ? model.lexicon : model.switches;
      // JSON drops compromise's few keys with undefined values, which read the same
      const defined = Object.keys(table).filter((word) => table[word] !== undefined);
      expect(defined.filter((word) => !isDeepStrictEqual(lookup(word), table[word]))).toEqual([]);
      expect(wordsInFile(name).sort()).toEqual(defined.sort());
    }
    expect(model.suffixPatterns).toEqual(live.suffixPatterns);
    expect(model.clues).toEqual(JSON.parse(JSON.stringify(live.clues)));
    expect(model.abbreviations).toEqual(live.abbreviations);
    for (const tag of new Set(Object.values(world.one.lexicon).flat())) expect(model.withParents(tag)).toEqual(live.withParents(tag));
  });

  it('inflects every word of the lexicon and of the fixtures as compromise does', () => {
    const live = liveTaggerModel();
    const model: TaggerModel = modelFromSnapshot(snapshot as NonNullable<typeof snapshot>);
    const words = new Set(Object.keys((nlp.model() as unknown as CompromiseWorld).one.lexicon));
    for (const [, text] of articles()) for (const word of text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []) words.add(word);
    const differ: string[] = [];
    for (const word of words) {
      if (model.toSingular(word) !== live.toSingular(word)) differ.push(`${word}: singular`);
      for (const tense of TENSES) if (model.toInfinitive(word, tense) !== live.toInfinitive(word, tense)) differ.push(`${word}: ${tense}`);
    }
    expect(words.size).toBeGreaterThan(25_000);
    expect(differ).toEqual([]);
  });

  it('gives byte-identical claims to compromise’s own model on every fixture and on corpus/', async () => {
    const claimsWith = async (live: boolean) => {
      vi.resetModules();
      if (live) vi.doMock('../../src/model/load-snapshot.js', () => ({ loadSnapshot: () => null }));
      else vi.doUnmock('../../src/model/load-snapshot.js');
      const { analyze } = await import('../../src/check.js');
      const { readContent } = await import('../../src/ingest/read-sources.js');
      const documents = articles().flatMap(([name, text]) => readContent(name, text).documents);
      return JSON.stringify(analyze(documents).claims);
    };
    const fromSnapshot = await claimsWith(false);
    const fromCompromise = await claimsWith(true);
    vi.doUnmock('../../src/model/load-snapshot.js');
    expect(fromSnapshot.length).toBeGreaterThan(100_000);
    expect(fromSnapshot).toBe(fromCompromise);
  }, 120_000);
});
