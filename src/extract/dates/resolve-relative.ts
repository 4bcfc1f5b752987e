import type { DateValue } from '../../types.js';
import { DAY, interval, isoDay, mondayOf, type Ymd } from './calendar.js';
import type { Relative } from './date-mention.js';
import { partInterval } from './resolve-named.js';

/** The dates a relative mention covers from the reference day `ref`; `future` when the sentence speaks of what is to come. */
export function resolveRelative(relative: Relative, ref: Ymd, future: boolean): DateValue | null {
  const base = new Date(Date.UTC(ref.year, ref.month - 1, ref.day));
  const monday = mondayOf(base.getTime());
  switch (relative.type) {
    case 'weekday': {
      if (relative.weeks !== undefined) {
        const date = isoDay(monday + (relative.weeks * 7 + ((relative.weekday + 6) % 7)) * DAY);
        return { start: date, end: date, granularity: 'day' };
      }
      const delta = relative.weekday - base.getUTCDay();
      // a bare "on Thursday" is the latest Thursday up to publication, or the next one in the future
      // tense; "last Thursday" and "next Thursday" are never the reference day itself
      const strict = relative.direction !== null;
      const direction = relative.direction ?? (future ? 1 : -1);
      let days = delta;
      if (direction < 0) days = delta > 0 || (strict && delta === 0) ? delta - 7 : delta;
      if (direction > 0) days = delta < 0 || (strict && delta === 0) ? delta + 7 : delta;
      const date = isoDay(base.getTime() + days * DAY);
      return { start: date, end: date, granularity: 'day' };
    }
    case 'weekend': {
      const weekday = base.getUTCDay();
      const amount = weekday === 6 || weekday === 0 || future ? 0 : -1;
      return offsetInterval('weekend', amount, ref, base, monday);
    }
    case 'monthday': {
      const date = isoDay(nearestMonthDay(ref, relative.day, relative.weekday));
      return { start: date, end: date, granularity: 'day' };
    }
    case 'monthname': {
      const year = relative.amount < 0 ? (relative.month < ref.month ? ref.year : ref.year - 1) : relative.amount > 0 ? (relative.month > ref.month ? ref.year : ref.year + 1) : ref.year;
      return interval(year, relative.month, null);
    }
    case 'span': {
      if (relative.unit === 'quarter') {
        const current = Math.floor((ref.month - 1) / 3);
        const first = relative.amount < 0 ? current + relative.amount : current + 1;
        const last = relative.amount < 0 ? current - 1 : current + relative.amount;
        return { start: isoDay(Date.UTC(ref.year, first * 3, 1)), end: isoDay(Date.UTC(ref.year, last * 3 + 3, 0)), granularity: 'quarter' };
      }
      if (relative.unit === 'businessday') return businessDays(base, relative.amount);
      const unitDays = { day: 1, week: 7, month: 0, year: 0 }[relative.unit as 'day' | 'week' | 'month' | 'year'];
      const shifted = (amount: number) =>
        unitDays ? new Date(base.getTime() + amount * unitDays * DAY) : new Date(Date.UTC(ref.year + (relative.unit === 'year' ? amount : 0), ref.month - 1 + (relative.unit === 'month' ? amount : 0), ref.day));
      // "the next 3 days" starts tomorrow, "the past 3 days" ends yesterday
      return relative.amount < 0
        ? { start: isoDay(shifted(relative.amount)), end: isoDay(base.getTime() - DAY), granularity: 'day' }
        : { start: isoDay(base.getTime() + DAY), end: isoDay(shifted(relative.amount)), granularity: 'day' };
    }
    case 'offset': {
      const whole = offsetInterval(relative.unit, relative.amount, ref, base, monday);
      return relative.part ? narrow(whole, relative.part, base) : whole;
    }
    default:
      return null;
  }
}

