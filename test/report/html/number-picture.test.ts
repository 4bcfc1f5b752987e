import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { numberPicture } from '../../../src/report/html/number-picture.js';
import { makeConflict, makeNumberClaim } from './builders.js';

/** Each mark of a picture: its claim number, shape, side and where it starts (pixels). */
function marks(svg: string) {
  const { document } = parseHTML(`<div>${svg}</div>`);
  return [...document.querySelectorAll('g.mark')].map((g) => {
    const shape = g.querySelector('.shape') as Element;
    const start = shape.getAttribute('cx') ?? shape.getAttribute('x') ?? /^M([\d.]+)/.exec(shape.getAttribute('d') ?? '')?.[1];
    return { claim: Number(g.getAttribute('data-claim')), cls: g.getAttribute('class'), x: Number(start) };
  });
}

const followers = makeConflict([
  makeNumberClaim({ source: 'a.txt', text: '727 thousand', value: { min: 727_000, max: 727_000 } }),
  makeNumberClaim({ source: 'b.txt', text: 'over one million', value: { min: 1_000_000, max: null } }),
], { agreeing: [], outliers: [] });

describe('numberPicture', () => {
  it('draws one mark per claim, "727 thousand" left of "over one million", an open arrow for "over"', () => {
    const picture = numberPicture(followers);
    const [low, high] = marks(picture?.svg ?? '');
    expect(marks(picture?.svg ?? '')).toHaveLength(2);
    expect(low?.cls).toContain('shape-point');
    expect(high?.cls).toContain('shape-above');
    expect(low?.x).toBeLessThan(high?.x ?? 0);
  });

  it('states the scale and the gap it shades', () => {
    const picture = numberPicture(followers);
    expect(picture?.caption).toBe('Linear scale from 700k, not zero. Shaded: no source’s figure lies between 727k and 1M.');
    expect(picture?.svg).toContain('class="gap"');
  });

  it('switches to a log scale when the figures are more than ten times apart, and says so', () => {
    const picture = numberPicture(makeConflict([
      makeNumberClaim({ source: 'a.txt', text: '12', value: { min: 12, max: 12 } }),
      makeNumberClaim({ source: 'b.txt', text: '4,000', value: { min: 4000, max: 4000 } }),
    ]));
    expect(picture?.caption).toMatch(/^Log scale: the figures are more than 10 times apart\./);
  });

  it('draws "about" as a band, a range as a bracket, "fewer than" as an arrow, and colours sides apart', () => {
    const picture = numberPicture(makeConflict([
      makeNumberClaim({ source: 'a.txt', text: 'about 1,200', value: { min: 1080, max: 1320 }, approximate: true }),
      makeNumberClaim({ source: 'b.txt', text: '3,000 to 3,500', value: { min: 3000, max: 3500 } }),
      makeNumberClaim({ source: 'c.txt', text: 'fewer than 4,000', value: { min: null, max: 4000 } }),
    ]));
    const [band, range, below] = marks(picture?.svg ?? '');
    expect(band?.cls).toBe('mark role-outlier shape-band');
    expect(range?.cls).toBe('mark role-agrees shape-range');
    expect(below?.cls).toBe('mark role-agrees shape-below');
  });

  it('compares figures in different units of one dimension in the base unit', () => {
    const picture = numberPicture(makeConflict([
      makeNumberClaim({ source: 'a.txt', text: '5 km', value: { min: 5, max: 5 }, unit: 'km' }),
      makeNumberClaim({ source: 'b.txt', text: '3,000 m', value: { min: 3000, max: 3000 }, unit: 'm' }),
    ]));
    const [km, m] = marks(picture?.svg ?? '');
    expect(m?.x).toBeLessThan(km?.x ?? 0);
    expect(picture?.caption).toContain(', in m.');
  });
});
