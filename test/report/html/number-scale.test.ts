import { describe, expect, it } from 'vitest';
import { formatFigure, numberPosition, numberScale, numberTicks } from '../../../src/report/html/number-scale.js';

const closed = { below: false, above: false };

describe('numberScale', () => {
  it('is linear while the figures are within ten times of each other', () => {
    expect(numberScale([727_000, 1_000_000], closed).type).toBe('linear');
    expect(numberScale([100, 1000], closed).type).toBe('linear');
  });

  it('is logarithmic when the figures span more than an order of magnitude', () => {
    expect(numberScale([5, 500], closed).type).toBe('log');
    expect(numberScale([12, 40_000], closed).type).toBe('log');
  });

  it('stays linear when a figure is zero or negative, where a log scale has no place', () => {
    expect(numberScale([0, 5000], closed).type).toBe('linear');
    expect(numberScale([-3, 400], closed).type).toBe('linear');
  });

  it('starts at zero when the figures are far apart, and zooms in on close ones', () => {
    expect(numberScale([1.2e9, 2.1e9], closed).low).toBe(0);
    expect(numberScale([6, 7], closed).low).toBeGreaterThan(5);
  });

  it('leaves more room on the side where a bound is open', () => {
    const shut = numberScale([100, 200], closed);
    const open = numberScale([100, 200], { below: false, above: true });
    expect(open.high).toBeGreaterThan(shut.high);
  });
});

describe('numberPosition', () => {
  it('puts the figures inside the padded domain, in order', () => {
    const scale = numberScale([727_000, 1_000_000], closed);
    const low = numberPosition(scale, 727_000);
    const high = numberPosition(scale, 1_000_000);
    expect(low).toBeGreaterThan(0);
    expect(high).toBeLessThan(1);
    expect(low).toBeLessThan(high);
  });

  it('spaces powers of ten evenly on a log scale', () => {
    const scale = numberScale([1, 100], closed);
    const [a, b, c] = [1, 10, 100].map((v) => numberPosition(scale, v)) as [number, number, number];
    expect(b - a).toBeCloseTo(c - b, 9);
  });
});

describe('numberTicks', () => {
  it('marks powers of ten on a long log scale', () => {
    expect(numberTicks({ type: 'log', low: 3, high: 200_000 })).toEqual([10, 100, 1000, 10_000, 100_000]);
  });

  it('adds 2× and 5× on a short log scale', () => {
    expect(numberTicks({ type: 'log', low: 8, high: 300 })).toEqual([10, 20, 50, 100, 200]);
  });

  it('steps by 1, 2 or 5 times a power of ten on a linear scale', () => {
    expect(numberTicks({ type: 'linear', low: 0, high: 1000 })).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(numberTicks({ type: 'linear', low: 5.8, high: 7.2 })).toEqual([6, 6.5, 7]);
  });
});

describe('formatFigure', () => {
  it.each([
    [727_000, '727k'],
    [1_000_000, '1M'],
    [1_500_000, '1.5M'],
    [2_100_000_000, '2.1bn'],
    [1200, '1,200'],
    [48, '48'],
    [6.5, '6.5'],
    [0.25, '0.25'],
    [-40_000, '-40k'],
  ])('writes %d as %s', (value, shown) => {
    expect(formatFigure(value)).toBe(shown);
  });
});
