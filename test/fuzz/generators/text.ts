/**
 * Plain-text inputs: random Unicode, claim-rich fragments glued at random, and windows of the
 * seed corpus and fixture articles with random edits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { root } from '../../robustness/support.js';
import type { CorpusFile } from '../invariants.js';

/** Words and figures that make claims and trip edge cases: scales, units, bounds, qualifiers, dates, odd digits, markup, controls. */
export const FRAGMENTS = [
  'The fire killed ', 'people', ' were injured', ' passengers', ' followers', 'The council said ', 'The bridge opened ', 'The strike lasted ',
  'over ', 'about ', 'nearly ', 'some ', 'at least ', 'more than ', 'up to ', 'at most ', 'fewer than ', 'between ', ' and ', ' to ',
  '1,200', '1200', '12', '1e308', '2e308', 'NaN', '9,99,999', '1.2.3', '--5', '-5', '0', '00', '3.14', '½', '1½', '¾', '١٢٣', '１２３', '𝟏𝟐𝟑',
  '99999999999999999999999999999999', '0.0000000001', '10%', '250 percent', 'one in four', 'a third', 'twice', 'threefold', '$2.1bn', '€5m', '£3', '5 million', 'one million', 'a dozen',
  ' six weeks', ' six months', ' two years', ' 24 months', ' 42 days', ' 5 km', ' 5 miles', ' 8 kilometres', ' 3 tonnes', ' 40 mph', ' ($5.4 million)', ' (€5 million)',
  'October 7', 'October 7, 2023', 'October 2022', 'Oct. 7', '7 October', '2023-02-30', '2024-02-29', '0001-01-01', '9999-12-31', 'May 3', 'last month',
  'on Thursday', 'three years ago', 'two weeks ago', 'yesterday', 'in 12 BC', 'in the year 30000', 'in 1066', 'on 1 January 9999', 'February 30', 'the 1990s', 'Q3 2021',
  ', ', '. ', '; ', ' (', ')', '"', '“', '”', '\n', '\r\n', '\r', '\n\n', '\t', ' ', '\u00a0', '\u2028',
  '\u001b[31m', '\u001b]8;;http://x\u0007', '\u009b2J', '\u202e', '\u0000', '\ufeff', '\ud800', '\udc00', '😀', 'é', 'e\u0301',
  '<b>', '&amp;', '&#x31;', 'date 2023-10-07 ', 'X', 'Twitter', 'Hamas', 'Israel', 'Persian and English', 'respectively',
];

export const fragmentText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }), { maxLength: 60 })
  .map((parts) => parts.join(''));

export const randomUnicode = fc.string({ unit: 'binary', maxLength: 300 });

/** A slice of a real article with random edits: cut, duplicate, insert random or tricky text, swap a digit. */
export const mutatedArticle = fc
  .record({
    article: fc.constantFrom(...loadArticles()),
    from: fc.nat(),
    length: fc.integer({ min: 50, max: 1500 }),
    edits: fc.array(fc.tuple(fc.constantFrom('cut', 'dup', 'insert', 'fragment', 'digit'), fc.nat(), fc.nat({ max: 40 }), fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom(...FRAGMENTS)), { maxLength: 8 }),
  })
  .map(({ article, from, length, edits }) => {
    const start = from % Math.max(1, article.length - length);
    let text = article.slice(start, start + length);
    for (const [kind, at, size, random, fragment] of edits) {
      const i = text.length === 0 ? 0 : at % text.length;
      if (kind === 'cut') text = text.slice(0, i) + text.slice(i + size);
      else if (kind === 'dup') text = text.slice(0, i + size) + text.slice(i, i + size) + text.slice(i + size);
      else if (kind === 'insert') text = text.slice(0, i) + random + text.slice(i);
      else if (kind === 'fragment') text = text.slice(0, i) + fragment + text.slice(i);
      else text = text.replace(/\d/g, (d, offset: number) => (offset === i ? String((Number(d) + size) % 10) : d));
    }
    return text;
  });

/** Two to four text and Markdown articles, each a `date` line (maybe an impossible date, maybe none) and a body. */
export function textCorpus(body: fc.Arbitrary<string>): fc.Arbitrary<CorpusFile[]> {
  return fc.array(fc.tuple(dateLine, body), { minLength: 2, maxLength: 4 }).map((docs) => docs.map(([head, text], i) => ({ name: NAMES[i] as string, content: head + text })));
}

// --- internal ---

const NAMES = ['a.txt', 'b.md', 'c.txt', 'd d.txt'];

const dateLine = fc.option(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `date ${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}\n`),
  { nil: '' },
);

/** The seed corpus and the fixture articles: real prose to mutate. */
function loadArticles(): string[] {
  const files = [
    ...readdirSync(path.join(root, 'corpus')).map((f) => path.join(root, 'corpus', f)),
    ...readdirSync(path.join(root, 'fixtures'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(path.join(root, 'fixtures', d.name)).filter((f) => /\.(txt|md)$/.test(f)).map((f) => path.join(root, 'fixtures', d.name, f))),
  ];
  return files.sort().map((f) => readFileSync(f, 'utf8'));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
