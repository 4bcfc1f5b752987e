import { MONTHS, WEEKDAYS, YEAR_PREPOSITIONS } from '../data/calendar.js';
import { HOLIDAYS, ORDINAL_WORDS, SEASONS, type HolidayRule } from '../data/holidays.js';
import { SMALL_NUMBERS } from '../data/number-words.js';
import type { Granularity } from '../types.js';
import { SpanSet } from './spans.js';
import { applyDateModifiers, SPELLED_YEAR, spelledYear } from './date-modifiers.js';
import { UNIT_SPELLINGS } from '../data/units.js';

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade';

/** What a relative or calendar-named expression says, before the publication date fills it in. */
export type Relative =
  /**
   * `amount` units from the reference: "next week" (+1), "three years ago" (-3 years), "today"
   * (0 days); `part` narrows it: "earlier this month" up to the reference, "later this year" and
   * "the end of the month" its second half, "the start of the week" its first half.
   */
  | { type: 'offset'; unit: Unit; amount: number; part?: 'earlier' | 'later' | 'end' | 'start' }
  /** A weekday; `direction` null for a bare "on Tuesday", whose tense decides; `weeks` for "Monday of next week". */
  | { type: 'weekday'; weekday: number; direction: -1 | 0 | 1 | null; weeks?: number }
  /**
   * The `amount` units up to (negative) or from (positive) the reference: "the last three months";
   * quarters are whole ones before or after the current quarter ("the past two quarters").
   */
  /** "over the weekend": this weekend when the reference falls on it, else the last one, or the next in the future tense. */
  | { type: 'weekend' }
  | { type: 'span'; unit: 'day' | 'businessday' | 'week' | 'month' | 'quarter' | 'year'; amount: number }
  /** A day of the reference month ("the 4th"), or of the nearest month where it falls on `weekday` ("Sunday the 31st"). */
  | { type: 'monthday'; day: number; weekday?: number }
  /** A named month before (-1), in (0) or after (+1) the reference: "last May". */
  | { type: 'monthname'; month: number; amount: number }
  /** A quarter, half-year, season or holiday of an explicit year, or of a year relative to the reference. */
  | { type: 'part'; part: 'quarter' | 'half' | 'season'; index: number; year: number | null; yearOffset: number | null }
  | { type: 'holiday'; rule: HolidayRule; year: number | null; yearOffset: number | null };

/** What a date expression says, before the publication date fills in what it leaves out. */
export interface DateMention {
  start: number;
  end: number;
  year: number | null;
  month: number | null;
  day: number | null;
  granularity: Granularity;
  relative: Relative | null;
  /** For a range ("from May 3 to May 5, 2024"), what its end says. */
  until?: DateMention;
  /** "the week beginning February 4": the seven days from the date. */
  startsWeek?: boolean;
  /**
   * "the third week of", "the last four months of": `count` units of the date, the `index`th
   * from its start or end (a week, Monday to Sunday, belongs where its Thursday falls).
   */
  within?: { unit: 'day' | 'week' | 'month'; from: 'start' | 'end'; index: number; count: number };
  /** "three days after", "two weeks before": the date moved by `amount` units. */
  offset?: { unit: 'day' | 'month' | 'year'; amount: number };
  /** "for three days from", "two weeks starting": the stretch of `amount` units that opens on the date. */
  lasting?: { unit: 'day' | 'month' | 'year'; amount: number };
}

/**
 * Finds the dates of a paragraph: full dates in words or digits ("September 21, 2022",
 * "Oct. 7", "7 October 2023", "2023-10-07", "5/12/2016", "05-Aug-2016"), months with years,
 * days with ordinals ("the 4th", "Tuesday the eleventh"), years in a date role, decades,
 * quarters, half-years, seasons, holidays, relative dates ("last month", "on Thursday",
 * "three years ago", "in 5 days", "the next 3 weeks", "end of the month") and ranges
 * ("from March to May 2023"). `base` is added to every offset.
 */
export function scanDates(paragraph: string, base: number): DateMention[] {
  const found: DateMention[] = [];
  for (const pattern of PATTERNS) {
    // a cheap test first: most patterns cannot match a paragraph without their key words
    if (!pattern.needs.test(paragraph)) continue;
    for (const match of paragraph.matchAll(pattern.regex)) {
      const mention = pattern.read(match, paragraph);
      if (mention) found.push(shift(withoutSentenceDot(mention, paragraph), base));
    }
  }
  return joinRanges(applyDateModifiers(pickLongest(found), paragraph, base), paragraph, base);
}

// --- internal ---

type Reader = (match: RegExpMatchArray, text: string) => DateMention | null;

const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec';
const MONTH = String.raw`(?<month>${MONTH_NAMES})\.?`;
const MONTH2 = String.raw`(?<month2>${MONTH_NAMES})\.?`;
const DAY = String.raw`(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])`;
const ORDINAL = String.raw`(?<ordinal>(?:twenty|thirty)[\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|${Object.keys(ORDINAL_WORDS).join('|')})\b`;
const CARDINAL_DAY = String.raw`(?<cardinal>(?:twenty|thirty)[\s-]?(?:one|two|three|four|five|six|seven|eight|nine)|${['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty'].join('|')})\b`;
const YEAR = String.raw`(?<year>1[5-9]\d\d|20\d\d|2100)(?![\d%])`;
const WEEKDAY = String.raw`(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?`;
const COUNT = String.raw`(?<count>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|ninety|a couple of|a couple|couple of|couple|a few|few|several)`;
const UNIT = String.raw`(?<unit>days?|weeks?|fortnights?|months?|years?|decades?|quarters?|hours?|minutes?|mins?|hrs?)`;
const THIS_NEXT = String.raw`(?<which>this|next|last|past|previous|coming|following|current|the following|the previous|the coming|the past|the last|the next)`;

