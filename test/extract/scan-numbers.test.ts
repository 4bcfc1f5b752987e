import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../src/lexicon.js';
import { scanNumbers } from '../../src/extract/scan-numbers.js';
import { parseNumberWords } from '../../src/extract/parse-number-words.js';

const lexicon = buildLexicon();
const scan = (text: string) =>
  scanNumbers(text, 0, lexicon, [])
    .filter((m) => m.claim)
    .map((m) => ({ text: text.slice(m.start, m.end), value: m.value, unit: m.unit }));

describe('scanNumbers', () => {
  it.each([
    ['It has 1,200 staff.', '1,200', { min: 1200, max: 1200 }],
    ['some five million followers', 'some five million', { min: 4500000, max: 5500000 }],
    ['forty million users', 'forty million', { min: 4e7, max: 4e7 }],
    ['727 thousand followers', '727 thousand', { min: 727000, max: 727000 }],
    ['a budget of 1.2 billion', '1.2 billion', { min: 1.2e9, max: 1.2e9 }],
    ['over 5 million followers', 'over 5 million', { min: 5e6, max: null }],
    ['more than 300 passengers', 'more than 300', { min: 300, max: null }],
    ['nearly 40 homes', 'nearly 40', { min: 36, max: 40 }],
    ['under 300 seats', 'under 300', { min: null, max: 300 }],
    ['between 30 and 40 people', 'between 30 and 40', { min: 30, max: 40 }],
    ['it cost $2.1bn', '$2.1bn', { min: 2.1e9, max: 2.1e9 }],
  ])('reads %j as %j', (text, surface, value) => {
    expect(scan(text)).toEqual([expect.objectContaining({ text: surface, value })]);
  });

  it.each([
    ['55 percent of businesses', '55 percent', 'percent'],
    ['Telegram (41%)', '41%', 'percent'],
    ['surged by 30-fold', '30-fold', 'fold'],
    ['the 22-year-old student', '22-year-old', 'year'],
  ])('reads the unit of %j', (text, surface, unit) => {
    expect(scan(text)).toEqual([expect.objectContaining({ text: surface, unit })]);
  });

  it('keeps coordinated figures apart', () => {
    expect(scan('one million and 727 thousand followers').map((m) => m.text)).toEqual(['one million', '727 thousand']);
    expect(scan('five million and 200,000 followers').map((m) => m.text)).toEqual(['five million', '200,000']);
  });

  it.each([
    ['the second most popular app'],
    ['back in 2021 it was'],
    ['on its 22nd day'],
    ['a researcher at Article 19, a group'],
    ['one of the accounts'],
    ['at 10:30 local time'],
  ])('finds no count claim in %j', (text) => {
    expect(scan(text)).toEqual([]);
  });

  it('keeps years, labels and list numbers as mentions that are not claims', () => {
    const mentions = scanNumbers('1. A researcher at Article 19, a group, said 2019 was hard.', 0, lexicon, []);
    expect(mentions.map((m) => m.claim)).toEqual([false, false, false]);
  });
});

describe('parseNumberWords', () => {
  it.each([
    [['two', 'hundred', 'and', 'fifty'], [250]],
    [['five', 'million', 'and', 'two', 'hundred', 'thousand'], [5000000, 200000]],
    [['two', 'thousand', 'and', 'five'], [2005]],
    [['twenty', 'five'], [25]],
    [['two', 'dozen'], [24]],
    [['a', 'million'], [1e6]],
  ])('reads %j as %j', (words, values) => {
    expect(parseNumberWords(words).map((f) => f.value)).toEqual(values);
  });
});
