/**
 * Property-based fuzzing of the extractor and the reconciler (fast-check). Each property runs
 * FUZZ_RUNS cases (default below; `FUZZ_RUNS=20000 npx vitest run test/fuzz` for a long run) from
 * FUZZ_SEED (fixed by default so `npm test` is reproducible; set another to explore).
 * Invariants: nothing throws; every claim's text is the source slice at its offsets and its
 * line/column match them; every conflict holds claims of its kind from at least two sources,
 * two of which have values that do not overlap; the JSON report validates against the schema;
 * the terminal report carries no raw control character; the report does not depend on the order
 * the documents come in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/check.js';
import { buildLineIndex } from '../../src/ingest/line-index.js';
import { formatJson } from '../../src/report/json.js';
import { formatStylish } from '../../src/report/stylish.js';
import type { Claim, DateValue, NumberValue, Report, SourceDocument } from '../../src/types.js';
import { makeDocument } from '../helpers.js';
import { RAW_CONTROL, root, schemaErrors } from '../robustness/support.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261121);
const settings = { numRuns: RUNS, seed: SEED, endOnFailure: true };
// the whole file stays within vitest's budget at the default; long runs get room
const TIMEOUT = Math.max(120_000, RUNS * 200);

/** Words and figures that make claims and trip edge cases: scales, qualifiers, dates, odd digits, markup, controls. */
const FRAGMENTS = [
  'The fire killed ', 'people', ' were injured', ' passengers', ' followers', 'The council said ', 'The bridge opened ',
  'over ', 'about ', 'nearly ', 'some ', 'at least ', 'more than ', 'up to ',
  '1,200', '1200', '12', '1e308', '2e308', 'NaN', '9,99,999', '1.2.3', '--5', '-5', '0', '00', '3.14', '½', '1½', '¾', '١٢٣', '１２３', '𝟏𝟐𝟑',
  '99999999999999999999999999999999', '0.0000000001', '10%', '250 percent', 'twice', 'threefold', '$2.1bn', '€5m', '£3', '5 million', 'one million', 'a dozen',
  'October 7', 'October 7, 2023', 'October 2022', 'Oct. 7', '7 October', '2023-02-30', '2024-02-29', '0001-01-01', '9999-12-31', 'May 3', 'last month',
  'on Thursday', 'three years ago', 'yesterday', 'in 12 BC', 'in the year 30000', 'in 1066', 'on 1 January 9999', 'February 30', 'the 1990s', 'Q3 2021',
  ' and ', ', ', '. ', '; ', ' (', ')', '"', '“', '”', '\n', '\r\n', '\r', '\n\n', '\t', ' ', '\u00a0', '\u2028',
  '\u001b[31m', '\u001b]8;;http://x\u0007', '\u009b2J', '\u202e', '\u0000', '\ufeff', '\ud800', '\udc00', '😀', 'é', 'e\u0301',
  '<b>', '&amp;', '&#x31;', 'date 2023-10-07 ', 'X', 'Twitter', 'Hamas', 'Israel', 'Persian and English', 'respectively',
];

const fragmentText = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }), { maxLength: 60 }).map((parts) => parts.join(''));
const randomUnicode = fc.string({ unit: 'binary', maxLength: 300 });
const header = fc.option(fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `date ${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}\n`), { nil: '' });

/** Windows of the seed corpus and the fixture articles: real prose to mutate. */
const ARTICLES = loadArticles();

