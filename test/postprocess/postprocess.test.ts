import { describe, expect, it } from 'vitest';
import { applyBaseline } from '../../src/postprocess/apply-baseline.js';
import { parseBaseline, serializeBaseline, toBaselineEntry } from '../../src/postprocess/baseline.js';
import { severityOf, withSeverity } from '../../src/postprocess/severity.js';
import { withinTolerance } from '../../src/postprocess/tolerance.js';
import { analyzeTexts } from '../helpers.js';

const conflictOf = (a: string, b: string) => {
  const [conflict] = analyzeTexts({ 'a.txt': a, 'b.txt': b }).conflicts;
  if (!conflict) throw new Error('expected a conflict');
  return conflict;
};

describe('severity', () => {
  it.each([
    ['The Lorn bridge opened on May 3, 2024.', 'The Lorn bridge opened on May 3, 2021.', 'error'],
    ['The Lorn bridge opened on May 3, 2024.', 'The Lorn bridge opened on May 5, 2024.', 'warning'],
    ['The fire killed 12 people in Oldmere.', 'The fire killed 30 people in Oldmere.', 'error'],
    ['The fire killed 100 people in Oldmere.', 'The fire killed 110 people in Oldmere.', 'warning'],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(severityOf(conflictOf(a, b))).toBe(expected);
  });
});

describe('tolerance', () => {
  it('drops figure conflicts within the relative tolerance and keeps the rest', () => {
    const close = withSeverity([conflictOf('The fire killed 100 people in Oldmere.', 'The fire killed 104 people in Oldmere.')]);
    expect(withinTolerance(0.05)(close)).toEqual([]);
    expect(withinTolerance(0.01)(close)).toHaveLength(1);
    expect(withinTolerance(0)(close)).toBe(close);
  });
});

describe('baseline file', () => {
  it('writes sorted keys, one entry per line, and reads back what it wrote', () => {
    const entries = [
      { id: 'bbbbbbbbbbbb', kind: 'number' as const, subject: 'death', sources: ['b.txt', 'a.txt'] },
      { id: 'aaaaaaaaaaaa', kind: 'date' as const, subject: 'open', sources: ['a.txt'] },
    ];
    const text = serializeBaseline(entries);
    expect(text).toBe(
      '{\n  "entries": [\n' +
        '    {"id":"aaaaaaaaaaaa","kind":"date","sources":["a.txt"],"subject":"open"},\n' +
        '    {"id":"bbbbbbbbbbbb","kind":"number","sources":["a.txt","b.txt"],"subject":"death"}\n' +
        '  ],\n  "version": 1\n}\n',
    );
    expect(parseBaseline(text, 'x.json').map((e) => e.id)).toEqual(['aaaaaaaaaaaa', 'bbbbbbbbbbbb']);
    expect(serializeBaseline([])).toBe('{\n  "entries": [],\n  "version": 1\n}\n');
  });

  it('moves conflicts in and out of suppressed when the baseline changes', () => {
    const report = analyzeTexts({ 'a.txt': 'The Lorn bridge opened on May 3, 2024.', 'b.txt': 'The Lorn bridge opened on May 5, 2024.' });
    const entry = toBaselineEntry(report.conflicts[0]!);
    const known = applyBaseline(report, [entry, { ...entry, id: 'ffffffffffff' }]);
    expect(known.summary).toMatchObject({ conflicts: 0, suppressed: 1 });
    expect(known.staleBaseline.map((e) => e.id)).toEqual(['ffffffffffff']);
    expect(applyBaseline(known, []).summary).toMatchObject({ conflicts: 1, suppressed: 0 });
  });
});
