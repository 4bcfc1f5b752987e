import { describe, expect, it } from 'vitest';
import { SpanSet } from '../../src/extract/spans.js';

describe('SpanSet', () => {
  it('tells whether a span overlaps any it holds, touching ends not counting', () => {
    const set = new SpanSet([{ start: 20, end: 30 }, { start: 0, end: 5 }, { start: 3, end: 8 }]);
    expect(set.overlaps(8, 20)).toBe(false);
    expect(set.overlaps(7, 9)).toBe(true);
    expect(set.overlaps(29, 40)).toBe(true);
    expect(set.overlaps(30, 40)).toBe(false);
    set.add({ start: 10, end: 12 });
    expect(set.overlaps(11, 11.5)).toBe(true);
    expect(set.overlaps(12, 20)).toBe(false);
  });
});
