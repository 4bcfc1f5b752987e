import { CURRENCY_TOLERANCE, USD_PER_UNIT } from '../data/currencies.js';
import { UNITS_BY_SYMBOL } from '../data/units.js';
import type { Claim, DateValue, NumberValue } from '../types.js';

/** Whether two units measure one dimension ("km" and "m"); equal units always do. */
export function sameDimension(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  const ua = a === null ? undefined : UNITS_BY_SYMBOL.get(a);
  const ub = b === null ? undefined : UNITS_BY_SYMBOL.get(b);
  return ua !== undefined && ub !== undefined && ua.dimension === ub.dimension && ua.dimension !== 'temperature';
}

/** Whether two claims' values can both be true (figures in base units, dates as intervals). */
export function compatible(a: Claim, b: Claim): boolean {
  if (a.kind === 'number' && b.kind === 'number') {
    if (a.unit !== b.unit) return numbersCompatible(inBaseUnit(a.value, a.unit), inBaseUnit(b.value, b.unit));
    // "10 km" beside "9.8 km": a whole figure set against one with decimals was rounded to the unit
    if (a.unit !== null && hasDecimals(a.value) !== hasDecimals(b.value)) return numbersCompatible(roundedWhole(a.value), roundedWhole(b.value));
    return numbersCompatible(a.value, b.value);
  }
  if (a.kind === 'date' && b.kind === 'date') return datesCompatible(a.value, b.value);
  return true;
}

/** Whether two units can be compared at all: one dimension, or two currencies of known worth. */
export function comparableUnits(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (a !== null && b !== null && USD_PER_UNIT[a] !== undefined && USD_PER_UNIT[b] !== undefined) return true;
  return sameDimension(a, b);
}

/** A figure in its dimension's base unit, exactly ("5 km" → 5,000 m); unchanged for other units. */
export function toBaseUnit(value: NumberValue, unit: string | null): NumberValue {
  const factor = unit === null ? 1 : (UNITS_BY_SYMBOL.get(unit)?.factor ?? 1);
  const scale = (n: number | null) => (n === null ? null : Number((n * factor).toPrecision(12)));
  return factor === 1 ? value : { min: scale(value.min), max: scale(value.max) };
}

/**
 * A figure in its dimension's base unit, as far as it can reach when compared with a figure in
 * another unit ("5 km" → 5,000 m). A duration keeps the precision it was stated in ("a month" is 15–45 days, so it agrees with "four weeks";
 * "two years" and "18 months" do not agree), and a fraction is a loose share ("a third" agrees
 * with 31 percent).
 */
export function inBaseUnit(value: NumberValue, unit: string | null): NumberValue {
  const usd = unit === null ? undefined : USD_PER_UNIT[unit];
  if (usd !== undefined) return inDollars(value, usd);
  const info = unit === null ? undefined : UNITS_BY_SYMBOL.get(unit);
  if (info === undefined || (info.factor === 1 && info.dimension !== 'time' && info.dimension !== 'length' && info.dimension !== 'mass')) return value;
  // a spoken fraction is loose: "a third" is said of 30 to 36 percent; a converted measure was
  // rounded to the digits it is written with ("15 inches", "380 mm"; "14.5 miles", "23.4 km")
  const slack = (n: number) => (info.symbol === 'fraction' ? 0.1 * Math.abs(n) : info.dimension === 'time' ? 0.45 * precisionOf(n) : 0.5 * roundingStep(n));
  const factor = (side: number) => (side > 0 ? (info.upTo ?? info.factor) : info.factor);
  const scale = (n: number | null, side: number) => (n === null ? null : Number(((n + side * slack(n)) * factor(side)).toPrecision(12)));
  return { min: scale(value.min, -1), max: scale(value.max, 1) };
}

/**
 * Whether two figures can both be true. Two bounds of one kind always can ("more than 400" and
 * "over 700": the second only says more); a bound clashes with a figure only when it excludes
 * it. A round figure of 1,000 or more stands for a range ("1,200" covers 1,155–1,245; "5 million"
 * covers 4.55–5.45 million), never wider than 10%: reporters round, and rounding is not a
 * contradiction.
 */
export function numbersCompatible(a: NumberValue, b: NumberValue): boolean {
  const [aLow, aHigh] = widen(a);
  const [bLow, bHigh] = widen(b);
  return aLow <= bHigh && bLow <= aHigh;
}

/**
 * Whether two dates can both be true: intervals overlap, a year-less date ("--10-07") agrees
 * with any date whose month and day it matches, and two unresolved relative dates of one unit
 * ("41 years ago", "38 years ago" in undated articles) agree only on the same offset, and an
 * unplaced weekday ("on Tuesday" in an undated article) agrees only with that weekday.
 */
