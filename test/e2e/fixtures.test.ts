import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// the same scorer `npm run eval` uses, over the built library
import { scoreCorpus } from '../../scripts/score.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = path.join(root, 'fixtures');
const corpora = readdirSync(fixtures, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('fixtures scored against their gold answers', () => {
  it('has at least 8 fixture corpora', () => {
    expect(corpora.length).toBeGreaterThanOrEqual(8);
  });

  it.each(corpora)('%s: finds every gold conflict and flags no trap', async (name) => {
    const gold = JSON.parse(readFileSync(path.join(fixtures, name, 'gold.json'), 'utf8'));
    const score = await scoreCorpus(path.join(fixtures, name), gold);
    expect(score.missed).toEqual([]);
    expect(score.alarms).toEqual([]);
    expect(score.trapsFlagged).toBe(0);
  });

  it('corpus/: finds the two seeded conflicts and nothing else', async () => {
    const gold = JSON.parse(readFileSync(path.join(fixtures, 'corpus.gold.json'), 'utf8'));
    const score = await scoreCorpus(path.join(root, 'corpus'), gold);
    expect(score).toMatchObject({ gold: 2, found: 2, reported: 2, falseAlarms: 0, trapsFlagged: 0 });
  });
});
