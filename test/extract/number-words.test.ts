import { describe, expect, it } from 'vitest';
import { cardinalOf, countOf, dayWordsOf, ordinalOf, tensAndUnit } from '../../src/extract/number-words.js';

describe('the number-word reader', () => {
  it.each([
    ['seven', 7],
    ['Forty', 40],
    ['nought', 0],
    ['zero', 0],
    ['nineteen', 19],
  ])('reads the cardinal %j as %i', (word, value) => {
    expect(cardinalOf(word)).toBe(value);
  });

  it.each([
    ['third', 3],
    ['Twentieth', 20],
    ['nineth', 9],
    ['hundredth', 100],
    ['millionth', 1e6],
  ])('reads the ordinal %j as %i', (word, value) => {
    expect(ordinalOf(word)).toBe(value);
  });

  it('reads no number in other words', () => {
    expect(cardinalOf('seventh')).toBeUndefined();
    expect(ordinalOf('seven')).toBeUndefined();
    expect(cardinalOf('hundred')).toBeUndefined();
  });

  it.each([
    ['twenty five', 25],
    ['ninety-nine', 99],
    ['seven', 7],
  ])('reads the tens and unit %j as %i', (words, value) => {
    expect(tensAndUnit(words)).toBe(value);
  });

  it.each(['twenty twenty', 'five twenty', 'fifteen six', 'twenty five six', 'twenty cats'])('reads no number below a hundred in %j', (words) => {
    expect(tensAndUnit(words)).toBeUndefined();
  });

  it('reads compound ordinals with an ordinal unit', () => {
    expect(tensAndUnit('twenty-third', ordinalOf)).toBe(23);
    expect(tensAndUnit('twenty-three', ordinalOf)).toBeUndefined();
  });

  it.each([
    ['eleventh', 11],
    ['twenty-first', 21],
    ['thirty first', 31],
    ['thirty', 30],
    ['twenty one', 21],
  ])('reads the day of the month %j as %i', (words, day) => {
    expect(dayWordsOf(words)).toBe(day);
  });

  it.each([
    ['3', 3],
    ['an', 1],
    ['a couple of', 2],
    ['a few', 3],
    ['several', 3],
    ['twelve', 12],
  ])('reads the count %j as %i', (word, count) => {
    expect(countOf(word)).toBe(count);
  });

  it('reads no count in other words', () => {
    expect(countOf('many')).toBeUndefined();
  });
});