export function datesCompatible(a: DateValue, b: DateValue): boolean {
  if (a.relative && b.relative) {
    if (a.relative.unit === b.relative.unit) return a.relative.amount === b.relative.amount;
    // "three months ago" and "90 days ago" agree; "two weeks ago" and "41 years ago" do not
    const days = (r: NonNullable<DateValue['relative']>) => r.amount * UNIT_DAYS[r.unit];
    const slack = Math.max(UNIT_DAYS[a.relative.unit], UNIT_DAYS[b.relative.unit]);
    return Math.abs(days(a.relative) - days(b.relative)) <= slack;
  }
  if (a.weekday !== undefined || b.weekday !== undefined) return weekdayOf(a) === null || weekdayOf(b) === null || weekdayOf(a) === weekdayOf(b);
  if (!a.start || !b.start || !a.end || !b.end) return true;
  if (a.start.startsWith('--') || b.start.startsWith('--')) return partialAgrees(a, b);
  return a.start <= b.end && b.start <= a.end;
}

/** How many calendar fields (year, month, day) two compatible dates both state; 1 for figures. */
export function agreementStrength(a: DateValue | NumberValue, b: DateValue | NumberValue): number {
  if (!('granularity' in a) || !('granularity' in b)) return 1;
  const fa = fields(a);
  const fb = fields(b);
  let shared = 1;
  if (fa.year !== null && fb.year !== null) shared++;
  if (fa.month !== null && fb.month !== null) shared++;
  if (fa.day !== null && fb.day !== null) shared++;
  return shared;
}

/** A short reason two dates clash: the first calendar field that differs. */
export function dateClash(a: DateValue, b: DateValue): string {
  if (a.relative && b.relative) {
    return `the offsets differ (${Math.abs(a.relative.amount)} vs ${Math.abs(b.relative.amount)} ${a.relative.unit}s ${a.relative.amount < 0 ? 'before' : 'after'} each article's date)`;
  }
  const [wa, wb] = [weekdayOf(a), weekdayOf(b)];
  if ((a.weekday !== undefined || b.weekday !== undefined) && wa !== null && wb !== null) return `the weekdays differ (${WEEKDAY_NAMES[wa - 1]} vs ${WEEKDAY_NAMES[wb - 1]})`;
  const fa = fields(a);
  const fb = fields(b);
  if (fa.year !== null && fb.year !== null && fa.year !== fb.year) return `the years differ (${fa.year} vs ${fb.year})`;
  if (fa.month !== null && fb.month !== null && fa.month !== fb.month) return `the months differ (${MONTH_NAMES[fa.month - 1]} vs ${MONTH_NAMES[fb.month - 1]})`;
  if (fa.day !== null && fb.day !== null && fa.day !== fb.day) return `the days differ (${fa.day} vs ${fb.day})`;
  return 'the dates do not overlap';
}

/** A short reason two figures clash; units are named when they differ ("6 weeks cannot be 6 months"). */
export function numberClash(a: NumberValue, b: NumberValue, unitA: string | null = null, unitB: string | null = null): string {
  if (unitA === unitB) return `${describeNumber(a)} cannot be ${describeNumber(b)}`;
  return `${describeNumber(a)} ${unitName(unitA, a)} cannot be ${describeNumber(b)} ${unitName(unitB, b)}`;
}

export function describeNumber(value: NumberValue): string {
  const { min, max } = value;
  if (min !== null && max !== null) return min === max ? format(min) : `${format(min)}–${format(max)}`;
  if (min !== null) return `at least ${format(min)}`;
  if (max !== null) return `at most ${format(max)}`;
  return 'any value';
}

// --- internal ---

function hasDecimals(value: NumberValue): boolean {
  return [value.min, value.max].some((n) => n !== null && !Number.isInteger(n));
}

/** A whole figure as the span it was rounded from (10 → 9.5–10.5); other figures unchanged. */
function roundedWhole(value: NumberValue): NumberValue {
  if (hasDecimals(value)) return value;
  return { min: value.min === null ? null : value.min - 0.5, max: value.max === null ? null : value.max + 0.5 };
}

/** A sum in dollars, as loose as the rates between currencies move. */
function inDollars(value: NumberValue, usd: number): NumberValue {
  const scale = (n: number | null, side: number) => (n === null ? null : Number((n * usd * (1 + side * CURRENCY_TOLERANCE)).toPrecision(12)));
  return { min: scale(value.min, -1), max: scale(value.max, 1) };
}

