import { describe, expect, it } from 'vitest';
import { lex } from '../../../src/extract/numbers/_tokens.js';
import { readQuantity } from '../../../src/extract/numbers/read-quantity.js';

/** The quantity read from the start of a text, and the words it took. */
function quantity(text: string, afterCurrency = false) {
  const tokens = lex(text);
  const read = readQuantity(tokens, 0, text, afterCurrency);
  if (!read) return null;
  const last = tokens[read.next - 1];
  return { value: read.value, words: text.slice(0, last?.end ?? 0), plain: read.plain, loneArticle: read.loneArticle };
}

describe('readQuantity: words and scale groups', () => {
  it.each([
    ['three hundred and two', 302],
    ['two million three hundred and five', 2_000_305],
    ['4 thousand 3 hundred and 21', 4321],
    ['twenty-one', 21],
    ['two hundred fifty-four', 254],
    ['a million', 1e6],
    ['hundred thousand', 100_000],
    ['1 234 567', 1_234_567],
    ['five lakh', 500_000],
  ])('adds %j up to %d', (text, value) => {
    expect(quantity(text)?.value).toBe(value);
  });

  it.each([
    ['five six', 'five', 5],
    ['one million and 727 thousand', 'one million', 1e6],
    ['three hundred and two hundred', 'three hundred', 300],
    ['2019 2020', '2019', 2019],
  ])('stops %j where a new figure starts (%j)', (text, words, value) => {
    expect(quantity(text)).toMatchObject({ words, value });
  });

  it('reads scale letters after digits, and "m" only after a currency', () => {
    expect(quantity('10k')?.value).toBe(10_000);
    expect(quantity('2.5 bn')?.value).toBe(2.5e9);
    expect(quantity('40m', true)?.value).toBe(40e6);
    expect(quantity('40m')?.value).toBe(40);
  });

  it('reads spoken decimals and powers', () => {
    expect(quantity('two hundred point zero three')?.value).toBeCloseTo(200.03);
    expect(quantity('1.3x10^6')?.value).toBeCloseTo(1.3e6);
  });

  it('says whether the figure is digits alone', () => {
    expect(quantity('2019')?.plain).toBe(true);
    expect(quantity('2,019')?.plain).toBe(false);
    expect(quantity('ten')?.plain).toBe(false);
  });
});

describe('readQuantity: fractions', () => {
  it.each([
    ['five and a half', 5.5],
    ['two thirds', 2 / 3],
    ['a quarter of a million', 250_000],
    ['one million and a half', 1_500_000],
    ['one hundred and three quarters', 100.75],
    ['2 1/4', 2.25],
    ['3/4', 0.75],
    ['⅔', 2 / 3],
    ['a dozen', 12],
    ['three hundred and two dozens', 324],
  ])('reads %j as %d', (text, value) => {
    expect(quantity(text)?.value).toBeCloseTo(value, 9);
  });

  it('leaves an ordinal in the singular alone: "twenty fifth" is no fraction', () => {
    expect(quantity('twenty fifth')).toMatchObject({ words: 'twenty', value: 20 });
  });

  it('marks a lone "one", "a" or a bare part as an article, not a figure', () => {
    expect(quantity('one')?.loneArticle).toBe(true);
    expect(quantity('a dozen')?.loneArticle).toBe(false);
    expect(quantity('half')?.loneArticle).toBe(true);
  });

  it('reads nothing where no number starts', () => {
    expect(quantity('the bridge')).toBeNull();
    expect(quantity('and five')).toBeNull();
  });

  it('leaves a trailing "and" or "a" out of the figure', () => {
    expect(quantity('three hundred and')?.words).toBe('three hundred');
  });
});
