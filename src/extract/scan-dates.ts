import { MONTHS, WEEKDAYS, YEAR_PREPOSITIONS } from '../data/calendar.js';
import { SMALL_NUMBERS } from '../data/number-words.js';
import type { Granularity } from '../types.js';

/**
 * A relative expression: `unit`-steps back (negative) or forward from the publication date, or a
 * weekday (`direction` null for a bare "on Tuesday", whose direction the tense decides).
 */
export type Relative =
  | { type: 'offset'; unit: 'day' | 'week' | 'month' | 'year'; amount: number }
  | { type: 'weekday'; weekday: number; direction: -1 | 0 | 1 | null };

/** What a date expression says, before the publication date fills in what it leaves out. */
export interface DateMention {
  start: number;
  end: number;
  year: number | null;
  month: number | null;
  day: number | null;
  granularity: Granularity;
  relative: Relative | null;
}

/**
 * Finds the dates of a paragraph: full dates ("September 21, 2022", "Oct. 7, 2023",
 * "7 October 2023", "2023-10-07"), month and year, month and day, bare months and years in a
 * date role ("in July", "since 2009"), and relative dates ("last month", "on Thursday",
 * "three years ago"). `base` is added to every offset.
 */
export function scanDates(paragraph: string, base: number): DateMention[] {
  const found: DateMention[] = [];
  for (const pattern of PATTERNS) {
    for (const match of paragraph.matchAll(pattern.regex)) {
      const mention = pattern.read(match, paragraph);
      if (mention) found.push({ ...mention, start: mention.start + base, end: mention.end + base });
    }
  }
  return pickLongest(found);
}

// --- internal ---

type Reader = (match: RegExpMatchArray, text: string) => DateMention | null;

const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(1[89]\d\d|20\d\d|2100)`;
const WEEKDAY = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const COUNT_WORD = [...Object.keys(SMALL_NUMBERS), 'a', 'an'].join('|');
const YEAR_LEAD = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${YEAR_PREPOSITIONS.map((p) => p.replace(' ', String.raw`\s+`)).join('|')})[\s-]+(?:the\s+(?:year\s+)?)?$`,
  'iu',
);
const MONTH_LEAD = /(?:^|[^\p{L}])(?:in|since|by|until|till|during|of|from|before|after|through|early|late|mid|last|this|next|between|and|or)[\s-]+$/iu;

function monthOf(name: string | undefined): number | null {
  return name ? (MONTHS[name.toLowerCase()] ?? null) : null;
}

function span(match: RegExpMatchArray, text = match[0]): { start: number; end: number } {
  const start = (match.index ?? 0) + match[0].indexOf(text);
  return { start, end: start + text.length };
}

function validDay(day: number): boolean {
  return day >= 1 && day <= 31;
}

