import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.js';
import { buildLexicon } from '../../src/lexicon.js';
import type { Claim } from '../../src/types.js';
import { makeDocument } from '../helpers.js';

const extract = (text: string) => extractClaims(makeDocument("a.txt", text), buildLexicon()).claims;
const about = (claims: Claim[], text: string) => claims.find((c) => c.text === text)?.about;

describe('extractClaims', () => {
  it('gives every claim its exact surface, offsets, line and column', () => {
    const text = 'Headline\nThe flood forced 1,200 residents from their homes on May 3, 2024.';
    const claims = extract(text);
    expect(claims.map((c) => c.text)).toEqual(['1,200', 'May 3, 2024']);
    for (const claim of claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
    expect(claims[0]).toMatchObject({ line: 2, column: 18, kind: 'number' });
  });

  it('keeps offsets into the original file when a date line comes first', () => {
    const text = ' date 2024-03-15 The mill closed last month with 340 jobs lost.';
    const claims = extract(text);
    expect(claims.map((c) => text.slice(c.start, c.end))).toEqual(['last month', '340']);
    expect(claims[0]).toMatchObject({ value: { start: '2024-02-01', end: '2024-02-29', granularity: 'month' } });
  });

  it('ties each figure of a "respectively" sentence to its own item', () => {
    const claims = extract("The leader's Persian and English accounts boast over five million and 200,000 followers, respectively.");
    expect(about(claims, 'over five million')).toMatchObject({ key: 'follower' });
    expect(about(claims, 'over five million')?.terms).toContain('persian');
    expect(about(claims, 'over five million')?.terms).not.toContain('english');
    expect(about(claims, '200,000')?.terms).toContain('english');
    expect(about(claims, '200,000')?.terms).not.toContain('persian');
  });

  it('ties each figure of an "each have N and M" sentence to its own item', () => {
    const claims = extract('His accounts in Persian and English on X each have one million and 727 thousand followers.');
    expect(claims.map((c) => c.value)).toEqual([{ min: 1e6, max: 1e6 }, { min: 727000, max: 727000 }]);
    expect(about(claims, 'one million')?.terms).toEqual(expect.arrayContaining(['persian', 'x']));
    expect(about(claims, '727 thousand')?.terms).toEqual(expect.arrayContaining(['english', 'x']));
    expect(about(claims, '727 thousand')?.terms).not.toContain('persian');
  });

  it('finds what a figure counts from the words around it', () => {
    const claims = extract('Police said 200 people were injured. A following of over 300 on the page. 14 dead.');
    expect(about(claims, '200')?.key).toBe('injured');
    expect(about(claims, 'over 300')?.key).toMatch(/^follow/);
    expect(about(claims, '14')?.key).toBe('dead');
  });

  it('finds the event a date dates', () => {
    const claims = extract('Officials denied any role in the Oct. 7 attack. The war broke out on October 7, 2023.');
    expect(about(claims, 'Oct. 7')?.key).toBe('attack');
    expect(claims[0]).toMatchObject({ value: { start: '2023-10-07' } });
  });
});

describe('what a date dates', () => {
  it.each([
    ['The ferry service began in April 2021.', 'April 2021'],
    ['The ferry service started in May 2021.', 'May 2021'],
    ['The ferry service commenced in May 2021.', 'May 2021'],
  ])('dates what began, not the verb: %s', (text, date) => {
    expect(about(extract(text), date)).toMatchObject({ key: 'service' });
  });
});

describe('what a figure counts', () => {
  it('does not give a figure in a "that" clause the noun the clause hangs on', () => {
    expect(about(extract('The council froze the budget that paid for £2 million of road repairs.'), '£2 million')?.key).not.toBe('budget');
  });

  it('still dates the noun a "that" clause hangs on', () => {
    expect(about(extract('The fire that destroyed the warehouse on June 12 burned for hours.'), 'June 12')?.anchors).toContain('fire');
  });
});
