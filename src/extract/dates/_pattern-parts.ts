import { AMBIGUOUS_CALENDAR_WORDS, DATE_COUNT_WORDS, DIRECTION_WORDS, MONTHS, MONTH_LEAD_WORDS, MONTH_WORDS, WEEKDAYS, WEEKDAY_WORDS, YEAR_PREPOSITIONS } from '../../data/calendar.js';
import { HOLIDAYS } from '../../data/holidays.js';
import { DAY_ORDINALS } from '../../data/number-words.js';
import { UNIT_SPELLINGS } from '../../data/units.js';
import type { Granularity } from '../../types.js';
import { countOf, dayWordsOf } from '../number-words.js';
import type { DateMention, Unit } from './date-mention.js';

/** Reads one match of a pattern; null when the match is no date after all. */
export type Reader = (match: RegExpMatchArray, text: string) => DateMention | null;

/**
 * A date pattern: `needs` is a cheap test a paragraph must pass before `regex` runs on it. With
 * `cues`, words of which every match of `needs` holds one (case aside), `needs` is tried only on a
 * paragraph where the one pre-scan for date words (_cues.ts) found one of them.
 */
export interface DatePattern {
  needs: RegExp;
  cues?: readonly string[];
  regex: RegExp;
  read: Reader;
}

// regex fragments the patterns share; named groups say what each part is
export const MONTH_NAMES = MONTH_WORDS.join('|');
export const MONTH = String.raw`(?<month>${MONTH_NAMES})\.?`;
export const MONTH2 = String.raw`(?<month2>${MONTH_NAMES})\.?`;
export const DAY = String.raw`(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])`;
export const NTH_DAY = String.raw`(?:twenty|thirty)[\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|${DAY_ORDINALS.join('|')}`;
export const ORDINAL = String.raw`(?<ordinal>${NTH_DAY})\b`;
export const CARDINAL_DAY = String.raw`(?<cardinal>(?:twenty|thirty)[\s-]?(?:one|two|three|four|five|six|seven|eight|nine)|${['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty'].join('|')})\b`;
export const YEAR = String.raw`(?<year>1[5-9]\d\d|20\d\d|2100)(?![\d%])`;
export const WEEKDAY = String.raw`(?<weekday>${WEEKDAY_WORDS.join('|')})\.?`;
export const COUNT = String.raw`(?<count>\d{1,3}|${DATE_COUNT_WORDS.join('|')})`;
export const UNIT = String.raw`(?<unit>days?|weeks?|fortnights?|months?|years?|decades?|quarters?|hours?|minutes?|mins?|hrs?)`;
export const THIS_NEXT = String.raw`(?<which>${DIRECTION_WORDS.join('|')})`;

