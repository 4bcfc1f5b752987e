import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../src/ingest/parse-header.js';
import { buildLineIndex } from '../../src/ingest/line-index.js';

describe('parseHeader', () => {
  it('reads a date line with leading spaces and keeps the rest of the line as text', () => {
    const text = ' date 2024-02-09 In a significant development';
    const header = parseHeader(text);
    expect(header.published).toBe('2024-02-09');
    expect(text.slice(header.bodyStart)).toBe('In a significant development');
  });

  it('reads a year before 100 as itself, not as 19xx', () => {
    expect(parseHeader('date 0050-03-01\nText')).toMatchObject({ published: '0050-03-01', invalidDate: null });
    expect(parseHeader('date 0000-02-29\nText')).toMatchObject({ published: '0000-02-29', invalidDate: null });
    expect(parseHeader('date 0099-02-29\nText')).toMatchObject({ published: null, invalidDate: '0099-02-29' });
  });

  it('reads a date line on its own line', () => {
    const header = parseHeader('date 2021-02-03\nText');
    expect(header.published).toBe('2021-02-03');
    expect(header.bodyStart).toBe(15);
  });

  it('treats text without a date line as all body', () => {
    expect(parseHeader('The date 2024-02-09 was late.')).toEqual({ published: null, bodyStart: 0, invalidDate: null });
  });

  it('rejects an impossible date but still skips the line prefix', () => {
    const header = parseHeader('date 2023-02-30 Body');
    expect(header.published).toBeNull();
    expect(header.invalidDate).toBe('2023-02-30');
  });
});

describe('buildLineIndex', () => {
  it.each([
    ['a\nb\nc', 4, { line: 3, column: 1 }],
    ['a\r\nbc', 4, { line: 2, column: 2 }],
    ['a\rbc', 3, { line: 2, column: 2 }],
    ['abc', 2, { line: 1, column: 3 }],
  ])('maps offsets in %j to 1-based line and column', (text, offset, expected) => {
    expect(buildLineIndex(text)(offset)).toEqual(expected);
  });
});
