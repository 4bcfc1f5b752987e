#!/usr/bin/env node
// npm run eval:extract — scores factcheck's number and date extraction on the public suites in
// ../shared/benchmarks (Recognizers-Text English specs, TempEval-3 platinum), next to chrono-node
// and compromise (numbers() and the compromise-dates plugin) run on the same cases in the same run.
// Each case is written to a file with its reference date on a `date` line and read back by the
// built tool, as a user's files would be. Prints one table; skips with a note when the suites are absent.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import { extractMentions, mentionsOf } from '../dist/mentions.js';

nlp.plugin(datesPlugin);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const benchmarks = path.resolve(root, '..', 'shared', 'benchmarks');
if (!existsSync(benchmarks)) {
  console.log(`eval:extract: skipped, no benchmark suites at ${benchmarks}`);
  process.exit(0);
}
const showMisses = process.argv.includes('--misses');

// --- load the suites -------------------------------------------------------

function readJsonl(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

function recognizers(name) {
  const dir = path.join(benchmarks, 'recognizers-text');
  return [...readJsonl(path.join(dir, name)), ...readJsonl(path.join(dir, 'js-unsupported', name))];
}

const DATE_TYPES = new Set(['datetimeV2.date', 'datetimeV2.daterange', 'datetimeV2.datetime']);

/** A case: { id, input, ref (YYYY-MM-DD or null), gold: [{ start, end, text, kind, value }] }, value as below. */
function rtCases(files, kind, accept, toValue) {
  return files.flatMap((file) =>
    recognizers(file).map((c) => ({
      id: c.id,
      input: c.input,
      ref: c.context?.referenceDateTime?.slice(0, 10) ?? null,
      gold: c.results.filter(accept).map((r) => ({ start: r.start, end: r.end, text: r.text, kind, value: toValue(r) })),
    })),
  );
}

const numberValue = (r) => {
  const raw = r.value?.value;
  if (raw === null || raw === undefined) return null;
  const n = Number(String(raw).replace('%', ''));
  return Number.isFinite(n) ? { number: n } : null;
};

/** Recognizers date values: every candidate reading as {start, end} (end inclusive), ISO days. */
const rtDateValue = (r) => {
  const readings = (r.value?.values ?? []).flatMap((v) => {
    if (v.value && v.value !== 'not resolved') return [{ start: v.value.slice(0, 10), end: v.value.slice(0, 10) }];
    // Recognizers writes a range's end exclusive: "from 10/1 to 11/7" ends 11/6 there, where
    // factcheck reads "to" inclusively; either reading of the end is accepted
    if (v.start && v.end) {
      const start = v.start.slice(0, 10);
      const end = v.end.slice(0, 10);
      return [{ start, end: dayBefore(end) }, { start, end, exclusiveEnd: end }];
    }
    return [];
  });
  return readings.length > 0 ? { readings } : null;
};

function dayBefore(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function lastDay(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** TempEval TIMEX values that are plain ISO dates, as {start, end}; others null. */
function timexValue(value) {
  let m = /^(\d{4})$/.exec(value);
  if (m) return { readings: [{ start: `${m[1]}-01-01`, end: `${m[1]}-12-31` }], plain: true, granularity: 'year' };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { readings: [{ start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${String(lastDay(+m[1], +m[2])).padStart(2, '0')}` }], plain: true, granularity: 'month' };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { readings: [{ start: value, end: value }], plain: true, granularity: 'day' };
  return null;
}

function tempevalCases() {
  const dir = path.join(benchmarks, 'tempeval3');
  return readJsonl(path.join(dir, 'documents.jsonl')).map((doc) => ({
    id: doc.doc,
    input: readFileSync(path.join(dir, 'docs', `${doc.doc}.txt`), 'utf8'),
    ref: doc.dct.value,
    gold: readJsonl(path.join(dir, 'docs', `${doc.doc}.jsonl`))
      .filter((t) => t.type === 'DATE')
      .map((t) => ({ start: t.start, end: t.end, text: t.text, kind: 'date', value: timexValue(t.value) })),
  }));
}

const SUITES = [
  { name: 'RT numbers (Number+Percent+Currency)', cases: rtCases(['number.NumberModel.jsonl', 'number.PercentModel.jsonl', 'numberwithunit.CurrencyModel.jsonl'], 'number', () => true, numberValue) },
  { name: 'RT ordinals', cases: rtCases(['number.OrdinalModel.jsonl'], 'number', () => true, numberValue) },
  { name: 'RT dimensions', cases: rtCases(['numberwithunit.DimensionModel.jsonl'], 'number', () => true, numberValue) },
  { name: 'RT ages', cases: rtCases(['numberwithunit.AgeModel.jsonl'], 'number', () => true, numberValue) },
  { name: 'RT temperatures', cases: rtCases(['numberwithunit.TemperatureModel.jsonl'], 'number', () => true, numberValue) },
  { name: 'RT dates (date, daterange, datetime)', cases: rtCases(['datetime.DateTimeModel.jsonl'], 'date', (r) => DATE_TYPES.has(r.type), rtDateValue) },
  { name: 'TempEval-3 DATE', cases: tempevalCases(), plainOnly: true },
];

// --- the systems -----------------------------------------------------------

/** factcheck: the cases written as files, read back by the built library. */
async function runFactcheck(cases) {
  const dir = mkdtempSync(path.join(tmpdir(), 'factcheck-eval-'));
  const headers = new Map();
  cases.forEach((c, i) => {
    const header = c.ref ? `date ${c.ref}\n` : '';
    headers.set(`case-${String(i).padStart(5, '0')}.txt`, header.length);
    writeFileSync(path.join(dir, `case-${String(i).padStart(5, '0')}.txt`), header + c.input);
  });
  const report = await extractMentions([dir], { cwd: dir });
  rmSync(dir, { recursive: true, force: true });
  const byFile = new Map();
  for (const m of report.mentions) byFile.set(m.source, [...(byFile.get(m.source) ?? []), m]);
  return cases.map((c, i) => {
    const file = `case-${String(i).padStart(5, '0')}.txt`;
    const shift = headers.get(file);
    return (byFile.get(file) ?? []).map((m) => ({
      kind: m.kind,
      start: m.start - shift,
      end: m.end - shift,
      number: m.kind === 'number' ? m.value : null,
      date: m.kind === 'date' ? m.value : null,
    }));
  });
}

function granularDate(components) {
  const year = components.get('year');
  const month = components.get('month');
  const day = components.get('day');
  const pad = (n) => String(n).padStart(2, '0');
  if (components.isCertain('day')) return { start: `${year}-${pad(month)}-${pad(day)}`, end: `${year}-${pad(month)}-${pad(day)}` };
  if (components.isCertain('month')) return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(lastDay(year, month))}` };
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

function runChrono(cases) {
  return cases.map((c) => {
    const ref = c.ref ? new Date(`${c.ref}T12:00:00`) : new Date('2000-01-01T12:00:00');
    return guarded(() => chrono.parse(c.input, ref, { forwardDate: false })).map((r) => {
      const start = granularDate(r.start);
      const end = r.end ? granularDate(r.end) : start;
      return { kind: 'date', start: r.index, end: r.index + r.text.length, number: null, date: { start: start.start, end: end.end } };
    });
  });
}

/** A peer library that throws on a case finds nothing in it. */
function guarded(read) {
  try {
    return read();
  } catch {
    return [];
  }
}

function runCompromise(cases) {
  return cases.map((c) => guarded(() => {
    const doc = nlp(c.input);
    const numbers = doc.numbers().json({ offset: true }).map((n) => {
      const value = typeof n.number === 'object' ? n.number?.num : n.number;
      return { kind: 'number', start: n.offset.start, end: n.offset.start + n.offset.length, number: { min: value, max: value }, date: null };
    });
    const dates = doc.dates(c.ref ? { today: c.ref } : {}).json({ offset: true }).map((d) => ({
      kind: 'date',
      start: d.offset.start,
      end: d.offset.start + d.offset.length,
      number: null,
      date: d.dates?.start ? { start: d.dates.start.slice(0, 10), end: (d.dates.end ?? d.dates.start).slice(0, 10) } : null,
    }));
    return [...numbers, ...dates];
  }));
}

// --- scoring ---------------------------------------------------------------

function numberRight(gold, found) {
  const value = found.number;
  if (!value || !gold.value) return false;
  const min = value.min ?? -Infinity;
  const max = value.max ?? Infinity;
  const close = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  if (value.min !== null && value.max !== null && close(value.min, value.max)) return close(value.min, gold.value.number);
  return gold.value.number >= min - 1e-9 && gold.value.number <= max + 1e-9;
}

function dateRight(gold, found) {
  const value = found.date;
  if (!value || !value.start || !gold.value) return false;
  if (gold.value.readings.some((r) => r.start === value.start && r.end === value.end)) return true;
  // the same convention one unit up: Recognizers' "from 2014 to 2018" ends at 2018-01-01, where
  // factcheck's ends with the last day of 2018, the unit that exclusive end opens
  if (gold.value.readings.some((r) => r.exclusiveEnd && r.start === value.start && r.start < r.exclusiveEnd && unitStart(value) === r.exclusiveEnd)) return true;
  // TimeML annotates the two ends of "2009-2010" or "1957-58" as two dates; a range read as one is
  // right for each when that end is its first or its last unit
  return gold.value.plain === true && value.granularity === gold.value.granularity && gold.value.readings.some((r) => isRangeEnd(r, value));
}

/**
 * For a range of whole years or whole months (read from its two ends, so every system is judged
 * alike), the first day of the year or month its last day closes; null otherwise.
 */
function unitStart({ start, end }) {
  if (!end || !start.endsWith('-01')) return null;
  const next = new Date(`${end}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  if (next.getUTCDate() !== 1) return null;
  const wholeYears = start.endsWith('-01-01') && next.getUTCMonth() === 0;
  return wholeYears ? `${end.slice(0, 4)}-01-01` : `${end.slice(0, 7)}-01`;
}

function isRangeEnd(reading, range) {
  const wider = range.start < reading.start || range.end > reading.end;
  return wider && (reading.start === range.start || reading.end === range.end);
}

function score(cases, results, plainOnly) {
  let gold = 0;
  let overlap = 0;
  let exact = 0;
  let valued = 0;
  let right = 0;
  const misses = [];
  cases.forEach((c, i) => {
    for (const g of c.gold) {
      gold++;
      const hits = results[i].filter((m) => m.kind === g.kind && m.start < g.end && m.end > g.start);
      if (hits.length > 0) overlap++;
      if (hits.some((m) => m.start === g.start && m.end === g.end)) exact++;
      const counts = plainOnly ? g.value?.plain === true : g.value !== null;
      if (counts) valued++;
      const ok = hits.some((m) => (g.kind === 'number' ? numberRight(g, m) : dateRight(g, m)));
      if (counts && ok) right++;
      if (counts && !ok) misses.push(`${c.id}: ${JSON.stringify(g.text)} want ${JSON.stringify(g.value)} got ${JSON.stringify(hits.map((h) => h.number ?? h.date))}`);
    }
  });
  return { gold, overlap: overlap / gold, exact: exact / gold, value: right / valued, valued, misses };
}

// --- run -------------------------------------------------------------------

const rows = [];
for (const suite of SUITES) {
  if (suite.cases.length === 0) continue;
  const systems = [
    ['factcheck', await runFactcheck(suite.cases)],
    ['chrono-node', runChrono(suite.cases)],
    ['compromise', runCompromise(suite.cases)],
  ];
  for (const [system, results] of systems) {
    const s = score(suite.cases, results, suite.plainOnly);
    rows.push({ suite: suite.name, system, ...s });
    if (showMisses && system === 'factcheck') for (const miss of s.misses) console.log(`  miss ${miss}`);
  }
}

const f = (x) => (Number.isFinite(x) ? x.toFixed(2) : ' n/a');
console.log(`${'suite'.padEnd(38)} ${'system'.padEnd(12)} ${'gold'.padStart(5)} overlap exact value`);
for (const r of rows) console.log(`${r.suite.padEnd(38)} ${r.system.padEnd(12)} ${String(r.gold).padStart(5)} ${f(r.overlap).padStart(7)} ${f(r.exact).padStart(5)} ${f(r.value).padStart(5)}`);

// throughput: the TempEval-3 text repeated to about 3 MB, one core, in memory
const tempeval = SUITES.find((s) => s.name.startsWith('TempEval')).cases;
const copies = Math.ceil(3e6 / tempeval.reduce((n, c) => n + c.input.length, 0));
const docs = [];
for (let k = 0; k < copies; k++) tempeval.forEach((c, i) => docs.push({ path: `t${k}-${i}.txt`, text: c.input, published: c.ref, bodyStart: 0 }));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
/** MB/s of the fastest of three runs, so a busy moment on a shared machine does not decide the figure. */
function throughput(run) {
  let best = 0;
  for (let round = 0; round < 3; round++) {
    const t = performance.now();
    run();
    best = Math.max(best, bytes / 1e6 / ((performance.now() - t) / 1000));
  }
  return best;
}
const ours = throughput(() => mentionsOf(docs));
const theirs = throughput(() => {
  for (const d of docs) chrono.parse(d.text, new Date(`${d.published}T12:00:00`));
});
console.log(`\nthroughput on ${(bytes / 1e6).toFixed(1)} MB of TempEval-3 text, one core, best of 3 runs: factcheck ${ours.toFixed(2)} MB/s, chrono-node ${theirs.toFixed(2)} MB/s`);