export const YEAR_LEAD = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${YEAR_PREPOSITIONS.map((p) => p.replace(' ', String.raw`\s+`)).join('|')})[\s-]+(?:the\s+(?:year\s+)?)?$`,
  'iu',
);
export const MONTH_LEAD = new RegExp(String.raw`(?:^|[^\p{L}])(?:${MONTH_LEAD_WORDS.join('|')})[\s-]+$`, 'iu');
export const DASHED_MONTH = new RegExp(String.raw`^\s?[-–]\s?(?:${MONTH_NAMES})\b`, 'iu');
export const AMBIGUOUS = new Set(AMBIGUOUS_CALENDAR_WORDS);

export const HOLIDAY_NAMES = Object.keys(HOLIDAYS).sort((a, b) => b.length - a.length).map((h) => h.replace(/'/g, "['’]?").replace(/ /g, String.raw`\s+`)).join('|');
export const HOLIDAY_HINT = new RegExp(String.raw`\b(?:${HOLIDAY_NAMES})`, 'iu');
/** The first word of each holiday's name, before a space or an apostrophe: a match of HOLIDAY_HINT holds one. */
export const HOLIDAY_CUES = [...new Set(Object.keys(HOLIDAYS).map((h) => h.split(/[ ']/)[0] as string))];
export const MONTH_HINT = new RegExp(String.raw`\b(?:${MONTH_NAMES})(?![a-z])`, 'i');
export const WEEKDAY_HINT = /mon|tue|wed|thu|fri|sat|sun/i;

export function monthOf(name: string | undefined): number | null {
  return name ? (MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null) : null;
}

export function weekdayOf(name: string | undefined): number | null {
  if (!name) return null;
  const lower = name.toLowerCase().replace(/\.$/, '');
  const full = Object.keys(WEEKDAYS).find((w) => w.startsWith(lower.slice(0, 3)));
  return full === undefined ? null : (WEEKDAYS[full] as number);
}

/** The day a match gives in digits (`day`) or words (`ordinal`, `cardinal`), or null. */
export function dayOf(groups: Record<string, string | undefined>): number | null {
  if (groups.day) return Number(groups.day);
  const word = groups.ordinal ?? groups.cardinal;
  return word ? (dayWordsOf(word) ?? null) : null;
}

export function validDay(day: number | null): day is number {
  return day !== null && day >= 1 && day <= 31;
}

/** The offsets of a match, or of `inner`, the part of it that is the date. */
export function span(match: RegExpMatchArray, inner?: string): { start: number; end: number } {
  const text = inner ?? match[0];
  const start = (match.index ?? 0) + match[0].indexOf(text);
  return { start, end: start + text.length };
}

export function open(granularity: Granularity): Pick<DateMention, 'year' | 'month' | 'day' | 'granularity'> {
  return { year: null, month: null, day: null, granularity };
}

export const day = (y: number | null, m: number | null, d: number): Pick<DateMention, 'year' | 'month' | 'day' | 'granularity'> => ({ year: y, month: m, day: d, granularity: 'day' });

/** A month name written in lower case ("may", "march") is a month only next to a day or a year. */
export function plausibleMonth(name: string, hasDayOrYear: boolean): boolean {
  const lower = name.toLowerCase().replace(/\.$/, '');
  return hasDayOrYear || !AMBIGUOUS.has(lower) || /^\p{Lu}/u.test(name);
}

export function twoDigitYear(yy: string): number {
  const n = Number(yy);
  return n < 50 ? 2000 + n : 1900 + n;
}

/** -1 for "last", "past", "previous"; +1 for "next", "coming", "following"; 0 otherwise. */
export function whichAmount(which: string | undefined): number {
  const w = (which ?? '').toLowerCase().replace(/^the\s+/, '');
  if (/^(next|coming|following)$/.test(w)) return 1;
  if (/^(last|past|previous)$/.test(w)) return -1;
  return 0;
}

/** Whether "1/4" at start..end is a fraction ("1/4 mile", "12 1/2 miles", "3/4 of the vote"). */
export function isFraction(text: string, start: number, end: number): boolean {
  if (/\d\s+$/.test(text.slice(Math.max(0, start - 4), start))) return true;
  const next = /^\s*(\p{L}+)(?:\s+(\p{L}+))?/u.exec(text.slice(end, end + 24));
  const word = next?.[1]?.toLowerCase() ?? '';
  return UNIT_SPELLINGS.has(word) || UNIT_SPELLINGS.has(word.replace(/s$/, '')) || (word === 'of' && /^(?:a|an|the|all|those|its|their)$/i.test(next?.[2] ?? ''));
}

/** The number a count group says, or NaN. */
export function countValue(word: string | undefined): number {
  return countOf(word ?? '') ?? NaN;
}

export function unitOf(word: string): Unit | 'minute' {
  const w = word.toLowerCase();
  if (/^(hours?|hrs?|minutes?|mins?)$/.test(w)) return 'minute';
  if (/^fortnight/.test(w)) return 'week';
  return w.replace(/s$/, '') as Unit;
}

export const dayRangeJoin = (name: string): string => String.raw`(?<${name}>-|–|to|through|thru|till|until|and)`;

/** A day of the month in digits or ordinal words, in a group of its own name. */
export function dayWords(name: string): string {
  return String.raw`(?<${name}>[0-3]?\d(?:st|nd|rd|th)?(?![\d:.,]\d)|(?:twenty|thirty)[\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b|(?:${DAY_ORDINALS.join('|')})\b)`;
}

export function dayWordValue(word: string | undefined): number | null {
  if (!word) return null;
  if (/^\d/.test(word)) return Number.parseInt(word, 10);
  return dayOf({ ordinal: word });
}
