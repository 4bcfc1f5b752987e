import { describe, expect, it } from 'vitest';
import { extractSource } from '../../src/pipeline/extracted-source.js';
import { reconcileSources } from '../../src/pipeline/reconcile-sources.js';
import { buildLexicon } from '../../src/lexicon.js';
import type { StoryConflicts } from '../../src/pipeline/types.js';
import { makeSourceDocument } from '../builders.js';

const lexicon = buildLexicon();
const settings = { lexicon, postprocess: { relativeTolerance: 0, accepted: [], baseline: [], minConfidence: 0 } };
const source = (path: string, text: string) => extractSource(makeSourceDocument(path, text), lexicon, 'fast');

const bus = [
  source('b.txt', 'Police said the bus crash near Sarn killed 41 passengers.'),
  source('a.txt', 'The bus crash near Sarn killed 14 passengers on Monday, police said.'),
];
const other = source('c.txt', 'The Lorn festival drew five million visitors in 2023, organisers said.');

describe('reconcileSources', () => {
  it('reports the clash of one story, sources sorted by path', () => {
    const report = reconcileSources(bus, settings);
    expect(report.sources.map((s) => s.path)).toEqual(['a.txt', 'b.txt']);
    expect(report.conflicts.map((c) => c.claims.map((k) => k.text))).toEqual([['14', '41']]);
    expect(report.stories).toEqual([{ id: 1, label: expect.any(String), sources: ['a.txt', 'b.txt'] }]);
    expect(report.summary).toMatchObject({ sources: 2, claims: report.claims.length, conflicts: 1 });
  });

  it('compares no claims across stories', () => {
    const report = reconcileSources([...bus, other], settings);
    expect(report.conflicts.flatMap((c) => c.claims.map((k) => k.source))).not.toContain('c.txt');
  });

  it('takes stories and conflicts from the run memo when it holds them, and fills it otherwise', () => {
    let stored: StoryConflicts | null = null;
    const first = reconcileSources(bus, settings, [], { get: () => null, set: (found) => (stored = found) });
    expect(stored).not.toBeNull();
    const again = reconcileSources(bus, settings, [], { get: () => stored, set: () => expect.fail('computed again') });
    expect(again).toEqual(first);
  });

  it('lists errors and skipped files apart', () => {
    const report = reconcileSources(bus, settings, [
      { path: 'x.png', severity: 'info', message: 'not text' },
      { path: 'y.txt', severity: 'warning', message: 'invalid UTF-8' },
    ]);
    expect(report.errors.map((d) => d.path)).toEqual(['y.txt']);
    expect(report.skipped.map((d) => d.path)).toEqual(['x.png']);
  });
});