/** The step a whole figure is rounded to: 10 for "380", 100 for "2,400", 1 for "15" or "14.5" (its decimals are precisionOf's). */
function roundingStep(n: number): number {
  if (!Number.isInteger(n)) return precisionOf(n);
  let step = 1;
  while (n !== 0 && n % (step * 10) === 0 && step < 1e9) step *= 10;
  return step;
}

const UNIT_DAYS = { day: 1, month: 30.44, year: 365.25 } as const;

/** Units of time by symbol, as words (singular, plural). */
const TIME_WORDS: Record<string, [string, string]> = {
  sec: ['second', 'seconds'], min: ['minute', 'minutes'], h: ['hour', 'hours'], d: ['day', 'days'], wk: ['week', 'weeks'],
  mo: ['month', 'months'], yr: ['year', 'years'], decade: ['decade', 'decades'], century: ['century', 'centuries'],
};

function unitName(unit: string | null, value: NumberValue): string {
  if (unit === null) return '';
  const words = TIME_WORDS[unit];
  if (!words) return unit === 'percent' ? '%' : unit;
  return value.min === 1 && value.max === 1 ? words[0] : words[1];
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The weekday (1 = Monday) of an unplaced weekday or of one known day; null for anything else. */
function weekdayOf(value: DateValue): number | null {
  if (value.weekday !== undefined) return value.weekday;
  if (value.granularity !== 'day' || !value.start || value.start !== value.end || value.start.startsWith('--')) return null;
  const day = new Date(`${value.start}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function format(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** The step a figure is written to: 1 for "3", 0.1 for "1.5". */
function precisionOf(n: number): number {
  const decimals = String(n).split('.')[1]?.length ?? 0;
  return 10 ** -decimals;
}

function roundingTolerance(n: number): number {
  const magnitude = Math.abs(n);
  if (magnitude < 1000 || !Number.isInteger(n)) return 0;
  let unit = 1;
  while (magnitude % (unit * 10) === 0) unit *= 10;
  // a shade under half a unit, so neighbouring round figures (1,100 and 1,200) do not touch
  return Math.min(unit * 0.45, magnitude * 0.1);
}

function widen(value: NumberValue): [number, number] {
  const low = value.min === null ? -Infinity : value.min - roundingTolerance(value.min);
  const high = value.max === null ? Infinity : value.max + roundingTolerance(value.max);
  return [low, high];
}

interface Fields {
  year: number | null;
  month: number | null;
  day: number | null;
}

function fields(value: DateValue): Fields {
  const start = value.start ?? '';
  if (start.startsWith('--')) {
    const [month, day] = start.slice(2).split('-').map(Number);
    return { year: null, month: month ?? null, day: value.granularity === 'day' ? (day ?? null) : null };
  }
  const [year, month, day] = start.split('-').map(Number);
  if (!year) return { year: null, month: null, day: null };
  const monthly = value.granularity === 'day' || value.granularity === 'week' || value.granularity === 'month';
  return {
    year,
    month: monthly ? (month ?? null) : null,
    day: value.granularity === 'day' ? (day ?? null) : null,
  };
}

/** The first and last month of a year-less range of months ("--08" to "--07"), or null. */
function monthSpan(value: DateValue): [number, number] | null {
  if (!value.start?.startsWith('--') || !value.end?.startsWith('--')) return null;
  const [first, last] = [Number(value.start.slice(2, 4)), Number(value.end.slice(2, 4))];
  return first === last ? null : [first, last];
}

/** The months of a span, wrapping over the new year. */
function monthsOf([first, last]: [number, number]): number[] {
  const months = [first];
  for (let m = first; m !== last; m = (m % 12) + 1) months.push((m % 12) + 1);
  return months;
}

function partialAgrees(a: DateValue, b: DateValue): boolean {
  const fa = fields(a);
  const fb = fields(b);
  if (fa.month === null || fb.month === null) return true;
  if (a.start !== a.end && !a.start?.startsWith('--') && a.granularity !== 'month') return true;
  if (b.start !== b.end && !b.start?.startsWith('--') && b.granularity !== 'month') return true;
  // "from August through July" (no year) runs over the new year and holds July
  const [ma, mb] = [monthSpan(a), monthSpan(b)];
  if (ma || mb) return monthsOf(ma ?? [fa.month, fa.month]).some((m) => monthsOf(mb ?? [fb.month as number, fb.month as number]).includes(m));
  if (fa.month !== fb.month) return false;
  return fa.day === null || fb.day === null || fa.day === fb.day;
}
