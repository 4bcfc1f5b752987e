import type { DateValue } from '../../types.js';

/**
 * Calendar arithmetic on UTC days, shared by resolution and the parts of dates: ISO days
 * (`YYYY-MM-DD`), milliseconds and year-month-day records.
 */

/** One day in milliseconds. */
export const DAY = 86_400_000;

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** The ISO day (`YYYY-MM-DD`) of a time in milliseconds or a Date. */
export function isoDay(time: number | Date): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The time of an ISO day's midnight (UTC), in milliseconds. */
export function timeOf(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** Whether a value is a whole ISO day (not a year-less `--MM-DD` nor null). */
export function isFullDay(day: string | null): day is string {
  return day !== null && /^\d{4}-\d{2}-\d{2}$/.test(day);
}

/** The Monday that opens the week of a time. */
export function mondayOf(time: number): number {
  return time - ((new Date(time).getUTCDay() + 6) % 7) * DAY;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function compareDays(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function parseIso(value: string): Ymd {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function pad4(year: number): string {
  return String(year).padStart(4, '0');
}

/** "MM-DD", the key of a day of the year. */
export function monthDay(month: number, day: number): string {
  return `${pad(month)}-${pad(day)}`;
}

/** A year (month null), a month (day null) or a day as an interval of ISO days. */
export function interval(year: number, month: number | null, day: number | null): DateValue {
  if (month === null) return { start: `${year}-01-01`, end: `${year}-12-31`, granularity: 'year' };
  if (day === null) {
    const last = daysInMonth(year, month);
    return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(last)}`, granularity: 'month' };
  }
  const date = isoDay(Date.UTC(year, month - 1, day));
  return { start: date, end: date, granularity: 'day' };
}

/** One day as an interval. */
export function dayValue(d: Ymd): DateValue {
  const s = `${d.year}-${pad(d.month)}-${pad(d.day)}`;
  return { start: s, end: s, granularity: 'day' };
}
