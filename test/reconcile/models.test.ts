import { describe, expect, it } from 'vitest';
import { treeContributions, treesProbability, type BoostedTrees } from '../../src/reconcile/boosted-trees.js';
import { contributions, logit, probability } from '../../src/reconcile/logistic.js';

describe('the logistic same-thing model', () => {
  const model = { bias: -1, weights: { shared: 2, apart: -3 } };
  it('adds each weighted feature to the bias, a missing weight counting 0', () => {
    expect(logit(model, { shared: 1, unknown: 5 })).toBe(1);
    expect(probability(model, { shared: 0.5 })).toBeCloseTo(0.5);
  });

  it('lists what each feature adds, largest first', () => {
    expect(contributions(model, { shared: 1, apart: 1 }).map((c) => [c.feature, c.weight])).toEqual([['apart', -3], ['shared', 2]]);
  });
});

describe('the boosted clash trees', () => {
  const model: BoostedTrees = {
    base: 0,
    rate: 0.5,
    trees: [
      { feature: 'distance', below: 0.2, left: { value: -2 }, right: { value: 2 } },
      { feature: 'support', below: 0.5, left: { value: 0 }, right: { feature: 'distance', below: 0.5, left: { value: 1 }, right: { value: 3 } } },
    ],
  };
  it('sums the leaves each tree leads to, scaled by the rate', () => {
    expect(treesProbability(model, { distance: 0.1 })).toBeCloseTo(1 / (1 + Math.exp(1)));
    expect(treesProbability(model, { distance: 0.9, support: 1 })).toBeCloseTo(1 / (1 + Math.exp(-2.5)));
  });

  it('credits each split\'s feature with the change it makes along the path', () => {
    const credit = Object.fromEntries(treeContributions(model, { distance: 0.9, support: 1 }).map((c) => [c.feature, c.weight]));
    expect(credit.distance).toBeGreaterThan(0);
    expect(credit.support).toBeGreaterThan(0);
  });
});