/** "the next 6 business days": weekdays from tomorrow, or back from yesterday for a negative count. */
function businessDays(base: Date, amount: number): DateValue {
  const step = Math.sign(amount) * DAY;
  let day = base.getTime();
  let first: number | null = null;
  for (let counted = 0; counted < Math.abs(amount); ) {
    day += step;
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    first ??= day;
    counted++;
  }
  const [start, end] = amount < 0 ? [day, first ?? day] : [first ?? day, day];
  return { start: isoDay(start), end: isoDay(end), granularity: 'day' };
}

/** That day of the reference month, or of the nearest month where it exists and falls on the weekday. */
function nearestMonthDay(ref: Ymd, day: number, weekday: number | undefined): Date {
  for (const offset of [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6, -7, 7, -8, 8, -9, 9, -10, 10, -11, 11]) {
    const date = new Date(Date.UTC(ref.year, ref.month - 1 + offset, day));
    if (date.getUTCDate() !== day) continue;
    if (weekday === undefined || date.getUTCDay() === weekday) return date;
  }
  return new Date(Date.UTC(ref.year, ref.month - 1, day));
}

/**
 * Part of a period: "earlier this month" runs up to the reference day; "later this year" and
 * "the end of the week" are its second half (from the reference day itself when that is later);
 * "the start of the month" its first half.
 */
function narrow(whole: DateValue, part: 'earlier' | 'later' | 'end' | 'start', base: Date): DateValue {
  if (!whole.start || !whole.end) return whole;
  const start = new Date(`${whole.start}T00:00:00Z`).getTime();
  const end = new Date(`${whole.end}T00:00:00Z`).getTime();
  const days = Math.round((end - start) / DAY) + 1;
  // the second half starts on the 16th of a month, on Thursday of a week, on July 1 of a year
  const middle =
    whole.granularity === 'year' ? new Date(`${whole.start.slice(0, 4)}-07-01T00:00:00Z`).getTime()
    : whole.granularity === 'month' ? new Date(`${whole.start.slice(0, 7)}-16T00:00:00Z`).getTime()
    : start + Math.floor(days / 2) * DAY;
  const today = base.getTime();
  const inside = today >= start && today <= end;
  switch (part) {
    case 'earlier':
      return { start: whole.start, end: isoDay(inside ? today : middle - DAY), granularity: 'day' };
    case 'later':
      return { start: isoDay(inside ? Math.max(middle, today) : middle), end: whole.end, granularity: 'day' };
    case 'end':
      return { start: isoDay(middle), end: whole.end, granularity: 'day' };
    case 'start':
      return { start: whole.start, end: isoDay(middle - DAY), granularity: 'day' };
  }
}

function offsetInterval(unit: string, amount: number, ref: Ymd, base: Date, monday: number): DateValue {
  switch (unit) {
    case 'day': {
      const date = isoDay(base.getTime() + amount * DAY);
      return { start: date, end: date, granularity: 'day' };
    }
    case 'week': {
      const start = monday + amount * 7 * DAY;
      return { start: isoDay(start), end: isoDay(start + 6 * DAY), granularity: 'week' };
    }
    case 'weekend': {
      const saturday = monday + (amount * 7 + 5) * DAY;
      return { start: isoDay(saturday), end: isoDay(saturday + DAY), granularity: 'day' };
    }
    case 'month': {
      const first = new Date(Date.UTC(ref.year, ref.month - 1 + amount, 1));
      return interval(first.getUTCFullYear(), first.getUTCMonth() + 1, null);
    }
    case 'quarter': {
      const index = Math.floor((ref.month - 1) / 3) + amount;
      const year = ref.year + Math.floor(index / 4);
      return partInterval('quarter', (((index % 4) + 4) % 4) + 1, year);
    }
    case 'half': {
      const index = Math.floor((ref.month - 1) / 6) + amount;
      return partInterval('half', (((index % 2) + 2) % 2) + 1, ref.year + Math.floor(index / 2));
    }
    case 'decade': {
      const start = Math.floor(ref.year / 10) * 10 + amount * 10;
      return { start: `${start}-01-01`, end: `${start + 9}-12-31`, granularity: 'decade' };
    }
    default:
      return interval(ref.year + amount, null, null);
  }
}
