import type { HolidayRule } from '../../data/holidays.js';
import type { DateValue } from '../../types.js';
import { compareDays, DAY, dayValue, isoDay, type Ymd } from './calendar.js';
import type { Relative, ResolvedDate } from './date-mention.js';

/** Quarters, seasons and holidays of a year the text names need no publication date. */
export function resolveNamed(relative: Relative, ref: Ymd | null, future: boolean): ResolvedDate | null {
  if (relative.type === 'part') {
    const year = relative.year ?? (ref ? partYear(relative, ref, future) : null);
    if (year === null) return null;
    return { value: partInterval(relative.part, relative.index, year), inferred: relative.year === null };
  }
  if (relative.type === 'holiday') {
    if (relative.year !== null) return { value: dayValue(holidayDate(relative.rule, relative.year)), inferred: false };
    if (!ref) return null;
    const near = (year: number) => holidayDate(relative.rule, year);
    let year = ref.year;
    if (relative.yearOffset !== null && relative.yearOffset !== 0) {
      // "last Christmas": the latest one before the reference; "next Easter": the first after it
      year = relative.yearOffset < 0 ? (compareDays(near(ref.year), ref) < 0 ? ref.year : ref.year - 1) : compareDays(near(ref.year), ref) > 0 ? ref.year : ref.year + 1;
    } else if (relative.yearOffset === null) {
      year = future ? (compareDays(near(ref.year), ref) >= 0 ? ref.year : ref.year + 1) : compareDays(near(ref.year), ref) <= 0 ? ref.year : ref.year - 1;
    }
    return { value: dayValue(near(year)), inferred: true };
  }
  return null;
}

function partYear(relative: Extract<Relative, { type: 'part' }>, ref: Ymd, future: boolean): number {
  const offset = relative.yearOffset ?? 0;
  if (relative.part !== 'season') return ref.year + offset;
  // seasons: "last summer" is the latest summer that has ended, "next winter" the first to come
  const startMonth = relative.index;
  const begins = (year: number) => ({ year, month: startMonth, day: 1 });
  const ends = (year: number) => ({ year: startMonth === 12 ? year + 1 : year, month: startMonth === 12 ? 3 : startMonth + 3, day: 1 });
  if (offset < 0) return compareDays(ends(ref.year), ref) <= 0 ? ref.year : ref.year - 1;
  if (offset > 0) return compareDays(begins(ref.year), ref) > 0 ? ref.year : ref.year + 1;
  return future ? (compareDays(ends(ref.year), ref) > 0 ? ref.year : ref.year + 1) : compareDays(begins(ref.year), ref) <= 0 ? ref.year : ref.year - 1;
}

export function partInterval(part: 'quarter' | 'half' | 'season', index: number, year: number): DateValue {
  if (part === 'season') {
    const start = new Date(Date.UTC(year, index - 1, 1));
    const end = new Date(Date.UTC(year, index + 2, 0));
    return { start: isoDay(start), end: isoDay(end), granularity: 'season' };
  }
  const months = part === 'quarter' ? 3 : 6;
  const first = (index - 1) * months;
  return { start: isoDay(Date.UTC(year, first, 1)), end: isoDay(Date.UTC(year, first + months, 0)), granularity: part };
}

function easter(year: number): Date {
  // the anonymous Gregorian algorithm (Meeus/Jones/Butcher)
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

function holidayDate(rule: HolidayRule, year: number): Ymd {
  let date: Date;
  if (rule.kind === 'fixed') date = new Date(Date.UTC(year, rule.month - 1, rule.day));
  else if (rule.kind === 'easter') date = new Date(easter(year).getTime() + rule.offset * DAY);
  else {
    if (rule.nth > 0) {
      const first = new Date(Date.UTC(year, rule.month - 1, 1));
      const delta = (rule.weekday - first.getUTCDay() + 7) % 7;
      date = new Date(first.getTime() + (delta + (rule.nth - 1) * 7) * DAY);
    } else {
      const last = new Date(Date.UTC(year, rule.month, 0));
      const delta = (last.getUTCDay() - rule.weekday + 7) % 7;
      date = new Date(last.getTime() - delta * DAY);
    }
    date = new Date(date.getTime() + (rule.offset ?? 0) * DAY);
  }
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
