/**
 * Whether two claims' values cannot both be true, judged by the test on its own rather than by the
 * reconciler's compare-values.ts, so that the fuzz suite checks the product instead of repeating
 * it. The judgement is deliberately looser than the product's: a conflict the reconciler reports
 * must clash here, while the reconciler may let pass what clashes here (it allows for rounding
 * and for the precision of a duration).
 *
 * Figures are compared in their dimension's base unit with the test's own unit table below
 * (factors from the units' legal definitions). Sums in dollars, euros and pounds compare through
 * the test's own rough rates, allowing CURRENCY_SLACK either way (less than the product allows, so
 * whatever the product calls a clash clashes here too). Units the table does not hold ("percentage
 * point", "fold", ages in "year", °C and °F, other currencies) compare only with the same unit: a
 * temperature scale has an offset, not a factor. Two bounds of one kind ("at least 600", "over
 * 900") never clash: the second only says more.
 */
import type { Claim, DateValue, NumberValue } from '../../src/types.js';

/** Whether two claims from different sources hold values that cannot both be true. */
export function clashes(a: Claim, b: Claim): boolean {
  if (a.source === b.source) return false;
  if (a.kind === 'number' && b.kind === 'number') return numbersClash(a.value, a.unit, b.value, b.unit);
  if (a.kind === 'date' && b.kind === 'date') return datesClash(a.value, b.value);
  return false;
}

/** Two figures clash when, in one base unit, their intervals do not meet, or two bounds of one kind name different figures. */
export function numbersClash(a: NumberValue, unitA: string | null, b: NumberValue, unitB: string | null): boolean {
  if (a.max === null && b.max === null) return false;
  if (a.min === null && b.min === null) return false;
  if (unitA !== unitB && unitA !== null && unitB !== null && DOLLARS[unitA] !== undefined && DOLLARS[unitB] !== undefined) {
    const [x, y] = [inDollars(a, DOLLARS[unitA]), inDollars(b, DOLLARS[unitB])];
    return (x.min !== null && y.max !== null && x.min > y.max) || (y.min !== null && x.max !== null && y.min > x.max);
  }
  const [ua, ub] = [baseUnit(unitA), baseUnit(unitB)];
  if (ua.dimension !== ub.dimension) return false;
  const [x, y] = [scale(a, ua.factor), scale(b, ub.factor)];
  const below = (low: number | null, high: number | null) => low !== null && high !== null && low > high && !same(low, high);
  return below(x.min, y.max) || below(y.min, x.max);
}

/** Two dates clash when their intervals (or month and day, without a year) do not meet. */
export function datesClash(a: DateValue, b: DateValue): boolean {
  if (a.start === null && b.start === null && a.relative && b.relative) return offsetsClash(a.relative, b.relative);
  // an unplaced weekday ("on Tuesday" in an undated article) agrees only with that weekday
  if (a.weekday !== undefined || b.weekday !== undefined) {
    const [wa, wb] = [weekdayOf(a), weekdayOf(b)];
    return wa !== null && wb !== null && wa !== wb;
  }
  if (!a.start || !a.end || !b.start || !b.end) return false;
  if (!a.start.startsWith('--') && !b.start.startsWith('--')) return a.start > b.end || b.start > a.end;
  // a year-less date: compare month and day only (a range over a year's end is taken as meeting anything)
  const monthDay = (iso: string, fill: string) => {
    const md = iso.startsWith('--') ? iso.slice(2) : iso.slice(5);
    return md.length === 2 ? `${md}-${fill}` : md;
  };
  const [aLow, aHigh, bLow, bHigh] = [monthDay(a.start, '00'), monthDay(a.end, '99'), monthDay(b.start, '00'), monthDay(b.end, '99')];
  if (aLow > aHigh || bLow > bHigh) return false;
  return aLow > bHigh || bLow > aHigh;
}

/** The dimension a unit measures, by the test's table ("length" for "km"); a unit the table lacks is a dimension of its own. */
export function dimensionOf(unit: string | null): string {
  return baseUnit(unit).dimension;
}

// --- internal ---

/** Rough dollars per unit: rates move from year to year, hence the slack. */
const DOLLARS: Record<string, number> = { USD: 1, EUR: 1.1, GBP: 1.28 };
const CURRENCY_SLACK = 0.15;

function inDollars(value: NumberValue, rate: number): NumberValue {
  return { min: value.min === null ? null : value.min * rate * (1 - CURRENCY_SLACK), max: value.max === null ? null : value.max * rate * (1 + CURRENCY_SLACK) };
}

interface BaseUnit {
  dimension: string;
  factor: number;
}

/** Days per unit of an unresolved relative date ("three months ago"); a month and a year are their average lengths. */
const OFFSET_DAYS = { day: 1, month: 365.25 / 12, year: 365.25 } as const;

