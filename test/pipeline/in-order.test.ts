import { describe, expect, it } from 'vitest';
import { inOrder } from '../../src/pipeline/in-order.js';

const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('inOrder', () => {
  it('hands results on in item order, however long each takes', async () => {
    const taken: Array<[string, number]> = [];
    await inOrder(['slow', 'fast', 'mid'], 3, (item) => later(item, { slow: 30, fast: 1, mid: 10 }[item] ?? 0), (result, i) => taken.push([result, i]));
    expect(taken).toEqual([['slow', 0], ['fast', 1], ['mid', 2]]);
  });

  it('runs at most `width` items at a time', async () => {
    let running = 0;
    let most = 0;
    await inOrder([1, 2, 3, 4, 5, 6], 2, async (n) => {
      most = Math.max(most, ++running);
      await later(n, 5);
      running--;
      return n;
    }, () => {});
    expect(most).toBe(2);
  });

  it('throws the first failure in item order, after the results before it', async () => {
    const taken: number[] = [];
    const work = (n: number) => (n === 2 ? Promise.reject(new Error('two')) : later(n, n === 3 ? 0 : 5));
    await expect(inOrder([1, 2, 3], 3, work, (n) => taken.push(n))).rejects.toThrow('two');
    expect(taken).toEqual([1]);
  });
});
