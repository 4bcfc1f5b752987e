import { describe, expect, it } from 'vitest';
import type { ClaimFrame } from '../../src/reconcile/frame.js';
import type { ScoredPair } from '../../src/reconcile/score-pairs.js';
import { buildSlots } from '../../src/reconcile/slots.js';
import { makeClaim } from '../builders.js';

const frame = (claim: ReturnType<typeof makeClaim>) => ({ claim }) as unknown as ClaimFrame;
const pair = (a: ReturnType<typeof makeClaim>, b: ReturnType<typeof makeClaim>, probability: number): ScoredPair =>
  ({ a: frame(a), b: frame(b), agree: false, evidence: {}, same: 0.9, clash: { probability, features: {} } }) as ScoredPair;

describe('buildSlots', () => {
  const a = makeClaim({ source: 'a.txt', value: { min: 12, max: 12 } });
  const b = makeClaim({ source: 'b.txt', value: { min: 30, max: 30 } });
  const c = makeClaim({ source: 'c.txt', value: { min: 12, max: 12 } });

  it('reports a clashing pair at or above the threshold, and nothing below it', () => {
    expect(buildSlots([pair(a, b, 0.9)], 0.8)).toHaveLength(1);
    expect(buildSlots([pair(a, b, 0.7)], 0.8)).toEqual([]);
  });

  it('lets a witness join only when it speaks to the other side directly', () => {
    const slots = buildSlots([pair(a, b, 0.95), pair(c, b, 0.85)], 0.8);
    expect(slots).toHaveLength(1);
    expect(slots[0]?.claims.map((x) => x.source).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('reports a pair apart, rather than chaining it through a third claim it is not linked to', () => {
    const d = makeClaim({ source: 'd.txt', value: { min: 45, max: 45 } });
    // d clashes with a strongly, but its link to b is weak: two conflicts, not one of three
    const slots = buildSlots([pair(a, b, 0.95), pair(a, d, 0.9), pair(b, d, 0.1)], 0.8);
    expect(slots.map((s) => s.claims.map((x) => x.source).sort())).toEqual([['a.txt', 'b.txt'], ['a.txt', 'd.txt']]);
  });

  it('never puts two different values of one source in one conflict', () => {
    const b2 = makeClaim({ source: 'b.txt', start: 40, value: { min: 45, max: 45 } });
    const slots = buildSlots([pair(a, b, 0.95), pair(a, b2, 0.9)], 0.8);
    expect(slots.flatMap((s) => s.claims).filter((x) => x.source === 'b.txt')).toHaveLength(1);
  });
});
