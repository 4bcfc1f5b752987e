import type { DateValue } from '../types.js';
import type { DateMention } from './scan-dates.js';

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
 * Relative dates need the publication date.
 */
export function resolveDate(mention: DateMention, context: DateContext, future = false): ResolvedDate {
  const { published } = context;
  if (mention.relative) {
    if (!published) return { value: { start: null, end: null, granularity: mention.granularity }, inferred: false };
    return { value: resolveRelative(mention, parseIso(published), future), inferred: true };
  }
  const { month, day } = mention;
  if (mention.year !== null) return { value: interval(mention.year, month, day), inferred: false };
  if (month !== null && day !== null) {
    const stated = context.statedYears.get(monthDay(month, day));
    if (stated !== undefined) return { value: interval(stated, month, day), inferred: false };
  }
  if (month !== null && published) {
    const ref = parseIso(published);
    const after = month > ref.month || (month === ref.month && day !== null && day > ref.day);
    const before = month < ref.month || (month === ref.month && day !== null && day < ref.day);
    const year = future ? (before ? ref.year + 1 : ref.year) : after ? ref.year - 1 : ref.year;
    return { value: interval(year, month, day), inferred: true };
  }
  if (month !== null) {
    const partial = day === null ? `--${pad(month)}` : `--${monthDay(month, day)}`;
    return { value: { start: partial, end: partial, granularity: mention.granularity }, inferred: false };
  }
  return { value: { start: null, end: null, granularity: mention.granularity }, inferred: false };
}

// --- internal ---

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function monthDay(month: number, day: number): string {
  return `${pad(month)}-${pad(day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function parseIso(iso: string): Ymd {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function interval(year: number, month: number | null, day: number | null): DateValue {
  if (month === null) return { start: `${year}-01-01`, end: `${year}-12-31`, granularity: 'year' };
  if (day === null) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(last)}`, granularity: 'month' };
  }
  const date = iso(new Date(Date.UTC(year, month - 1, day)));
  return { start: date, end: date, granularity: 'day' };
}

function resolveRelative(mention: DateMention, ref: Ymd, future: boolean): DateValue {
  const relative = mention.relative;
  const base = new Date(Date.UTC(ref.year, ref.month - 1, ref.day));
  if (!relative) return interval(ref.year, ref.month, ref.day);
  if (relative.type === 'weekday') {
    const delta = relative.weekday - base.getUTCDay();
    // a bare "on Thursday" means the latest Thursday up to publication, or the next one in the future tense
    const direction = relative.direction ?? (future ? 1 : -1);
    const days = direction < 0 ? (delta > 0 ? delta - 7 : delta) : direction > 0 ? (delta < 0 ? delta + 7 : delta) : delta;
    const date = iso(new Date(base.getTime() + days * 86_400_000));
    return { start: date, end: date, granularity: 'day' };
  }
  switch (relative.unit) {
    case 'day': {
      const date = iso(new Date(base.getTime() + relative.amount * 86_400_000));
      return { start: date, end: date, granularity: 'day' };
    }
    case 'week': {
      const monday = base.getTime() - ((base.getUTCDay() + 6) % 7) * 86_400_000 + relative.amount * 7 * 86_400_000;
      return { start: iso(new Date(monday)), end: iso(new Date(monday + 6 * 86_400_000)), granularity: 'week' };
    }
    case 'month': {
      const first = new Date(Date.UTC(ref.year, ref.month - 1 + relative.amount, 1));
      return interval(first.getUTCFullYear(), first.getUTCMonth() + 1, null);
    }
    case 'year':
      return interval(ref.year + relative.amount, null, null);
  }
}