const YEAR_LEAD = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${YEAR_PREPOSITIONS.map((p) => p.replace(' ', String.raw`\s+`)).join('|')})[\s-]+(?:the\s+(?:year\s+)?)?$`,
  'iu',
);
const MONTH_LEAD = /(?:^|[^\p{L}])(?:in|since|by|until|till|during|of|from|before|after|through|early|late|mid|last|this|next|between|and|or|to|until|throughout)[\s-]+$/iu;
const DASHED_MONTH = new RegExp(String.raw`^\s?[-–]\s?(?:${MONTH_NAMES})\b`, 'iu');
/** Lower-case words that are also English verbs or nouns: a month or weekday only beside a day or year. */
const AMBIGUOUS = new Set(['may', 'march', 'mar', 'sat', 'sun', 'wed', 'mon', 'jan', 'jun', 'dec', 'sept', 'aug', 'fri', 'tue', 'thu']);

function monthOf(name: string | undefined): number | null {
  return name ? (MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null) : null;
}

function weekdayOf(name: string | undefined): number | null {
  if (!name) return null;
  const lower = name.toLowerCase().replace(/\.$/, '');
  const full = Object.keys(WEEKDAYS).find((w) => w.startsWith(lower.slice(0, 3)));
  return full === undefined ? null : (WEEKDAYS[full] as number);
}

function dayOf(groups: Record<string, string | undefined>): number | null {
  if (groups.day) return Number(groups.day);
  const word = groups.ordinal ?? groups.cardinal;
  if (!word) return null;
  const parts = word.toLowerCase().split(/[\s-]+/);
  const tens = parts.length > 1 ? (SMALL_NUMBERS[parts[0] as string] ?? 0) : 0;
  const last = parts[parts.length - 1] as string;
  const unit = ORDINAL_WORDS[last] ?? SMALL_NUMBERS[last] ?? 0;
  return tens + unit;
}

function validDay(day: number | null): day is number {
  return day !== null && day >= 1 && day <= 31;
}

function span(match: RegExpMatchArray, inner?: string): { start: number; end: number } {
  const text = inner ?? match[0];
  const start = (match.index ?? 0) + match[0].indexOf(text);
  return { start, end: start + text.length };
}

function open(granularity: Granularity): Pick<DateMention, 'year' | 'month' | 'day' | 'granularity'> {
  return { year: null, month: null, day: null, granularity };
}

/** A month name written in lower case ("may", "march") is a month only next to a day or a year. */
function plausibleMonth(name: string, hasDayOrYear: boolean): boolean {
  const lower = name.toLowerCase().replace(/\.$/, '');
  return hasDayOrYear || !AMBIGUOUS.has(lower) || /^\p{Lu}/u.test(name);
}

function twoDigitYear(yy: string): number {
  const n = Number(yy);
  return n < 50 ? 2000 + n : 1900 + n;
}

function whichAmount(which: string | undefined): number {
  const w = (which ?? '').toLowerCase().replace(/^the\s+/, '');
  if (/^(next|coming|following)$/.test(w)) return 1;
  if (/^(last|past|previous)$/.test(w)) return -1;
  return 0;
}

function isFraction(text: string, start: number, end: number): boolean {
  if (/\d\s+$/.test(text.slice(Math.max(0, start - 4), start))) return true;
  const next = /^\s*(\p{L}+)(?:\s+(\p{L}+))?/u.exec(text.slice(end, end + 24));
  const word = next?.[1]?.toLowerCase() ?? '';
  return UNIT_SPELLINGS.has(word) || UNIT_SPELLINGS.has(word.replace(/s$/, '')) || (word === 'of' && /^(?:a|an|the|all|those|its|their)$/i.test(next?.[2] ?? ''));
}

function countOf(word: string | undefined): number {
  const w = (word ?? '').toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an' || w === 'one') return 1;
  if (/couple/.test(w)) return 2;
  if (/few|several/.test(w)) return 3;
  return SMALL_NUMBERS[w] ?? NaN;
}

function unitOf(word: string): Unit | 'minute' {
  const w = word.toLowerCase();
  if (/^(hours?|hrs?|minutes?|mins?)$/.test(w)) return 'minute';
  if (/^fortnight/.test(w)) return 'week';
  return w.replace(/s$/, '') as Unit;
}

const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const dayRangeJoin = (name: string): string => String.raw`(?<${name}>-|–|to|through|thru|till|until|and)`;

/** A day of the month in digits or ordinal words, in a group of its own name. */
function dayWords(name: string): string {
  return String.raw`(?<${name}>[0-3]?\d(?:st|nd|rd|th)?(?![\d:.,]\d)|(?:twenty|thirty)[\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b|(?:${Object.keys(ORDINAL_WORDS).join('|')})\b)`;
}

function dayWordValue(word: string | undefined): number | null {
  if (!word) return null;
  if (/^\d/.test(word)) return Number.parseInt(word, 10);
  return dayOf({ ordinal: word });
}

const day = (y: number | null, m: number | null, d: number): Pick<DateMention, 'year' | 'month' | 'day' | 'granularity'> => ({ year: y, month: m, day: d, granularity: 'day' });

const HOLIDAY_NAMES = Object.keys(HOLIDAYS).sort((a, b) => b.length - a.length).map((h) => h.replace(/'/g, "['’]?").replace(/ /g, String.raw`\s+`)).join('|');
const HOLIDAY_HINT = new RegExp(String.raw`\b(?:${HOLIDAY_NAMES})`, 'iu');
const MONTH_HINT = new RegExp(String.raw`\b(?:${MONTH_NAMES})(?![a-z])`, 'i');
const WEEKDAY_HINT = /mon|tue|wed|thu|fri|sat|sun/i;

const PATTERNS: Array<{ needs: RegExp; regex: RegExp; read: Reader }> = [
  // 2023-10-07, 2018/7/6, 2019-aug-1, 2019/aug/01
  {
    needs: /\d{4}[-/.]/,
    regex: new RegExp(String.raw`\b${YEAR}[-/.](?:(?<mm>\d{1,2})|${MONTH})[-/.](?<dd>\d{1,2})\b(?![-/.]\d)`, 'giu'),
    read: (m) => {
      const g = m.groups ?? {};
      const month = g.mm ? Number(g.mm) : monthOf(g.month);
      const d = Number(g.dd);
      if (!month || month > 12 || !validDay(d)) return null;
      return { ...span(m), ...day(Number(g.year), month, d), relative: null };
    },
  },
  // 5/12/2016, 5/3/18, 23.04.2022, 22/04, 5/12 (month first unless the first number cannot be a month)
  {
    needs: /\d[/.]\d/,
    regex: /(?:\b(?<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:(?<which>this|next|last)\s+)?)?(?:(?<![\d/.,-])|(?<=\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s?[-–]\s?))(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})(?:\k<sep>(?<y>\d{4}|\d{2}))?(?![\d/]|\.\d|-\d(?!\d?\/\d))/giu,
    read: (m, text) => {
      const g = m.groups ?? {};
      let a = Number(g.a);
      let b = Number(g.b);
      // "5.12" is a decimal and "7-6" a score unless a weekday or a year makes them dates
      if (g.sep !== '/' && !g.y && !g.wd) return null;
      // "1/4 mile", "10 1/2 miles", "3/4 of the vote": a fraction
      if (!g.y && !g.wd && isFraction(text, m.index ?? 0, (m.index ?? 0) + m[0].length)) return null;
      if (a > 12 && b <= 12) [a, b] = [b, a];
      if (g.sep === '.' && g.y && b <= 12 && a <= 31) [a, b] = [b, a];
      if (a < 1 || a > 12 || !validDay(b)) return null;
      const year = g.y ? (g.y.length === 2 ? twoDigitYear(g.y) : Number(g.y)) : null;
      return { ...span(m), ...day(year, a, b), relative: null };
    },
  },
  // 05-Aug-2016, 7 October 2023, the 4th of July, 14 nov
  {
    needs: MONTH_HINT,
    regex: new RegExp(String.raw`(?<![$£€¥\d.,]\s?)\b(?:the\s+)?(?:${DAY}|${ORDINAL})(?:\s+of\s+|\s+|[-/])${MONTH}(?:(?:,?\s+|[-/]|\s+(?:of|in)\s+)(?:${YEAR}|'(?<yy>\d\d)))?`, 'giu'),
    read: (m) => {
      const g = m.groups ?? {};
      const d = dayOf(g);
      const year = g.year ? Number(g.year) : g.yy ? twoDigitYear(g.yy) : null;
      if (!validDay(d) || !plausibleMonth(g.month ?? '', true)) return null;
      const text = m[0].replace(/[\s,-]+$/, '');
      return { ...span(m, text), ...day(year, monthOf(g.month), d), relative: null };
    },
  },
  // Oct. 7, 2023; October 7th; mar3; Dec31 , 1994; Sep-23-2020; October, 1st; Oct/2; May the 4th; february twenty second
  {
    needs: MONTH_HINT,
    regex: new RegExp(String.raw`\b${MONTH}(?:[\s,/-]*(?:the\s+)?)(?:${DAY}|${ORDINAL}|${CARDINAL_DAY}(?![\s-]+(?:hundred|thousand|million|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|oh)\b))(?:(?:\s*,?\s*|\s+(?:of|in)\s+)(?:${YEAR}|'(?<yy>\d\d))|-(?<y2>\d{4}))?`, 'giu'),
    read: (m) => {
      const g = m.groups ?? {};
      const d = dayOf(g);
      if (!validDay(d)) return null;
      if (g.cardinal && !/^\p{Lu}/u.test(g.month ?? '') && AMBIGUOUS.has((g.month ?? '').toLowerCase())) return null;
      const year = g.year ? Number(g.year) : g.yy ? twoDigitYear(g.yy) : g.y2 ? Number(g.y2) : null;
      if (!plausibleMonth(g.month ?? '', true)) return null;
      return { ...span(m), ...day(year, monthOf(g.month), d), relative: null };
    },
  },
  // 20170302, 2016 10 16: a year, month and day run together or spaced
  {
    needs: /\d{4}\s?[01]\d\s?[0-3]\d/,
    regex: /(?<![\p{L}\p{N}$£€.,/-])(?<year>(?:19|20)\d\d)(?<sep>\s?)(?<mm>0[1-9]|1[0-2])\k<sep>(?<dd>0[1-9]|[12]\d|3[01])(?![\p{L}\p{N}%-]|[.,]\d|\s?\d)/gu,
    read: (m) => {
      const g = m.groups ?? {};
      return { ...span(m), ...day(Number(g.year), Number(g.mm), Number(g.dd)), relative: null };
    },
  },
  // 12-2015, 03/2019: a month and a year
  {
    needs: /\d[-/](?:19|20)\d\d/,
    regex: /(?<![\p{N}$£€.,/-])(?<mm>0?[1-9]|1[0-2])[-/](?<year>(?:19|20)\d\d)(?![\p{N}%]|[-/.]\d)/gu,
    read: (m) => {
      const g = m.groups ?? {};
      return { ...span(m), year: Number(g.year), month: Number(g.mm), day: null, granularity: 'month', relative: null };
    },
  },
  // years in words in a date role: "in nineteen ninety six", "since two thousand and fifteen"
  {
    needs: /thousand|hundred|teen\s|twenty\s+(?:twenty|ten|eleven|twelve|\w+teen)/i,
    regex: new RegExp(String.raw`(?<=\b(?:in|since|by|until|till|during|before|after|from)\s+)(?<words>${SPELLED_YEAR})(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|but|when|until|to|through)\b)`, 'giu'),
    read: (m) => {
      const year = spelledYear(m.groups?.words ?? '');
      return year === null ? null : { ...span(m), year, month: null, day: null, granularity: 'year', relative: null };
    },
  },
  // "twenty five January nineteen eighty six": a day in words before the month, with a year
  {
    needs: MONTH_HINT,
    regex: new RegExp(String.raw`\b${CARDINAL_DAY}\s+${MONTH}(?=,?\s+(?:of\s+)?(?:${SPELLED_YEAR}|\d{4})\b)`, 'giu'),
    read: (m) => {
      const g = m.groups ?? {};
      const d = dayOf(g);
      if (!validDay(d) || !plausibleMonth(g.month ?? '', true)) return null;
      return { ...span(m), ...day(null, monthOf(g.month), d), relative: null };
    },
  },
  // day ranges inside one month: "April 9th through 17th", "from the ninth till the seventeenth of April", "9 to 12 of June"
  {
    needs: /(?:\d|st|nd|rd|th)\s*(?:-|–|to|through|thru|till|until|and)\s*(?:the\s+)?(?:\d|\p{L}+(?:st|nd|rd|th)\b)/iu,
    regex: new RegExp(
      String.raw`\b(?:(?<lead>from|between)\s+)?(?:${MONTH}\s+(?:the\s+)?${dayWords('a')}\s*${dayRangeJoin('join')}\s*(?:the\s+)?${dayWords('b')}|(?:the\s+)?${dayWords('c')}\s*${dayRangeJoin('join2')}\s*(?:the\s+)?${dayWords('d')}\s+(?:of\s+)?${MONTH2})(?:,?\s+${YEAR})?`,
      'giu',
    ),
    read: (m) => {
      const g = m.groups ?? {};
      const first = dayWordValue(g.a ?? g.c);
      const last = dayWordValue(g.b ?? g.d);
      const name = g.month ?? g.month2 ?? '';
      if (!validDay(first) || !validDay(last) || last <= first) return null;
      // "between 3 and 12 of Sept" needs its "between"; "April 3 and 4" is two days
      if (/^and$/i.test(g.join ?? g.join2 ?? '') && !g.lead) return null;
      if (!plausibleMonth(name, true) || (!/^\p{Lu}/u.test(name) && AMBIGUOUS.has(name.toLowerCase()) && !g.lead)) return null;
      const month = monthOf(name);
      const year = g.year ? Number(g.year) : null;
      const text = g.lead ? m[0].slice(g.lead.length).trimStart() : m[0];
      const range = span(m, text);
      return { ...range, ...day(year, month, first), relative: null, until: { ...range, ...day(year, month, last), relative: null } };
    },
  },
  // decades in words: "in the nineties", "the nineteen-eighties"
  {
    needs: /ties\b/i,
    regex: /(?<=\b(?:in|the|since|during|until|of)\s+)(?:(?<century>nineteen|twenty)[\s-]?)?(?<tens>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b(?!\s*(?:degrees|°))/giu,
    read: (m, text) => {
      const g = m.groups ?? {};
      // "in her seventies", "in their eighties": an age
      if (/\b(?:his|her|their|its|my|your|our|early|mid|late)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 14), m.index))) return null;
      const tens = DECADE_WORDS.indexOf((g.tens ?? '').toLowerCase()) * 10 + 20;
      const century = (g.century ?? '').toLowerCase() === 'twenty' ? 2000 : 1900;
      return { ...span(m), year: century + tens, month: null, day: null, granularity: 'decade', relative: null };
    },
  },
  // 2015-12: a year and a month (a later two-digit number would be a range: "2014-15")
  {
    needs: /\d{4}-\d\d/,
    regex: /\b(?<year>1[5-9]\d\d|20\d\d)-(?<mm>0[1-9]|1[0-2])\b(?![-/.]\d)/gu,
    read: (m) => {
      const g = m.groups ?? {};
      if (Number(g.mm) > Number((g.year ?? '').slice(2))) return null;
      return { ...span(m), year: Number(g.year), month: Number(g.mm), day: null, granularity: 'month', relative: null };
    },
  },
  // October 2022, Dec-2018, Dec/2018, april 2017, May '18
  {
    needs: MONTH_HINT,
    regex: new RegExp(String.raw`\b(?:${MONTH}(?:,?\s+|[-/]|\s+(?:of|in)\s+)(?:${YEAR}|'(?<yy>\d\d)\b)|(?<y0>1[5-9]\d\d|20\d\d)\s+${MONTH2}\b)`, 'giu'),
    read: (m) => {
      const g = m.groups ?? {};
      if (g.y0) return { ...span(m), year: Number(g.y0), month: monthOf(g.month2), day: null, granularity: 'month', relative: null };
      const year = g.year ? Number(g.year) : twoDigitYear(g.yy ?? '');
      return { ...span(m), year, month: monthOf(g.month), day: null, granularity: 'month', relative: null };
    },
  },
  // a bare month: "in July", "early December", "last May", "April"
  {
    needs: MONTH_HINT,
    regex: new RegExp(String.raw`\b(?:(?<which>last|next|this|coming)\s+)?${MONTH}\b`, 'giu'),
    read: (m, text) => {
      const g = m.groups ?? {};
      const name = g.month ?? '';
      const lead = text.slice(Math.max(0, (m.index ?? 0) - 14), m.index);
      // "Jan-Feb 2017": a month that opens a dashed range of months
      const opensRange = /^\p{Lu}/u.test(name) && DASHED_MONTH.test(text.slice((m.index ?? 0) + m[0].length));
      const capital = /^\p{Lu}/u.test(name) && name.length > 3;
      if (!g.which && !MONTH_LEAD.test(lead) && !capital && !opensRange) return null;
      if (!plausibleMonth(name, false) && !g.which && !/^\p{Lu}/u.test(name)) return null;
      if (/^\p{Lu}/u.test(name) && AMBIGUOUS.has(name.toLowerCase()) && !g.which && !MONTH_LEAD.test(lead) && !opensRange) return null;
      const month = monthOf(name);
      if (!month) return null;
      if (g.which) {
        const amount = whichAmount(g.which);
        return { ...span(m), ...open('month'), month, relative: { type: 'monthname', month, amount } };
      }
      return { ...span(m), year: null, month, day: null, granularity: 'month', relative: null };
    },
  },
  // years in a date role: "in 2019", "since 2009", "the 2010 raid", "2019's election", "2009-2010"
  {
    needs: /\d{4}/,
    regex: new RegExp(String.raw`(?:(?<=(?<![\d-])(?:1[5-9]|20)\d\d\s?[-–]\s?)|(?<![\p{L}\p{N}$£€.,/:-]))${YEAR}(?![\p{L}]|,\d|\.\d|\s*%)`, 'gu'),
    read: (m, text) => {
      const g = m.groups ?? {};
      const before = text.slice(Math.max(0, (m.index ?? 0) - 24), m.index);
      const after = text.slice((m.index ?? 0) + m[0].length);
      const premodifier = /\b(?:a|an|the|his|her|its|their|our|my|your|this|that)\s+$/i.test(before) && /^\s+\p{L}/u.test(after) && !/^\s+(?:people|persons|members|votes|students|workers|times|units)\b/i.test(after);
      const inRange = /\d{4}\s*[-–~]\s*$/.test(before) || /^\s*[-–~]\s*(?:\d{4}|\d{2})\b/.test(after) || /^\s+(?:to|through|thru|till|until)\s+(?:1[5-9]|20)\d\d\b(?![\p{L}\d%]|[.,]\d)/u.test(after);
      const inDateRole = YEAR_LEAD.test(before) || premodifier || /^['’]s\b/.test(after) || inRange || /\b(?:cy|fy)\s*$/i.test(before);
      if (!inDateRole) return null;
      return { ...span(m), year: Number(g.year), month: null, day: null, granularity: 'year', relative: null };
    },
  },
  // "1957-58": the second year of a range written short
  {
    needs: /\d{4}\s?[-–]\s?\d\d/,
    regex: /(?<=\b(?<century>1[5-9]|20)(?<first>\d\d)\s?[-–]\s?)(?<yy>\d\d)\b(?![\d/.-])/gu,
    read: (m) => {
      const g = m.groups ?? {};
      if (Number(g.yy) <= Number(g.first)) return null;
      return { ...span(m), year: Number(`${g.century}${g.yy}`), month: null, day: null, granularity: 'year', relative: null };
    },
  },
  // "the 15th century", "the twenty-first century"
  {
    needs: /century/i,
    regex: new RegExp(String.raw`\b(?:the\s+)?(?:(?<nth>[1-9]|1\d|2[01])(?:st|nd|rd|th)|${ORDINAL})[\s-]+century\b`, 'giu'),
    read: (m) => {
      const g = m.groups ?? {};
      const nth = g.nth ? Number(g.nth) : (dayOf(g) ?? 0);
      if (nth < 1 || nth > 21) return null;
      return { ...span(m), year: (nth - 1) * 100, month: null, day: null, granularity: 'century', relative: null };
    },
  },
  // the 1990s, the '90s
  {
    needs: /\d0s\b/,
    regex: /\b(?:the\s+)?(?:(?<decade>(?:1[5-9]|20)\d0)s|['’](?<short>\d0)s)\b/giu,
    read: (m) => {
      const g = m.groups ?? {};
      const year = g.decade ? Number(g.decade) : twoDigitYear(g.short ?? '00') - (Number(g.short) < 50 ? 0 : 0);
      return { ...span(m), year, month: null, day: null, granularity: 'decade', relative: null };
    },
  },
  // Q1 2019, 2019 Q1, 2019-H2, the first quarter of 2019, the second half of next year
  {
    needs: /\b\d{0,4}[\s-]?[QqHh][1-4]\b/,
    regex: new RegExp(String.raw`\b(?:(?<y1>1[5-9]\d\d|20\d\d)[\s-]?)?(?:Q(?<q>[1-4])|H(?<h>[12]))(?:\s*(?:of\s+)?(?<y2>1[5-9]\d\d|20\d\d))?\b`, 'giu'),
    read: (m) => {
      const g = m.groups ?? {};
      const year = g.y1 ? Number(g.y1) : g.y2 ? Number(g.y2) : null;
      const part = g.q ? 'quarter' : 'half';
      return { ...span(m), ...open(part), relative: { type: 'part', part, index: Number(g.q ?? g.h), year, yearOffset: year === null ? 0 : null } };
    },
  },
  {
    needs: /quarter|half/i,
    regex: new RegExp(String.raw`\b(?:the\s+)?(?<nth>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?<part>quarter|half)(?:\s+of\s+(?:${YEAR}|(?<which>this|next|last|the)\s+(?:fiscal\s+)?year))?\b`, 'giu'),
    read: (m) => {
      const g = m.groups ?? {};
      const nth = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 }[(g.nth ?? '').toLowerCase()] ?? 1;
      const year = g.year ? Number(g.year) : null;
      const part = (g.part ?? 'quarter').toLowerCase() as 'quarter' | 'half';
      return { ...span(m), ...open(part), relative: { type: 'part', part, index: nth, year, yearOffset: year === null ? whichAmount(g.which) : null } };
    },
  },
  // seasons: "last summer", "spring 2023", "in the winter of 2019", "this fall"
  {
    needs: /spring|summer|autumn|fall|winter/i,
    regex: new RegExp(String.raw`\b(?:(?<which>this|next|last|past|coming)\s+|(?<lead>in|during|by|since|until|early|late|mid|the)[\s-]+(?:the\s+)?)?(?<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?${YEAR})?\b`, 'giu'),
    read: (m) => {
      const g = m.groups ?? {};
      if (!g.which && !g.lead && !g.year) return null;
      if ((g.season ?? '').toLowerCase() === 'fall' && !g.which && !g.year) return null;
      const year = g.year ? Number(g.year) : null;
      const text = g.which || g.year ? m[0] : m[0].slice(m[0].toLowerCase().lastIndexOf((g.season ?? '').toLowerCase()));
      return { ...span(m, text), ...open('season'), relative: { type: 'part', part: 'season', index: SEASONS[(g.season ?? '').toLowerCase()] ?? 3, year, yearOffset: year === null ? whichAmount(g.which) : null } };
    },
  },
  // holidays: "Christmas", "Easter 2018", "last Thanksgiving"
  {
    needs: HOLIDAY_HINT,
    regex: new RegExp(String.raw`\b(?:(?<which>this|next|last|coming|previous|following)\s+)?(?<name>${HOLIDAY_NAMES})(?:['’]s)?(?:\s+(?:day\s+)?${YEAR})?\b`, 'giu'),
    read: (m) => {
      const g = m.groups ?? {};
      const key = (g.name ?? '').toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
      const rule = HOLIDAYS[key] ?? HOLIDAYS[key.replace(/'/g, '')] ?? Object.entries(HOLIDAYS).find(([k]) => k.replace(/'/g, '') === key.replace(/'/g, ''))?.[1];
      if (!rule) return null;
      if (!/^\p{Lu}/u.test(g.name ?? '') && !g.which && !g.year && /^(fall|easter|may day)$/i.test(key)) return null;
      const year = g.year ? Number(g.year) : null;
      return { ...span(m), ...open('day'), relative: { type: 'holiday', rule, year, yearOffset: year === null ? (g.which ? whichAmount(g.which) : null) : null } };
    },
  },
  // today, tonight, tomorrow, yesterday, now, the day after tomorrow, this morning, last night
  {
    needs: /today|tonight|tomorrow|tmrw|yesterday|now|currently|present|moment|at this time|at the minute|morning|afternoon|evening|night|eod|end of/i,
    regex: /\b(?:(?<after>the\s+day\s+after\s+tomorrow)|(?<before>the\s+day\s+before\s+yesterday)|(?:right\s+)?(?<word>today|tonight|tomorrow|tmrw|yesterday|now|currently|nowadays)|at\s+(?:present|the\s+present\s+time|the\s+moment|this\s+time|the\s+minute)|(?<part>this\s+(?:morning|afternoon|evening)|last\s+night|tomorrow\s+(?:morning|afternoon|evening|night)|yesterday\s+(?:morning|afternoon|evening))|(?<eod>eod|end\s+of\s+(?:the\s+)?day))\b/giu,
    read: (m) => {
      const g = m.groups ?? {};
      const w = (g.word ?? g.part ?? '').toLowerCase();
      const amount = g.after ? 2 : g.before ? -2 : /yesterday|last night/.test(w) ? -1 : /tomorrow|tmrw/.test(w) ? 1 : 0;
      return { ...span(m), ...open('day'), relative: { type: 'offset', unit: 'day', amount } };
    },
  },
  // this week, next month, last year, the past decade, this fiscal year, the coming quarter, earlier this month, end of the year
  {
    needs: /week|fortnight|month|quarter|year|decade/i,
    regex: new RegExp(String.raw`\b(?:(?<edge>(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)|(?<mod>earlier|later)\s+)?(?:${THIS_NEXT}\s+)?(?<kind>fiscal\s+|calendar\s+|working\s+|business\s+|school\s+)?(?<unit>week(?:end)?|fortnight|month|quarter|year|decade)\b`, 'giu'),
    read: (m, text) => {
      const g = m.groups ?? {};
      if (!g.which && !g.edge) return null;
      if (g.edge && !g.which && !/^the\s+/i.test(g.edge) && !/^(end|start|beginning)/i.test(g.edge)) return null;
      // "the last week of the trial": a stretch of something else, not a date
      if (/^\s+of\b/i.test(text.slice((m.index ?? 0) + m[0].length)) && !g.edge) return null;
      const unit = (g.unit ?? 'day').toLowerCase().replace('fortnight', 'week') as Unit;
      const edge = (g.edge ?? '').toLowerCase();
      const part = g.mod ? (g.mod.toLowerCase() as 'earlier' | 'later') : /end/.test(edge) ? 'end' : /start|beginning/.test(edge) ? 'start' : undefined;
      const granularity: Granularity = part || unit === 'weekend' ? 'day' : (unit as Granularity);
      return { ...span(m), ...open(granularity), relative: { type: 'offset', unit, amount: whichAmount(g.which), ...(part ? { part } : {}) } };
    },
  },
  // "over the weekend", "at the weekend"
  {
    needs: /the\s+weekend/i,
    regex: /\bthe\s+weekend\b(?!\s+(?:of|before|after|when|that)\b|['’]s\s+(?:[a-z]+\s+)?(?:of|before|after)\b)/giu,
    read: (m) => ({ ...span(m), ...open('day'), relative: { type: 'weekend' } }),
  },
  // "the week after next", "the month before last"
  {
    needs: /after\s+next|before\s+last/i,
    regex: /\bthe\s+(?<unit>week|month|year)\s+(?<dir>after\s+next|before\s+last)\b/giu,
    read: (m) => {
      const g = m.groups ?? {};
      const unit = (g.unit ?? 'week').toLowerCase() as 'week' | 'month' | 'year';
      return { ...span(m), ...open(unit), relative: { type: 'offset', unit, amount: /next/i.test(g.dir ?? '') ? 2 : -2 } };
    },
  },
  // "three years ago", "5 days from now", "2 weeks later", "in 3 days", "within a month"
  {
    needs: /day|week|fortnight|month|year|decade|quarter|hour|min|hr/i,
    regex: new RegExp(String.raw`\b(?:(?<lead>in|within)\s+)?${COUNT}\s+${UNIT}(?:\s+(?<dir>ago|from\s+now|later|earlier|before|after|hence))?\b`, 'giu'),
    read: (m) => {
      const g = m.groups ?? {};
      const dir = (g.dir ?? '').toLowerCase();
      if (!g.lead && !dir) return null;
      if (!g.lead && /^(before|after)$/.test(dir)) return null;
      const amount = countOf(g.count);
      if (!Number.isFinite(amount)) return null;
      const unit = unitOf(g.unit ?? 'day');
      const sign = /ago|earlier|before/.test(dir) ? -1 : 1;
      const weeks = /^fortnight/i.test(g.unit ?? '') ? 2 * amount : amount;
      if (unit === 'minute') return { ...span(m), ...open('day'), relative: { type: 'offset', unit: 'day', amount: 0 } };
      // "within 9 months": any day from the reference until the distance is reached
      if (/^within$/i.test(g.lead ?? '') && !dir && (unit === 'day' || unit === 'week' || unit === 'month' || unit === 'year')) {
        const lasting = unit === 'week' ? { unit: 'day' as const, amount: weeks * 7 } : { unit, amount };
        return { ...span(m), ...open('day'), relative: { type: 'offset', unit: 'day', amount: 0 }, lasting };
      }
      // "in 2 weeks", "three weeks later": a day; "in two months", "three years ago": the month or year
      if (unit === 'week') return { ...span(m), ...open('day'), relative: { type: 'offset', unit: 'day', amount: sign * weeks * 7 } };
      const granularity: Granularity = unit === 'decade' || unit === 'quarter' ? 'year' : (unit as Granularity);
      const multiplier = unit === 'quarter' ? 3 : 1;
      return { ...span(m), ...open(granularity), relative: { type: 'offset', unit: unit === 'quarter' ? 'month' : unit, amount: sign * amount * multiplier } };
    },
  },
  // "the last three months", "the next 3 days", "past two weeks"
  {
    needs: /days|weeks|months|quarters|years|decades/i,
    regex: new RegExp(String.raw`\b${THIS_NEXT}\s+${COUNT}\s+(?<unit>days|weeks|months|quarters|years|decades|(?:business|working)\s+days)\b`, 'giu'),
    read: (m) => {
      const g = m.groups ?? {};
      const amount = countOf(g.count);
      const direction = whichAmount(g.which);
      if (!Number.isFinite(amount) || direction === 0) return null;
      const word = (g.unit ?? 'days').toLowerCase();
      const unit = /\s/.test(word) ? 'businessday' : word === 'decades' ? 'year' : (word.replace(/s$/, '') as 'day' | 'week' | 'month' | 'quarter' | 'year');
      const units = word === 'decades' ? amount * 10 : amount;
      return { ...span(m), ...open(unit === 'quarter' ? 'quarter' : 'day'), relative: { type: 'span', unit, amount: direction * units } };
    },
  },
  // "5 upcoming years", "10 previous weeks": the count before its direction
  {
    needs: /(?:next|upcoming|coming|past|previous)\s+(?:days|weeks|months|years)/i,
    regex: new RegExp(String.raw`\b${COUNT}\s+(?<which>next|upcoming|coming|past|previous)\s+(?<unit>days|weeks|months|years)\b`, 'giu'),
    read: (m) => {
      const g = m.groups ?? {};
      const amount = countOf(g.count);
      if (!Number.isFinite(amount) || amount < 2) return null;
      const direction = /past|previous/i.test(g.which ?? '') ? -1 : 1;
      const unit = (g.unit ?? 'days').toLowerCase().replace(/s$/, '') as 'day' | 'week' | 'month' | 'year';
      return { ...span(m), ...open('day'), relative: { type: 'span', unit, amount: direction * amount } };
    },
  },
  // weekdays: "on Thursday", "next Friday", "Tuesday the 11th", "Friday, Oct. 7", "Monday of next week", "this friday"
  {
    needs: WEEKDAY_HINT,
    regex: new RegExp(String.raw`\b(?:(?<which>on|last|this|next|coming|previous|past|since|by|until|following|the\s+following|the\s+previous)\s+)?${WEEKDAY}(?:,?\s+(?:the\s+)?(?:${DAY}(?![./-]\d|\s*(?:am|pm|a\.m|p\.m|o['’]?clock|oclock|hours?)\b)|${ORDINAL})\b)?(?:\s+(?:of\s+)?(?<week>this|next|last|the\s+following|the\s+previous)\s+week)?`, 'giu'),
    read: (m, text) => {
      const g = m.groups ?? {};
      const name = g.weekday ?? '';
      const full = name.length >= 6;
      const after = text.slice((m.index ?? 0) + m[0].length);
      const weekday = weekdayOf(name);
      if (weekday === null) return null;
      const d = dayOf(g);
      if (!full && !g.which && !validDay(d) && !/^\s*\d/.test(after)) return null;
      if (!/^\p{Lu}/u.test(name) && !g.which && !full) return null;
      if (AMBIGUOUS.has(name.toLowerCase()) && !validDay(d) && !g.which) return null;
      // "Thursday, October 7" is the full date's business
      if (!validDay(d) && /^,?\s+(?:[A-Z][a-z]+\.?\s+\d|\d(?!\d?\s*(?:[AaPp]\.?[Mm]\b|o['’]?clock|oclock)|\d?[:.]\d\d))/.test(after)) return null;
      if (validDay(d)) return { ...span(m), ...open('day'), relative: { type: 'monthday', day: d, weekday } };
      const which = (g.which ?? '').toLowerCase();
      const direction = /next|coming|following/.test(which) ? 1 : which === 'this' ? 0 : /last|previous|past/.test(which) ? -1 : null;
      const week = g.week ? whichAmount(g.week) : undefined;
      const relative: Relative = week !== undefined ? { type: 'weekday', weekday, direction: 0, weeks: week } : { type: 'weekday', weekday, direction };
      const inner = /^(on|since|by|until)$/.test(which) ? m[0].slice(m[0].toLowerCase().indexOf(name.toLowerCase())) : m[0];
      return { ...span(m, inner), ...open('day'), relative };
    },
  },
  // "next week Wednesday", "previous week - Monday"
  {
    needs: /week/i,
    regex: new RegExp(String.raw`\b${THIS_NEXT}\s+week[\s,-]*(?:on\s+)?${WEEKDAY}\b`, 'giu'),
    read: (m) => {
      const g = m.groups ?? {};
      const weekday = weekdayOf(g.weekday);
      if (weekday === null) return null;
      return { ...span(m), ...open('day'), relative: { type: 'weekday', weekday, direction: 0, weeks: whichAmount(g.which) } };
    },
  },
  // "in week 31", "week 10": an ISO week of the reference year
  {
    needs: /week\s+\d/i,
    regex: /\b(?:(?<lead>in|during|for|of|by|from|until)\s+(?:the\s+)?)?week\s+(?<n>[1-9]|[1-4]\d|5[0-3])\b(?![\d.,:]|\s+of\b)/giu,
    read: (m, text) => {
      const g = m.groups ?? {};
      // "Week 10 of the season": a season's week, not the calendar's
      if (/^\s+(?:of|in)\s+the\s+(?:season|campaign|tournament|league|competition|trial)\b/i.test(text.slice((m.index ?? 0) + m[0].length))) return null;
      const surface = g.lead ? m[0].slice(m[0].toLowerCase().indexOf('week')) : m[0];
      return { ...span(m, surface), ...open('week'), relative: { type: 'offset', unit: 'year', amount: 0 }, within: { unit: 'week', from: 'start', index: Number(g.n), count: 1 } };
    },
  },
  // "the week beginning February 4", "w/c Feb 4"
  {
    needs: /w\/c|week\s+(?:beginning|starting|commencing|of)/i,
    regex: new RegExp(String.raw`\b(?:w/c|(?:the\s+)?week\s+(?:beginning|starting(?:\s+on)?|commencing|of))\s+${MONTH}\s+${DAY}(?:,?\s+${YEAR})?`, 'giu'),
    read: (m) => {
      const g = m.groups ?? {};
      const d = Number(g.day);
      if (!validDay(d)) return null;
      return { ...span(m), year: g.year ? Number(g.year) : null, month: monthOf(g.month), day: d, granularity: 'week', relative: null, startsWeek: true };
    },
  },
  // "the 4th", "the eleventh": a day of the current month
  {
    needs: /the\s+\S+(?:st|nd|rd|th)\b/i,
    regex: new RegExp(String.raw`\bthe\s+(?:(?<day>[0-3]?\d)(?:st|nd|rd|th)|${ORDINAL})\b(?!\s+(?:of\s+)?(?:\p{Ll}|[A-Z]))`, 'gu'),
    read: (m, text) => {
      const g = m.groups ?? {};
      const d = dayOf(g);
      if (!validDay(d)) return null;
      if (/^\s+\p{L}/u.test(text.slice((m.index ?? 0) + m[0].length))) return null;
      return { ...span(m), ...open('day'), relative: { type: 'monthday', day: d } };
    },
  },
];

/** "on 19 June.": the full stop after a month written out ends the sentence; "Oct." keeps its dot. */
function withoutSentenceDot(mention: DateMention, text: string): DateMention {
  const surface = text.slice(mention.start, mention.end);
  return /\p{L}{4,}\.$/u.test(surface) && !/sept\.$/i.test(surface) ? { ...mention, end: mention.end - 1 } : mention;
}

function shift(mention: DateMention, base: number): DateMention {
  return { ...mention, start: mention.start + base, end: mention.end + base, ...(mention.until ? { until: shift(mention.until, base) } : {}) };
}

/** Where patterns overlap, the longest reading wins ("October 7, 2023" over "October"). */
function pickLongest(found: DateMention[]): DateMention[] {
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateMention[] = [];
  const taken = new SpanSet();
  for (const mention of byLength) {
    if (taken.overlaps(mention.start, mention.end)) continue;
    kept.push(mention);
    taken.add(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * "from March to May 2023", "between May 3 and May 5", "May 3-5": one range. A range whose
 * start lacks the year its end gives takes it ("from March to May 2023").
 */
function joinRanges(mentions: DateMention[], text: string, base: number): DateMention[] {
  const out: DateMention[] = [];
  for (const mention of mentions) {
    const previous = out[out.length - 1];
    if (previous && !previous.until && !previous.startsWeek) {
      const gap = text.slice(previous.end - base, mention.start - base);
      const lead = text.slice(Math.max(0, previous.start - base - 9), previous.start - base);
      const worded = /^\s*(?:to|through|thru|until|till)(?:\s+the\s+(?:end|start|beginning|middle)\s+of)?\s*$/i.test(gap) || (/^\s+and(?:\s+the\s+(?:end|start|beginning|middle)\s+of)?\s+$/i.test(gap) && /\bbetween\s+$/i.test(lead));
      // "May 3 – 5 June", "Nov 18 2014-Dec 19 2015": one range; "(8 September 1838 – 2 March 1881)", a life's two dates, is not
      const bracketed = /\(\s*$/.test(text.slice(Math.max(0, previous.start - base - 3), previous.start - base));
      const dashed = /^\s*(?:-|–|—|~)\s*$/.test(gap) && previous.granularity === 'day' && mention.granularity === 'day' && (previous.year === null || mention.year === null || previous.year === mention.year || !bracketed);
      // "2019–2021", "1957-58", "Jan-Feb 2017": two years or two months joined by a dash
      // "Otto Lind (1911–1955)": a life's two years, which the extractor reads as a birth and a death
      const lifespan = /\p{Lu}[\p{L}'’.-]*,?\s*\($/u.test(text.slice(Math.max(0, previous.start - base - 40), previous.start - base)) && /^\s*\)/.test(text.slice(mention.end - base));
      const dashedPeriods =
        !lifespan &&
        /^(?:-|–|—|~)$/.test(gap.trim()) &&
        !/\n/.test(gap) &&
        ((previous.granularity === 'year' && mention.granularity === 'year' && previous.relative === null && mention.relative === null && (mention.year ?? 0) > (previous.year ?? Infinity)) ||
          (previous.granularity === 'month' && mention.granularity === 'month' && previous.day === null && previous.relative === null && mention.relative === null && previous.month !== mention.month));
      // "through" and "until" join any two dates ("2014 through May 2018"); "to" needs "from" or a like pair
      const throughWord = /^\s*(?:through|thru|until|till)\b/i.test(gap);
      if ((worded && (throughWord || /\b(?:from|between)\s+$/i.test(lead) || previous.granularity === mention.granularity)) || dashed || dashedPeriods) {
        // "Nov-Feb 2017": a start month after the end month lies in the year before
        const year = previous.year ?? (mention.year !== null && previous.month !== null && mention.month !== null && previous.month > mention.month ? mention.year - 1 : mention.year);
        out[out.length - 1] = { ...previous, end: mention.end, year, until: mention };
        continue;
      }
    }
    out.push(mention);
  }
  return out;
}