const TABLE: Record<string, BaseUnit> = {
  // length, in metres (international yard and pound agreement, 1959)
  km: { dimension: 'length', factor: 1000 }, m: { dimension: 'length', factor: 1 }, dm: { dimension: 'length', factor: 0.1 },
  cm: { dimension: 'length', factor: 0.01 }, mm: { dimension: 'length', factor: 0.001 }, mi: { dimension: 'length', factor: 1609.344 },
  nmi: { dimension: 'length', factor: 1852 }, ft: { dimension: 'length', factor: 0.3048 }, in: { dimension: 'length', factor: 0.0254 },
  yd: { dimension: 'length', factor: 0.9144 },
  // mass, in kilograms (a "ton" is the short ton of 2,000 lb)
  kg: { dimension: 'mass', factor: 1 }, g: { dimension: 'mass', factor: 1e-3 }, mg: { dimension: 'mass', factor: 1e-6 },
  μg: { dimension: 'mass', factor: 1e-9 }, t: { dimension: 'mass', factor: 1000 }, ton: { dimension: 'mass', factor: 2000 * 0.45359237 },
  lb: { dimension: 'mass', factor: 0.45359237 }, oz: { dimension: 'mass', factor: 0.45359237 / 16 },
  // volume, in litres (US gallon of 231 cubic inches, oil barrel of 42 gallons)
  l: { dimension: 'volume', factor: 1 }, ml: { dimension: 'volume', factor: 1e-3 }, gal: { dimension: 'volume', factor: 3.785411784 },
  bbl: { dimension: 'volume', factor: 42 * 3.785411784 }, m3: { dimension: 'volume', factor: 1000 }, ft3: { dimension: 'volume', factor: 0.3048 ** 3 * 1000 },
  // area, in square metres
  m2: { dimension: 'area', factor: 1 }, km2: { dimension: 'area', factor: 1e6 }, mi2: { dimension: 'area', factor: 1609.344 ** 2 },
  ft2: { dimension: 'area', factor: 0.3048 ** 2 }, acre: { dimension: 'area', factor: 4046.8564224 }, ha: { dimension: 'area', factor: 1e4 },
  // speed, in km/h
  'km/h': { dimension: 'speed', factor: 1 }, mph: { dimension: 'speed', factor: 1.609344 }, 'm/s': { dimension: 'speed', factor: 3.6 },
  kn: { dimension: 'speed', factor: 1.852 },
  // shares, in percent: "one in four" is held as 0.25
  percent: { dimension: 'proportion', factor: 1 }, fraction: { dimension: 'proportion', factor: 100 },
  // durations, in days (a month and a year at their average lengths)
  sec: { dimension: 'time', factor: 1 / 86400 }, min: { dimension: 'time', factor: 1 / 1440 }, h: { dimension: 'time', factor: 1 / 24 },
  d: { dimension: 'time', factor: 1 }, wk: { dimension: 'time', factor: 7 }, mo: { dimension: 'time', factor: OFFSET_DAYS.month },
  yr: { dimension: 'time', factor: OFFSET_DAYS.year }, decade: { dimension: 'time', factor: 10 * OFFSET_DAYS.year },
  century: { dimension: 'time', factor: 100 * OFFSET_DAYS.year },
};

function baseUnit(unit: string | null): BaseUnit {
  if (unit === null) return { dimension: 'count', factor: 1 };
  return TABLE[unit] ?? { dimension: `only ${unit}`, factor: 1 };
}

function scale(value: NumberValue, factor: number): NumberValue {
  return { min: value.min === null ? null : value.min * factor, max: value.max === null ? null : value.max * factor };
}

/** Equal but for floating-point noise: the table's factors are exact, so 16 oz is 1 lb and 42 gallons a barrel. */
function same(x: number, y: number): boolean {
  return x === y || Math.abs(x - y) <= 1e-10 * Math.max(Math.abs(x), Math.abs(y));
}

/**
 * Two offsets from each article's own date clash when they differ by more than half the coarser
 * unit: "three months ago" is stated to the month, so it holds 90 days ago but not 35 years ago.
 */
function offsetsClash(a: NonNullable<DateValue['relative']>, b: NonNullable<DateValue['relative']>): boolean {
  const precision = Math.max(OFFSET_DAYS[a.unit], OFFSET_DAYS[b.unit]) / 2;
  return Math.abs(a.amount * OFFSET_DAYS[a.unit] - b.amount * OFFSET_DAYS[b.unit]) > precision;
}

/** 1 (Monday) to 7 (Sunday), for an unplaced weekday or one known day. */
function weekdayOf(value: DateValue): number | null {
  if (value.weekday !== undefined) return value.weekday;
  if (!value.start || value.start !== value.end || value.start.startsWith('--')) return null;
  return new Date(`${value.start}T00:00:00Z`).getUTCDay() || 7;
}
