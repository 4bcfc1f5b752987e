import { describe, expect, it } from 'vitest';
import { spelledYear, SPELLED_YEAR } from '../../../src/extract/dates/spelled-year.js';

describe('spelledYear', () => {
  it.each([
    ['nineteen ninety six', 1996],
    ['nineteen hundred ninety-three', 1993],
    ['seventeen hundred thirty three', 1733],
    ['two thousand', 2000],
    ['two thousand and fifteen', 2015],
    ['twenty twenty', 2020],
    ['nineteen oh five', 1905],
  ])('reads %j as %i', (words, year) => {
    expect(spelledYear(words)).toBe(year);
  });

  it('reads no year in other number words', () => {
    expect(spelledYear('twenty five')).toBeNull();
    expect(spelledYear('nine hundred')).toBeNull();
  });
});

describe('SPELLED_YEAR', () => {
  it.each(['nineteen ninety six', 'two thousand and fifteen', 'nineteen oh five', 'seventeen hundred thirty three'])('matches %j whole', (words) => {
    expect(new RegExp(`^${SPELLED_YEAR}$`, 'i').test(words)).toBe(true);
  });

  it('matches no plain count', () => {
    expect(new RegExp(`^${SPELLED_YEAR}$`, 'i').test('twenty five')).toBe(false);
  });
});
