import type { HolidayRule } from '../data/holidays.js';
import type { DateValue, Granularity } from '../types.js';
import { partOf, shiftDate, stretchFrom } from './date-parts.js';
import type { DateMention, Relative } from './scan-dates.js';

export interface ResolvedDate {
  value: DateValue;
  /** The year or the whole date came from the publication date rather than the text. */
  inferred: boolean;
}

/** What one article knows that fills in its incomplete dates. */
export interface DateContext {
  /** Publication date, ISO, or null. */
  published: string | null;
  /** Years the article itself gives a month-day ("10-07" → 2023), when it gives exactly one. */
  statedYears: Map<string, number>;
}

/** Collects the year each month-day has where the article writes it out in full. */
export function statedYears(mentions: DateMention[]): Map<string, number> {
  const years = new Map<string, Set<number>>();
  for (const m of mentions) {
    if (m.year === null || m.month === null || m.day === null) continue;
    const key = monthDay(m.month, m.day);
    years.set(key, (years.get(key) ?? new Set()).add(m.year));
  }
  const out = new Map<string, number>();
  for (const [key, set] of years) if (set.size === 1) out.set(key, [...set][0] as number);
  return out;
}

/**
 * Turns a mention into a date interval. A month-day without a year takes the year the same
 * article gives it, else the latest such day not after publication (news reports the past) or,
 * when the sentence speaks of the future, the next one; with neither it stays open (`--MM-DD`).
 * Relative and calendar-named dates ("next quarter", "last summer", "Easter") need the
 * publication date unless they name their year. A range spans from its start to its end.
 */
export function resolveDate(mention: DateMention, context: DateContext, future = false): ResolvedDate {
  // the calendar arithmetic holds for four-digit years; a publication date outside them resolves nothing
  const published = context.published && /^[1-9]\d{3}-/.test(context.published) ? context.published : null;
  const ranged = resolveRange(mention, { ...context, published }, future);
  const scoped = mention.within ? { ...ranged, value: partOf(ranged.value, mention.within) } : ranged;
  const shifted = mention.offset ? { ...scoped, value: shiftDate(scoped.value, mention.offset) } : scoped;
  const resolved = mention.lasting ? { ...shifted, value: stretchFrom(shifted.value, mention.lasting) } : shifted;
  const { start, end } = resolved.value;
  return [start, end].every((d) => d === null || /^(?:\d{4}|-)-\d{2}(?:-\d{2})?$/.test(d)) ? resolved : UNRESOLVED(mention.granularity);
}

// --- internal ---

function resolveRange(mention: DateMention, context: DateContext, future: boolean): ResolvedDate {
  if (!mention.until) return resolveOne(mention, context, future);
  // "from May to September" in the future tense: the stretch that has not yet ended, so its end decides the year
  if (future && mention.year === null && mention.until.year === null && mention.month !== null && mention.until.month !== null && mention.relative === null && mention.until.relative === null) {
    const endYear = Number(resolveOne(mention.until, context, true).value.end?.slice(0, 4));
    if (Number.isInteger(endYear)) {
      const startYear = mention.month > mention.until.month ? endYear - 1 : endYear;
      const ranged = resolveRange({ ...mention, year: startYear, until: { ...mention.until, year: endYear } }, context, future);
      return { ...ranged, inferred: true };
    }
  }
  const from = resolveOne(mention, context, future);
  let until = resolveOne({ ...mention.until, year: mention.until.year ?? mention.year }, context, future);
  // "between August and October", "from November to March": an end without a year of its own follows the start
  const fromYear = from.value.start ? Number(from.value.start.slice(0, 4)) : NaN;
  if (mention.until.year === null && mention.year === null && mention.until.month !== null && Number.isInteger(fromYear)) {
    const sameYear = resolveOne({ ...mention.until, year: fromYear }, context, future);
    until = sameYear.value.end !== null && from.value.start !== null && sameYear.value.end < from.value.start ? resolveOne({ ...mention.until, year: fromYear + 1 }, context, future) : sameYear;
    until = { ...until, inferred: true };
  }
  // "from August through July" with no year: a year-less span of months, which may run over the new year
  const months = /^--\d\d$/;
  if (months.test(from.value.start ?? '') && months.test(until.value.end ?? '') && from.value.start !== until.value.end) {
    return { value: { start: from.value.start, end: until.value.end, granularity: 'month' }, inferred: false };
  }
  if (!from.value.start || !until.value.end || from.value.start.startsWith('--') || until.value.end.startsWith('--') || until.value.end < from.value.start) return from;
  return { value: { start: from.value.start, end: until.value.end, granularity: from.value.granularity }, inferred: from.inferred || until.inferred };
}

interface Ymd {
  year: number;
  month: number;
  day: number;
}

const UNRESOLVED = (granularity: Granularity): ResolvedDate => ({ value: { start: null, end: null, granularity }, inferred: false });

