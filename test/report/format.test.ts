import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/format.js';
import { analyzeTexts } from '../helpers.js';

const report = analyzeTexts({
  'a.txt': 'The Lorn bridge opened on May 3, 2024, the council said.',
  'b.txt': 'The Lorn bridge opened on May 3, 2024 after delays.',
  'c.txt': 'The Lorn bridge opened on May 5, 2024 after delays.',
});

describe('stylish', () => {
  const text = formatReport(report, 'stylish', { color: false, claims: false });

  it('shows each claim with its location, role and the value underlined', () => {
    expect(text).toContain('1. date conflict');
    expect(text).toContain('   c.txt:1:27 outlier\n     The Lorn bridge opened on May 5, 2024 after delays.\n                               ^^^^^^^^^^^');
    expect(text).toContain('   a.txt:1:27 agrees');
  });

  it('gives the reason and a summary line', () => {
    expect(text).toMatch(/why: "May 5, 2024" \(c\.txt\) disagrees with "May 3, 2024" \(a\.txt\), "May 3, 2024" \(b\.txt\): the days differ \(5 vs 3\)/);
    expect(text.trimEnd().split('\n').pop()).toBe('✖ 1 conflict (3 sources, 3 claims)');
  });

  it('colours only when asked', () => {
    expect(text).not.toContain('\u001b[');
    expect(formatReport(report, 'stylish', { color: true, claims: false })).toContain('\u001b[');
  });

  it('neutralises control characters from article text', () => {
    const hostile = analyzeTexts({
      'a.txt': 'The Lorn bridge opened on May 3, 2024, the \u001b[31mcouncil said.',
      'b.txt': 'The Lorn bridge opened on May 5, 2024.',
    });
    const out = formatReport(hostile, 'stylish', { color: false, claims: false });
    expect(out).not.toContain('\u001b');
    expect(out).toContain('\\x1b[31m');
  });

  it('says so when there is no conflict', () => {
    const calm = analyzeTexts({ 'a.txt': 'It opened on May 3, 2024.' });
    expect(formatReport(calm, 'stylish', { color: false, claims: false })).toBe('✔ no conflicts (1 source, 1 claim)\n');
  });
});

describe('json', () => {
  it('prints the documented shape, claims only when asked', () => {
    const doc = JSON.parse(formatReport(report, 'json', { color: false, claims: false }));
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'tool', 'sources', 'stories', 'conflicts', 'suppressed', 'staleBaseline', 'errors', 'summary']);
    expect(doc.conflicts[0].claims[2]).toMatchObject({
      source: 'c.txt',
      kind: 'date',
      text: 'May 5, 2024',
      start: 26,
      end: 37,
      line: 1,
      column: 27,
      value: { start: '2024-05-05', end: '2024-05-05', granularity: 'day' },
    });
    const withClaims = JSON.parse(formatReport(report, 'json', { color: false, claims: true }));
    expect(withClaims.claims).toHaveLength(3);
  });
});
