/**
 * Tests of the fuzz suite's own checks: each invariant and oracle passes on a real run and fails
 * on a hand-made counterexample, the test's comparison in base units decides the cases the issue
 * names, and each new generator makes the cases it is there for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim, DateClaim, DateValue, NumberClaim, NumberValue, Report } from '../../src/types.js';
import { datesClash, numbersClash } from './clash.js';
import { figureCorpus } from './generators/figures.js';
import { formatCorpus } from './generators/formats.js';
import { relativeDateCorpus } from './generators/relative-dates.js';
import { brokenInvariants, htmlProblems, INVARIANTS, rawControlProblems, runCorpus, type Run } from './invariants.js';
import type { KnownBug } from './known-bugs.js';
import { formatProblems, relativeDateProblems } from './oracles.js';

const n = (min: number | null, max: number | null = min): NumberValue => ({ min, max });
const relative = (unit: 'day' | 'month' | 'year', amount: number): DateValue => ({ start: null, end: null, granularity: unit, relative: { unit, amount } });
const day = (iso: string): DateValue => ({ start: iso, end: iso, granularity: 'day' });
const tuesday: DateValue = { start: null, end: null, granularity: 'day', weekday: 2 };

describe('the test judges clashes on its own: figures in base units, relative dates in days', () => {
  it.each([
    ['six months and six weeks (the issue: 6 and 6 in other units)', true, n(6), 'mo', n(6), 'wk'],
    ['six weeks and 42 days', false, n(6), 'wk', n(42), 'd'],
    ['two years and 24 months', false, n(2), 'yr', n(24), 'mo'],
    ['at least two years and at least 24 months name one figure', false, n(2, null), 'yr', n(24, null), 'mo'],
    ['at least two and at least three people: two lower bounds never clash', false, n(2, null), null, n(3, null), null],
    ['$1 billion and €1.2 billion: one sum in two currencies', false, n(1e9), 'USD', n(1.2e9), 'EUR'],
    ['£420 million and $1.4 billion: no rate makes them one sum', true, n(4.2e8), 'GBP', n(1.4e9), 'USD'],
    ['5 km and 5,000 metres', false, n(5), 'km', n(5000), 'm'],
    ['5 miles and 5 km', true, n(5), 'mi', n(5), 'km'],
    ['1 barrel and 42 gallons', false, n(1), 'bbl', n(42), 'gal'],
    ['16 ounces and a pound', false, n(16), 'oz', n(1), 'lb'],
    ['one in four and 25 percent', false, n(0.25), 'fraction', n(25), 'percent'],
    ['$5 million and €5 million: within the rates between them', false, n(5e6), 'USD', n(5e6), 'EUR'],
    ['$5 million and $7 million', true, n(5e6), 'USD', n(7e6), 'USD'],
    ['up to 300 and 280', false, n(null, 300), null, n(280), null],
    ['more than 300 and fewer than 200', true, n(300, null), null, n(null, 200), null],
    ['30 °C and 86 °F: a scale with an offset is not converted', false, n(30), '°C', n(86), '°F'],
  ])('%s: clash %s', (_name, expected, a, unitA, b, unitB) => {
    expect(numbersClash(a, unitA, b, unitB)).toBe(expected);
    expect(numbersClash(b, unitB, a, unitA)).toBe(expected);
  });

  it.each([
    ['two weeks ago and 35 years ago in undated articles', true, relative('day', -14), relative('year', -35)],
    ['three months ago and 90 days ago', false, relative('month', -3), relative('day', -90)],
    ['32 and 35 years ago', true, relative('year', -32), relative('year', -35)],
    ['on Tuesday (undated) and 2023-05-02, a Tuesday', false, tuesday, day('2023-05-02')],
    ['on Tuesday (undated) and 2023-05-03, a Wednesday', true, tuesday, day('2023-05-03')],
    ['October 7 (no year) and 2023-10-07', false, day('--10-07'), day('2023-10-07')],
    ['October 2022 and 2023-10-07', true, { start: '2022-10-01', end: '2022-10-31', granularity: 'month' } as DateValue, day('2023-10-07')],
  ])('%s: clash %s', (_name, expected, a, b) => {
    expect(datesClash(a, b)).toBe(expected);
    expect(datesClash(b, a)).toBe(expected);
  });
});

describe('each invariant holds on a real run and fails on a hand-made counterexample', () => {
  const base = runCorpus([
    { name: 'a.txt', content: 'date 2023-05-04\nThe storm in Harlow killed 12 people.\nThe strike lasted six weeks.' },
    { name: 'b.html', content: '<html><body><article><p>The storm in <b>Harlow</b> killed 19 people.</p></article></body></html>' },
    { name: 'c.json', content: '[{"title": "C", "text": "The storm in Harlow killed 12 people."}]' },
  ]);
  const withReport = (change: (report: Report) => void): Run => {
    const report = structuredClone(base.report);
    change(report);
    return { ...base, report, reversed: report };
  };
  const firstClaim = (report: Report, source: string) => report.claims.find((c) => c.source === source) as Claim;
  const conflict = (report: Report) => report.conflicts[0] as Report['conflicts'][number];

  it('the run under test has claims in all three formats and a conflict', () => {
    expect(new Set(base.report.claims.map((c) => c.source))).toEqual(new Set(['a.txt', 'b.html', 'C']));
    expect(base.report.conflicts).toHaveLength(1);
    expect(brokenInvariants(base)).toEqual([]);
  });

  it.each([
    ['claims are the file content at their offsets, line and column', 'a claim moved by one character', (r: Report) => void (firstClaim(r, 'a.txt').start += 1)],
    ['claims are the file content at their offsets, line and column', 'a claim in HTML with the offsets of the converted text', (r: Report) => Object.assign(firstClaim(r, 'b.html'), { start: 22, end: 24, text: '19' })],
    ['claims are the file content at their offsets, line and column', 'a claim from JSON without its file', (r: Report) => void delete firstClaim(r, 'C').file],
    ['claims are the file content at their offsets, line and column', 'a claim on the wrong line', (r: Report) => void (firstClaim(r, 'a.txt').line += 1)],
    ['figures are finite', 'an infinite figure', (r: Report) => void ((firstClaim(r, 'a.txt') as NumberClaim).value = n(Infinity))],
    ['every conflict holds claims of its kind, in place, from two sources', 'a conflict within one source', (r: Report) => void conflict(r).claims.forEach((c) => (c.source = 'a.txt'))],
    ['every conflict holds claims of its kind, in place, from two sources', 'a conflict of figures holding a date', (r: Report) => void (conflict(r).kind = 'date')],
    ['every conflict has two claims whose values clash', 'a conflict between 12 and 12', (r: Report) => void conflict(r).claims.forEach((c) => ((c as NumberClaim).value = n(12)))],
    ['every conflict has two claims whose values clash', 'a conflict between six weeks and 42 days', (r: Report) => void conflict(r).claims.forEach((c, i) => Object.assign(c, { value: n(i === 0 ? 6 : 42), unit: i === 0 ? 'wk' : 'd' }))],
    ['conflict ids are unique', 'one conflict listed twice', (r: Report) => void r.conflicts.push(conflict(r))],
    ['the summary counts the claims and conflicts', 'a claim too many in the summary', (r: Report) => void (r.summary.claims += 1)],
    ['the JSON report validates against the schema', 'a five-digit year', (r: Report) => void ((r.sources[0] as Report['sources'][number]).published = '10000-01-01')],
  ])('%s: fails on %s', (name, _counterexample, change) => {
    const check = INVARIANTS[name] as (run: Run) => unknown[];
    expect(check(base)).toEqual([]);
    expect(check(withReport(change))).not.toEqual([]);
  });

  it('the report does not depend on the order of the documents: fails on reports that differ', () => {
    const check = INVARIANTS['the report does not depend on the order of the documents'] as (run: Run) => unknown[];
    expect(check({ ...base, reversed: withReport((r) => r.claims.reverse()).report })).not.toEqual([]);
  });

  it('the terminal, GitHub and Markdown reports carry no raw control character: fails on an escape, a C1 control or a tab', () => {
    const check = INVARIANTS['the terminal, GitHub and Markdown reports carry no raw control character'] as (run: Run) => unknown[];
    expect(check(base)).toEqual([]);
    // the formatters escape every field, so the counterexamples are texts a broken one would print
    for (const text of ['killed \u001b[31m12', 'killed \u009b2J 12', 'killed\t12']) expect(rawControlProblems(text)).toHaveLength(1);
    expect(rawControlProblems('killed \\x1b[31m12\n')).toEqual([]);
  });

  it('every series holds two or more of the run\'s claims, in time order, none of them in a conflict: fails on each', () => {
    const check = INVARIANTS["every series holds two or more of the run's claims, in time order, none of them in a conflict"] as (run: Run) => unknown[];
    const [first, second] = [firstClaim(base.report, 'a.txt'), firstClaim(base.report, 'C')];
    const series = (points: Array<{ at: string; claim: Claim }>) => withReport((r) => void (r.series = [{ id: 'a1b2c3d4e5f6', kind: 'number', subject: 'storm', points }]));
    expect(check(base)).toEqual([]);
    expect(check(series([{ at: '2023-05-05', claim: first }, { at: '2023-05-04', claim: second }]))).not.toEqual([]);
    expect(check(series([{ at: '2023-05-04', claim: first }]))).not.toEqual([]);
    expect(check(series([{ at: '2023-05-04', claim: { ...first, id: 'elsewhere#1' } }, { at: '2023-05-05', claim: second }]))).not.toEqual([]);
  });

  it('the HTML report runs nothing of the data and shows it as text: fails on a second script, a handler, a script link or a control character', () => {
    const check = INVARIANTS['the HTML report runs nothing of the data and shows it as text'] as (run: Run) => unknown[];
    expect(check(base)).toEqual([]);
    // the formatter escapes every field, so the counterexamples are pages a broken one would write
    const page = (body: string) => `<!doctype html><script>ours()</script><p>${body}</p>`;
    expect(htmlProblems(page('killed 12'))).toEqual([]);
    for (const body of ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '<a href="javascript:alert(3)">x</a>', 'killed \u001b[31m12']) expect(htmlProblems(page(body))).toHaveLength(1);
  });

  it('a known product bug exempts only the conflicts it explains', () => {
    const weeks = withReport((r) => conflict(r).claims.forEach((c, i) => Object.assign(c, { value: n(i === 0 ? 6 : 42, null), unit: i === 0 ? 'wk' : 'd' })));
    expect(brokenInvariants(weeks, [])).toEqual([expect.stringContaining('every conflict has two claims whose values clash')]);
    const weeksBug: KnownBug = { case: 'example.json', invariant: 'every conflict has two claims whose values clash', explains: (c) => c.claims.some((k) => k.kind === 'number' && k.unit === 'wk') };
    expect(brokenInvariants(weeks, [weeksBug])).toEqual([]);
    const people = withReport((r) => conflict(r).claims.forEach((c) => ((c as NumberClaim).value = n(12))));
    expect(brokenInvariants(people, [weeksBug])).not.toEqual([]);
  });
});

describe('the oracles hold on a real run and fail on a hand-made counterexample', () => {
  const run = runCorpus([
    { name: 'a.txt', content: 'date 2023-05-04\nThe Harlow footbridge collapsed three days ago. Police arrested Tom Baird on Tuesday.' },
    { name: 'b.txt', content: 'The Harlow footbridge collapsed three days ago.' },
    { name: 'story-1.txt', content: 'About 1,200 people marched in Lisk.' },
    { name: 'story-1.html', content: '<p>About 1,200 people marched in <i>Lisk</i>.</p>' },
  ]);
  const dates = (report: Report) => report.claims.filter((c): c is DateClaim => c.kind === 'date');
  const tampered = (change: (report: Report) => void): Run => {
    const report = structuredClone(run.report);
    change(report);
    return { ...run, report };
  };

  it('relative dates resolve against the publication date', () => {
    expect(dates(run.report).map((c) => [c.source, c.text, c.value.start])).toEqual([
      ['a.txt', 'three days ago', '2023-05-01'],
      ['a.txt', 'Tuesday', '2023-05-02'],
      ['b.txt', 'three days ago', null],
    ]);
    expect(relativeDateProblems(run)).toEqual([]);
    expect(relativeDateProblems(tampered((r) => void ((dates(r)[0] as DateClaim).value = day('2023-05-02'))))).toHaveLength(1);
    expect(relativeDateProblems(tampered((r) => void ((dates(r)[1] as DateClaim).value = day('2023-05-03'))))).toHaveLength(1);
    expect(relativeDateProblems(tampered((r) => void ((dates(r)[2] as DateClaim).value = day('2023-05-01'))))).toHaveLength(1);
  });

  it('an article claims the same in every format', () => {
    expect(formatProblems(run)).toEqual([]);
    const html = (r: Report) => r.claims.find((c) => c.source === 'story-1.html') as NumberClaim;
    expect(formatProblems(tampered((r) => void (html(r).value = n(1300))))).toHaveLength(1);
    expect(formatProblems(tampered((r) => void r.claims.splice(r.claims.indexOf(html(r)), 1)))).toHaveLength(1);
  });
});

describe('the new generators make the cases they are there for', () => {
  const sample = <T>(arbitrary: fc.Arbitrary<T>, numRuns = 30) => fc.sample(arbitrary, { seed: 1, numRuns });

  it('figures: conflicts between units, some of them open bounds, and some agreement across units', () => {
    const runs = sample(figureCorpus()).map(runCorpus);
    const conflicts = runs.flatMap((r) => r.report.conflicts);
    const units = (c: (typeof conflicts)[number]) => new Set(c.claims.map((claim) => (claim.kind === 'number' ? claim.unit : null)));
    expect(conflicts.filter((c) => units(c).size > 1).length).toBeGreaterThan(5);
    expect(conflicts.filter((c) => c.claims.some((claim) => claim.kind === 'number' && (claim.value.min === null || claim.value.max === null))).length).toBeGreaterThan(5);
    expect(runs.filter((r) => r.report.conflicts.length === 0 && new Set(r.report.claims.map((c) => c.kind === 'number' && c.unit)).size > 1).length).toBeGreaterThan(5);
  });

  it('relative dates: many cases resolve a relative date against a publication date, and some clash', () => {
    const runs = sample(relativeDateCorpus()).map(runCorpus);
    const resolved = runs.filter((r) => dates(r.report).some((c) => /ago|yesterday|last|day$/i.test(c.display ?? c.text) && c.value.start !== null));
    expect(resolved.length).toBeGreaterThan(8);
    expect(runs.filter((r) => r.report.conflicts.some((c) => c.kind === 'date')).length).toBeGreaterThan(3);
  });

  it('formats: claims in HTML and JSON, read through entities, tags and escapes', () => {
    const runs = sample(formatCorpus(), 20).map(runCorpus);
    const converted = runs.flatMap((r) => r.report.claims.filter((c) => c.file !== undefined || c.source.endsWith('.html')));
    expect(converted.length).toBeGreaterThan(100);
    expect(converted.filter((c) => c.display !== undefined).length).toBeGreaterThan(50);
  });

  function dates(report: Report): DateClaim[] {
    return report.claims.filter((c): c is DateClaim => c.kind === 'date');
  }
});