function resolveOne(mention: DateMention, context: DateContext, future: boolean): ResolvedDate {
  const { published } = context;
  if (mention.relative) {
    const named = resolveNamed(mention.relative, published ? parseIso(published) : null, future);
    if (named) return named;
    if (!published) {
      const { relative } = mention;
      // "35 years ago" with no date to count from: keep the offset, comparable with another one
      // ("this year" is kept too: it is not last year; "today" is not, undated articles may be days apart)
      if (relative.type === 'offset' && (relative.unit === 'day' || relative.unit === 'month' || relative.unit === 'year') && (relative.amount !== 0 || relative.unit !== 'day') && !relative.part) {
        return { value: { start: null, end: null, granularity: mention.granularity, relative: { unit: relative.unit, amount: relative.amount } }, inferred: false };
      }
      // "on Tuesday" with no week to place it in: still a Tuesday, not a Wednesday
      if (relative.type === 'weekday' && relative.weeks === undefined) {
        return { value: { start: null, end: null, granularity: 'day', weekday: relative.weekday === 0 ? 7 : relative.weekday }, inferred: false };
      }
      return UNRESOLVED(mention.granularity);
    }
    return { value: resolveRelative(mention.relative, parseIso(published), future) ?? UNRESOLVED(mention.granularity).value, inferred: true };
  }
  const { month, day } = mention;
  if (mention.startsWeek) {
    const first = resolveOne({ ...mention, startsWeek: false, granularity: 'day' }, context, future);
    if (!first.value.start || first.value.start.startsWith('--')) return first;
    const start = new Date(`${first.value.start}T00:00:00Z`);
    return { value: { start: first.value.start, end: iso(new Date(start.getTime() + 6 * DAY)), granularity: 'week' }, inferred: first.inferred };
  }
  if (mention.year !== null) {
    if (month !== null && day !== null && day > daysInMonth(mention.year, month)) return UNRESOLVED(mention.granularity);
    if (mention.granularity === 'century') return { value: { start: `${pad4(mention.year)}-01-01`, end: `${pad4(mention.year + 99)}-12-31`, granularity: 'century' }, inferred: false };
    if (mention.granularity === 'decade') return { value: { start: `${mention.year}-01-01`, end: `${mention.year + 9}-12-31`, granularity: 'decade' }, inferred: false };
    return { value: interval(mention.year, month, day), inferred: false };
  }
  if (month !== null && day !== null) {
    // "Feb 30" is in no year
    if (day > daysInMonth(2000, month)) return UNRESOLVED(mention.granularity);
    const stated = context.statedYears.get(monthDay(month, day));
    if (stated !== undefined) return { value: interval(stated, month, day), inferred: false };
  }
  if (month !== null && published) {
    const ref = parseIso(published);
    const after = month > ref.month || (month === ref.month && day !== null && day > ref.day);
    const before = month < ref.month || (month === ref.month && day !== null && day < ref.day);
    let year = future ? (before ? ref.year + 1 : ref.year) : after ? ref.year - 1 : ref.year;
    // "Feb 29": the nearest leap year in the same direction
    while (day !== null && day > daysInMonth(year, month)) year += future ? 1 : -1;
    return { value: interval(year, month, day), inferred: true };
  }
  if (month !== null) {
    const partial = day === null ? `--${pad(month)}` : `--${monthDay(month, day)}`;
    return { value: { start: partial, end: partial, granularity: mention.granularity }, inferred: false };
  }
  return UNRESOLVED(mention.granularity);
}

/** Quarters, seasons and holidays of a year the text names need no publication date. */
function resolveNamed(relative: Relative, ref: Ymd | null, future: boolean): ResolvedDate | null {
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
      year = relative.yearOffset < 0 ? (compare(near(ref.year), ref) < 0 ? ref.year : ref.year - 1) : compare(near(ref.year), ref) > 0 ? ref.year : ref.year + 1;
    } else if (relative.yearOffset === null) {
      year = future ? (compare(near(ref.year), ref) >= 0 ? ref.year : ref.year + 1) : compare(near(ref.year), ref) <= 0 ? ref.year : ref.year - 1;
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
  if (offset < 0) return compare(ends(ref.year), ref) <= 0 ? ref.year : ref.year - 1;
  if (offset > 0) return compare(begins(ref.year), ref) > 0 ? ref.year : ref.year + 1;
  return future ? (compare(ends(ref.year), ref) > 0 ? ref.year : ref.year + 1) : compare(begins(ref.year), ref) <= 0 ? ref.year : ref.year - 1;
}

