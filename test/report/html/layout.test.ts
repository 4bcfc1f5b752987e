import { describe, expect, it } from 'vitest';
import { gapsBetween, labelStart, sideGaps, spreadIntoLanes } from '../../../src/report/html/layout.js';

describe('spreadIntoLanes', () => {
  it('keeps marks that do not touch in the first lane', () => {
    expect(spreadIntoLanes([{ from: 0, to: 50 }, { from: 100, to: 150 }, { from: 200, to: 260 }], 10)).toEqual([0, 0, 0]);
  });

  it('spreads overlapping marks apart, each into the lowest free lane', () => {
    const lanes = spreadIntoLanes([{ from: 0, to: 100 }, { from: 50, to: 150 }, { from: 60, to: 90 }, { from: 120, to: 200 }], 10);
    expect(lanes).toEqual([0, 1, 2, 0]);
  });

  it('counts the gap as part of the mark, and places ties in input order', () => {
    expect(spreadIntoLanes([{ from: 0, to: 100 }, { from: 105, to: 120 }], 10)).toEqual([0, 1]);
    expect(spreadIntoLanes([{ from: 5, to: 9 }, { from: 5, to: 9 }, { from: 5, to: 9 }], 2)).toEqual([0, 1, 2]);
  });
});

describe('gapsBetween', () => {
  it('finds the stretches no value covers', () => {
    expect(gapsBetween([{ from: 727_000, to: 727_000 }, { from: 1_000_000, to: Infinity }])).toEqual([{ from: 727_000, to: 1_000_000 }]);
    expect(gapsBetween([{ from: 5, to: 9 }, { from: 1, to: 6 }, { from: 20, to: 30 }, { from: -Infinity, to: 2 }])).toEqual([{ from: 9, to: 20 }]);
  });

  it('finds none when the values overlap', () => {
    expect(gapsBetween([{ from: 1, to: 5 }, { from: 4, to: 8 }])).toEqual([]);
  });
});

describe('sideGaps', () => {
  it('shades the gaps between the sides, not the rounding among sources that agree', () => {
    const values = [{ from: 1200, to: 1200 }, { from: 1250, to: 1250 }, { from: 4000, to: 4000 }, { from: 100, to: 100 }];
    expect(sideGaps(values, [true, true, false, false])).toEqual([{ from: 100, to: 1200 }, { from: 1250, to: 4000 }]);
    expect(sideGaps(values, [false, false, false, false])).toHaveLength(3);
  });
});

describe('labelStart', () => {
  it('starts a label over its mark, moved in when it would run off the picture', () => {
    expect(labelStart(100, 60, 0, 700)).toBe(100);
    expect(labelStart(680, 60, 0, 700)).toBe(640);
    expect(labelStart(-5, 60, 0, 700)).toBe(0);
  });
});