/** A slice of a real article with random edits: cut, duplicate, insert random or tricky text, swap a digit. */
const mutatedArticle = fc
  .record({
    article: fc.constantFrom(...ARTICLES),
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

const NAMES = ['a.txt', 'b.md', 'c.txt', 'd d.txt'];

/** Two to four documents, each a header (maybe impossible) and a body. */
function corpus(body: fc.Arbitrary<string>): fc.Arbitrary<SourceDocument[]> {
  return fc.array(fc.tuple(header, body), { minLength: 2, maxLength: 4 }).map((docs) => docs.map(([head, text], i) => makeDocument(NAMES[i] as string, head + text)));
}

describe('fuzzing the extractor and the reconciler', () => {
  it.each([
    ['random Unicode', corpus(randomUnicode)],
    ['claim-rich fragments with random glue', corpus(fragmentText)],
    ['mutated corpus and fixture articles', corpus(mutatedArticle)],
  ])('%s: no throw, claims are source slices, conflicts clash across sources, JSON validates, order does not matter', (_name, documents) => {
    fc.assert(fc.property(documents, checkInvariants), settings);
  }, TIMEOUT);

  it('keeps the invariants on the known hard cases', () => {
    // cases fuzzing found or the issue names, kept so they stay fixed
    const cases = [
      ['The blast killed 1e308 people.', 'The blast killed 2e308 people.'],
      ['date 2023-02-30\nThe bridge opened on October 7, 2023.', 'The bridge opened on October 2022.\r\n'],
      ['\u001b[31mThe fire killed 12 people.\u001b[0m', 'The fire killed 19 people.\u202e'],
      ['The army sent ١٢٣ soldiers and 99999999999999999999999999999999 trucks.', 'The army sent 12 soldiers and 7 trucks.'],
    ];
    for (const texts of cases) checkInvariants(texts.map((text, i) => makeDocument(NAMES[i] as string, text)));
  });
});

// --- internal ---

function checkInvariants(documents: SourceDocument[]): void {
  const report = analyze(documents);
  const byPath = new Map(documents.map((doc) => [doc.path, doc]));
  for (const claim of report.claims) checkClaim(claim, byPath);
  for (const conflict of report.conflicts) {
    const sources = new Set(conflict.claims.map((c) => c.source));
    expect(sources.size, conflict.message).toBeGreaterThanOrEqual(2);
    expect(conflict.claims.every((c) => c.kind === conflict.kind)).toBe(true);
    for (const claim of conflict.claims) checkClaim(claim, byPath);
    expect(hasClash(conflict.claims), `no two sources of ${conflict.id} clash: ${conflict.message}`).toBe(true);
  }
  const json = formatJson(report, { claims: true });
  const parsed = JSON.parse(json);
  expect(schemaErrors(parsed)).toBeNull();
  expect(formatStylish(report, { color: false })).not.toMatch(RAW_CONTROL);
  const again = analyze([...documents].reverse());
  expect(formatJson(again, { claims: true })).toBe(json);
  expect(new Set(report.conflicts.map((c) => c.id)).size).toBe(report.conflicts.length);
  sanity(report);
}

function checkClaim(claim: Claim, byPath: Map<string, SourceDocument>): void {
  const doc = byPath.get(claim.source);
  expect(doc, claim.source).toBeDefined();
  const text = (doc as SourceDocument).text;
  expect(claim.start).toBeGreaterThanOrEqual(0);
  expect(claim.end).toBeGreaterThan(claim.start);
  expect(claim.end).toBeLessThanOrEqual(text.length);
  expect(text.slice(claim.start, claim.end)).toBe(claim.text);
  expect(buildLineIndex(text)(claim.start)).toEqual({ line: claim.line, column: claim.column });
}

function sanity(report: Report): void {
  expect(report.summary.claims).toBe(report.claims.length);
  expect(report.summary.conflicts).toBe(report.conflicts.length);
}

/** Whether two claims of different sources hold values that do not overlap (an independent check, not the reconciler's own). */
function hasClash(claims: Claim[]): boolean {
  for (const a of claims) {
    for (const b of claims) {
      if (a.source === b.source) continue;
      if (a.kind === 'number' && b.kind === 'number' && !numbersOverlap(a.value, b.value)) return true;
      if (a.kind === 'date' && b.kind === 'date' && !datesOverlap(a.value, b.value)) return true;
    }
  }
  return false;
}

function numbersOverlap(a: NumberValue, b: NumberValue): boolean {
  // documented rule of compare-values.ts: two bounds of one kind ("at least two", "at least three")
  // each report a figure, and those figures must agree, so they are compared as points
  if (a.max === null && b.max === null && a.min !== null && b.min !== null) return a.min === b.min;
  if (a.min === null && b.min === null && a.max !== null && b.max !== null) return a.max === b.max;
  const low = (v: NumberValue) => v.min ?? -Infinity;
  const high = (v: NumberValue) => v.max ?? Infinity;
  return low(a) <= high(b) && low(b) <= high(a);
}

function datesOverlap(a: DateValue, b: DateValue): boolean {
  // two unresolved relative dates of one unit ("32 years ago", "35 years ago" in undated articles) compare by offset
  if (a.start === null && b.start === null && a.relative && b.relative) return a.relative.unit !== b.relative.unit || a.relative.amount === b.relative.amount;
  // an unplaced weekday ("on Tuesday" in an undated article) agrees only with that weekday
  if (a.weekday !== undefined || b.weekday !== undefined) {
    const [wa, wb] = [weekdayOf(a), weekdayOf(b)];
    return wa === null || wb === null || wa === wb;
  }
  if (!a.start || !a.end || !b.start || !b.end) return true;
  if (!a.start.startsWith('--') && !b.start.startsWith('--')) return a.start <= b.end && b.start <= a.end;
  // a year-less date: compare month and day only (a range over a year's end is taken as overlapping)
  const monthDay = (iso: string, fill: string) => {
    const md = iso.startsWith('--') ? iso.slice(2) : iso.slice(5);
    return md.length === 2 ? `${md}-${fill}` : md;
  };
  const [aLow, aHigh, bLow, bHigh] = [monthDay(a.start, '00'), monthDay(a.end, '99'), monthDay(b.start, '00'), monthDay(b.end, '99')];
  if (aLow > aHigh || bLow > bHigh) return true;
  return aLow <= bHigh && bLow <= aHigh;
}

/** 1 (Monday) to 7 (Sunday), for an unplaced weekday or one known day. */
function weekdayOf(value: DateValue): number | null {
  if (value.weekday !== undefined) return value.weekday;
  if (!value.start || value.start !== value.end || value.start.startsWith('--')) return null;
  return new Date(`${value.start}T00:00:00Z`).getUTCDay() || 7;
}

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