function partInterval(part: 'quarter' | 'half' | 'season', index: number, year: number): DateValue {
  if (part === 'season') {
    const start = new Date(Date.UTC(year, index - 1, 1));
    const end = new Date(Date.UTC(year, index + 2, 0));
    return { start: iso(start), end: iso(end), granularity: 'season' };
  }
  const months = part === 'quarter' ? 3 : 6;
  const first = (index - 1) * months;
  return { start: iso(new Date(Date.UTC(year, first, 1))), end: iso(new Date(Date.UTC(year, first + months, 0))), granularity: part };
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

const DAY = 86_400_000;

function compare(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function dayValue(d: Ymd): DateValue {
  const s = `${d.year}-${pad(d.month)}-${pad(d.day)}`;
  return { start: s, end: s, granularity: 'day' };
}

function monthDay(month: number, day: number): string {
  return `${pad(month)}-${pad(day)}`;
}

function pad4(year: number): string {
  return String(year).padStart(4, '0');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function parseIso(value: string): Ymd {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function interval(year: number, month: number | null, day: number | null): DateValue {
  if (month === null) return { start: `${year}-01-01`, end: `${year}-12-31`, granularity: 'year' };
  if (day === null) {
    const last = daysInMonth(year, month);
    return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(last)}`, granularity: 'month' };
  }
  const date = iso(new Date(Date.UTC(year, month - 1, day)));
  return { start: date, end: date, granularity: 'day' };
}

function resolveRelative(relative: Relative, ref: Ymd, future: boolean): DateValue | null {
  const base = new Date(Date.UTC(ref.year, ref.month - 1, ref.day));
  const monday = base.getTime() - ((base.getUTCDay() + 6) % 7) * DAY;
  switch (relative.type) {
    case 'weekday': {
      if (relative.weeks !== undefined) {
        const date = iso(new Date(monday + (relative.weeks * 7 + ((relative.weekday + 6) % 7)) * DAY));
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
      const date = iso(new Date(base.getTime() + days * DAY));
      return { start: date, end: date, granularity: 'day' };
    }
    case 'weekend': {
      const weekday = base.getUTCDay();
      const amount = weekday === 6 || weekday === 0 || future ? 0 : -1;
      return offsetInterval('weekend', amount, ref, base, monday);
    }
    case 'monthday': {
      const date = iso(nearestMonthDay(ref, relative.day, relative.weekday));
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
        return { start: iso(new Date(Date.UTC(ref.year, first * 3, 1))), end: iso(new Date(Date.UTC(ref.year, last * 3 + 3, 0))), granularity: 'quarter' };
      }
      if (relative.unit === 'businessday') return businessDays(base, relative.amount);
      const unitDays = { day: 1, week: 7, month: 0, year: 0 }[relative.unit as 'day' | 'week' | 'month' | 'year'];
      const shifted = (amount: number) =>
        unitDays ? new Date(base.getTime() + amount * unitDays * DAY) : new Date(Date.UTC(ref.year + (relative.unit === 'year' ? amount : 0), ref.month - 1 + (relative.unit === 'month' ? amount : 0), ref.day));
      // "the next 3 days" starts tomorrow, "the past 3 days" ends yesterday
      return relative.amount < 0
        ? { start: iso(shifted(relative.amount)), end: iso(new Date(base.getTime() - DAY)), granularity: 'day' }
        : { start: iso(new Date(base.getTime() + DAY)), end: iso(shifted(relative.amount)), granularity: 'day' };
    }
    case 'offset': {
      const whole = offsetInterval(relative.unit, relative.amount, ref, base, monday);
      return relative.part ? narrow(whole, relative.part, base) : whole;
    }
    default:
      return null;
  }
}

/** "the next 4 business days": weekdays from tomorrow, or back from yesterday for a negative count. */
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
  return { start: iso(new Date(start)), end: iso(new Date(end)), granularity: 'day' };
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
 * "the start of the year" its first half.
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
      return { start: whole.start, end: iso(new Date(inside ? today : middle - DAY)), granularity: 'day' };
    case 'later':
      return { start: iso(new Date(inside ? Math.max(middle, today) : middle)), end: whole.end, granularity: 'day' };
    case 'end':
      return { start: iso(new Date(middle)), end: whole.end, granularity: 'day' };
    case 'start':
      return { start: whole.start, end: iso(new Date(middle - DAY)), granularity: 'day' };
  }
}

function offsetInterval(unit: string, amount: number, ref: Ymd, base: Date, monday: number): DateValue {
  switch (unit) {
    case 'day': {
      const date = iso(new Date(base.getTime() + amount * DAY));
      return { start: date, end: date, granularity: 'day' };
    }
    case 'week': {
      const start = monday + amount * 7 * DAY;
      return { start: iso(new Date(start)), end: iso(new Date(start + 6 * DAY)), granularity: 'week' };
    }
    case 'weekend': {
      const saturday = monday + (amount * 7 + 5) * DAY;
      return { start: iso(new Date(saturday)), end: iso(new Date(saturday + DAY)), granularity: 'day' };
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
