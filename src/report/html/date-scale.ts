import type { DateValue } from '../../types.js';

/** A date's span in UTC day numbers: `from` its first day, `to` the day after its last. */
export interface DaySpan {
  from: number;
  to: number;
  /** The year was not stated ("October 7" in an undated article) and was taken from the other claims. */
  borrowedYear: boolean;
}

const DAY_MS = 86_400_000;

/** The UTC day number of an ISO date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), or null. */
export function dayOf(iso: string): number | null {
  const m = /^(-?\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const date = new Date(0);
  date.setUTCFullYear(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1));
  const time = date.getTime();
  return Number.isFinite(time) ? Math.round(time / DAY_MS) : null;
}

/** The ISO date of a UTC day number. */
export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Where a date value lies on a timeline. A year-less date ("--10-07") takes `year` (the year of
 * the claims it is compared with); with none, or for a relative date no publication date
 * resolves, it cannot be placed: null.
 */
export function daySpan(value: DateValue, year: number | null): DaySpan | null {
  if (value.start === null || value.end === null) return null;
  const borrowedYear = value.start.startsWith('--');
  if (borrowedYear && year === null) return null;
  const place = (iso: string) => (borrowedYear ? `${isoYear(year as number)}-${iso.slice(2)}` : iso);
  const from = dayOf(place(value.start));
  const last = dayOf(place(value.end));
  if (from === null || last === null) return null;
  // a month-only end ("--10") runs to the month's last day
  const to = /^-?\d{4,}-\d{2}$/.test(place(value.end)) ? monthAfter(last) : last + 1;
  return { from, to: Math.max(to, from + 1), borrowedYear };
}

/**
 * The year to draw year-less dates in: the year most of the dated claims share (earliest on a
 * tie), preferring claims of the same month and day; null when no claim states a year.
 */
export function borrowedYear(yearless: DateValue, others: DateValue[]): number | null {
  const dated = others.filter((v) => v.start !== null && /^-?\d{4}/.test(v.start));
  const monthDay = (yearless.start ?? '').slice(2);
  const same = dated.filter((v) => (v.start ?? '').slice(5, 5 + monthDay.length) === monthDay);
  const pool = same.length > 0 ? same : dated;
  const counts = new Map<number, number>();
  for (const v of pool) {
    const year = Number(/^-?\d{4,}/.exec(v.start ?? '')?.[0]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return ranked[0]?.[0] ?? null;
}

/** Gridlines for a timeline from day `low` to day `high`: years, months or days, at most about eight. */
export function dateTicks(low: number, high: number): Array<{ day: number; label: string }> {
  const days = high - low;
  if (days > 3 * 366) return yearTicks(low, high);
  if (days > 60) return monthTicks(low, high);
  const step = [1, 2, 7, 14].find((s) => days / s <= 8) ?? 14;
  const ticks: Array<{ day: number; label: string }> = [];
  for (let d = Math.ceil(low); d <= high; d += step) ticks.push({ day: d, label: dayLabel(d) });
  return ticks;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "7 Oct 2023". */
export function dayLabel(day: number, withYear = false): string {
  const [y, m, d] = isoOf(day).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]}${withYear ? ` ${y}` : ''}`;
}

// --- internal ---

function isoYear(year: number): string {
  return `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
}

function monthAfter(day: number): number {
  const date = new Date(day * DAY_MS);
  date.setUTCMonth(date.getUTCMonth() + 1, 1);
  return Math.round(date.getTime() / DAY_MS);
}

function yearTicks(low: number, high: number): Array<{ day: number; label: string }> {
  const first = new Date(low * DAY_MS).getUTCFullYear() + 1;
  const last = new Date(high * DAY_MS).getUTCFullYear();
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find((s) => (last - first) / s <= 8) ?? 1000;
  const ticks: Array<{ day: number; label: string }> = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push({ day: dayOf(isoYear(y)) as number, label: String(y) });
  return ticks;
}

function monthTicks(low: number, high: number): Array<{ day: number; label: string }> {
  const step = [1, 2, 3, 6].find((s) => (high - low) / 30.4 / s <= 6) ?? 6;
  const ticks: Array<{ day: number; label: string }> = [];
  const date = new Date(low * DAY_MS);
  do date.setUTCMonth(date.getUTCMonth() + 1, 1);
  while (date.getUTCMonth() % step !== 0);
  for (; date.getTime() / DAY_MS <= high; date.setUTCMonth(date.getUTCMonth() + step, 1)) {
    const month = date.getUTCMonth();
    ticks.push({ day: Math.round(date.getTime() / DAY_MS), label: month === 0 || ticks.length === 0 ? `${MONTHS[month]} ${date.getUTCFullYear()}` : MONTHS[month] as string });
  }
  return ticks;
}
