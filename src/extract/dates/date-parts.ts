import type { DateValue } from '../../types.js';
import { DAY, isFullDay, isoDay, mondayOf, timeOf } from './calendar.js';
import type { DateMention } from './date-mention.js';

/**
 * The part of a resolved date that "the third week of", "the last five months of" or "the
 * first ten days of" names. Weeks run Monday to Sunday and belong to the year or month that
 * holds their Thursday, so the weeks of a year are its ISO weeks.
 */
export function partOf(whole: DateValue, within: NonNullable<DateMention['within']>): DateValue {
  if (!isFullDay(whole.start) || !isFullDay(whole.end)) return whole;
  const first = timeOf(whole.start);
  const last = timeOf(whole.end);
  const { unit, from, index, count } = within;
  if (unit === 'day') {
    const start = from === 'start' ? first + (index - 1) * DAY : last - (index - 1 + count - 1) * DAY;
    return { start: isoDay(start), end: isoDay(Math.min(start + (count - 1) * DAY, last)), granularity: 'day' };
  }
  if (unit === 'month') {
    const year = Number(whole.start.slice(0, 4));
    const opening = from === 'start' ? Number(whole.start.slice(5, 7)) + index - 1 : Number(whole.end.slice(5, 7)) - (index - 1) - (count - 1);
    const start = Date.UTC(year, opening - 1, 1);
    const end = Date.UTC(year, opening - 1 + count, 0);
    return { start: isoDay(start), end: isoDay(end), granularity: 'month' };
  }
  // a week belongs where its Thursday falls, as ISO weeks belong to years
  const firstMonday = mondayOf(first + 3 * DAY);
  const lastMonday = mondayOf(last - 3 * DAY);
  const start = from === 'start' ? firstMonday + (index - 1) * 7 * DAY : lastMonday - (index - 1 + count - 1) * 7 * DAY;
  return { start: isoDay(start), end: isoDay(start + (count * 7 - 1) * DAY), granularity: count === 1 ? 'week' : 'day' };
}

/** A resolved date moved by "three days after", "two months before": whole months and years keep the day. */
export function shiftDate(value: DateValue, offset: NonNullable<DateMention['offset']>): DateValue {
  if (!isFullDay(value.start) || !isFullDay(value.end)) return value;
  const move = (day: string): string => {
    if (offset.unit === 'day') return isoDay(timeOf(day) + offset.amount * DAY);
    const months = offset.unit === 'year' ? offset.amount * 12 : offset.amount;
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const target = new Date(Date.UTC(y, m - 1 + months, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    return isoDay(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, lastDay)));
  };
  return { ...value, start: move(value.start), end: move(value.end) };
}

/** "for three days from Monday": the days from the date's start up to the day before the distance is reached. */
export function stretchFrom(value: DateValue, lasting: NonNullable<DateMention['lasting']>): DateValue {
  if (!isFullDay(value.start)) return value;
  const after = shiftDate({ ...value, end: value.start }, lasting);
  return { start: value.start, end: isoDay(timeOf(after.start as string) - DAY), granularity: 'day' };
}
