import type { DateValue, NumberValue } from '../types.js';

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

/** The weekday (1 = Monday) of an unplaced weekday or of one known day; null for anything else. */
export function weekdayOf(value: DateValue): number | null {
  if (value.weekday !== undefined) return value.weekday;
  if (value.granularity !== 'day' || !value.start || value.start !== value.end || value.start.startsWith('--')) return null;
  const day = new Date(`${value.start}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export interface Fields {
  year: number | null;
  month: number | null;
  day: number | null;
}

export function fields(value: DateValue): Fields {
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

// --- internal ---

const UNIT_DAYS = { day: 1, month: 30.44, year: 365.25 } as const;

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