const PATTERNS: Array<{ regex: RegExp; read: Reader }> = [
  {
    regex: new RegExp(String.raw`\b${YEAR}-(\d{2})-(\d{2})\b`, 'g'),
    read: (m) => {
      const month = Number(m[2]);
      const day = Number(m[3]);
      if (month < 1 || month > 12 || !validDay(day)) return null;
      return { ...span(m), year: Number(m[1]), month, day, granularity: 'day', relative: null };
    },
  },
  {
    regex: new RegExp(String.raw`\b${MONTH}\s+${DAY}(?![\d,]\d)\b(?:,?\s+${YEAR}\b)?`, 'g'),
    read: (m) => {
      const day = Number(m[2]);
      if (!validDay(day)) return null;
      return { ...span(m), year: m[3] ? Number(m[3]) : null, month: monthOf(m[1]), day, granularity: 'day', relative: null };
    },
  },
  {
    regex: new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR}\b)?`, 'g'),
    read: (m) => {
      const day = Number(m[1]);
      if (!validDay(day)) return null;
      return { ...span(m), year: m[3] ? Number(m[3]) : null, month: monthOf(m[2]), day, granularity: 'day', relative: null };
    },
  },
  {
    regex: new RegExp(String.raw`\b${MONTH},?\s+${YEAR}\b`, 'g'),
    read: (m) => ({ ...span(m), year: Number(m[2]), month: monthOf(m[1]), day: null, granularity: 'month', relative: null }),
  },
  {
    regex: new RegExp(String.raw`\b${MONTH}\b`, 'g'),
    read: (m, text) => {
      if (!MONTH_LEAD.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) return null;
      return { ...span(m), year: null, month: monthOf(m[1]), day: null, granularity: 'month', relative: null };
    },
  },
  {
    regex: new RegExp(String.raw`(?<![\p{L}\p{N}$£€.,-])${YEAR}(?![\p{L}\p{N}]|,\d|\.\d|\s*%)`, 'gu'),
    read: (m, text) => {
      const before = text.slice(Math.max(0, (m.index ?? 0) - 24), m.index);
      const after = text.slice((m.index ?? 0) + m[0].length);
      const inDateRole = YEAR_LEAD.test(before) || (/\bthe\s+$/i.test(before) && /^\s+\p{Ll}/u.test(after)) || /^['’]s\b/.test(after);
      if (!inDateRole) return null;
      return { ...span(m), year: Number(m[1]), month: null, day: null, granularity: 'year', relative: null };
    },
  },
  {
    regex: /\b(today|yesterday|tomorrow|tonight)\b/gi,
    read: (m) => {
      const word = (m[1] as string).toLowerCase();
      const amount = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      return { ...span(m), ...open('day'), relative: { type: 'offset', unit: 'day', amount } };
    },
  },
  {
    regex: /\b(?:(earlier|later)\s+)?(last|this|next)\s+(week|month|year)\b/gi,
    read: (m) => {
      const which = (m[2] as string).toLowerCase();
      const unit = (m[3] as string).toLowerCase() as 'week' | 'month' | 'year';
      const amount = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      return { ...span(m), ...open(unit), relative: { type: 'offset', unit, amount } };
    },
  },
  {
    regex: new RegExp(String.raw`\b(?:(on|last|this|next|since|by|until)\s+)?${WEEKDAY}\b(?=(?:['’]s|\s+(?:morning|afternoon|evening|night))?)`, 'g'),
    read: (m, text) => {
      const lead = m[1]?.toLowerCase();
      const after = text.slice((m.index ?? 0) + m[0].length);
      if (!lead && !/^(?:['’]s|\s+(?:morning|afternoon|evening|night))/.test(after)) return null;
      // "Thursday, October 7" is the full date's business
      if (/^,?\s+(?:[A-Z][a-z]+\.?\s+\d|\d)/.test(after)) return null;
      const direction = lead === 'next' ? 1 : lead === 'this' ? 0 : lead === 'last' ? -1 : null;
      const weekday = WEEKDAYS[(m[2] as string).toLowerCase()] ?? 0;
      return { ...span(m), ...open('day'), relative: { type: 'weekday', weekday, direction } };
    },
  },
  {
    regex: new RegExp(String.raw`\b(\d{1,3}|${COUNT_WORD})\s+(days?|weeks?|months?|years?)\s+ago\b`, 'gi'),
    read: (m) => {
      const word = (m[1] as string).toLowerCase();
      const amount = /^\d+$/.test(word) ? Number(word) : word === 'a' || word === 'an' ? 1 : (SMALL_NUMBERS[word] ?? NaN);
      if (!Number.isFinite(amount)) return null;
      const unit = (m[2] as string).toLowerCase().replace(/s$/, '') as 'day' | 'week' | 'month' | 'year';
      return { ...span(m), ...open(unit === 'week' ? 'day' : unit), relative: { type: 'offset', unit, amount: -amount } };
    },
  },
];

function open(granularity: Granularity): Pick<DateMention, 'year' | 'month' | 'day' | 'granularity'> {
  return { year: null, month: null, day: null, granularity };
}

/** Where patterns overlap, the longest reading wins ("October 7, 2023" over "October"). */
function pickLongest(found: DateMention[]): DateMention[] {
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateMention[] = [];
  for (const mention of byLength) {
    if (!kept.some((k) => mention.start < k.end && mention.end > k.start)) kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}
