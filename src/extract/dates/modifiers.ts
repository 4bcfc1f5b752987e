import { DISTANCE_COUNT_WORDS } from '../../data/calendar.js';
import { countOf, ordinalOf, tensAndUnit } from '../number-words.js';
import { NTH_DAY } from './_pattern-parts.js';
import type { DateMention } from './date-mention.js';
import { SPELLED_YEAR, spelledYear } from './spelled-year.js';

/**
 * Words around a date that change what it dates, read after the date itself is found: a year
 * spelled out after it ("June two thousand and twelve"), a part of it chosen before it ("the
 * last week of July", "the first ten days of 2019", "week 23 of last year"), or a distance from it
 * ("three days after March 14", "two weeks before Christmas"). Offsets in `mentions` already
 * include `base`; `text` is the paragraph.
 */
export function applyDateModifiers(mentions: DateMention[], text: string, base: number): DateMention[] {
  const modified = mentions.map((m) => withOffset(withinPart(withThird(withSpelledYear(m, text, base), text, base), text, base), text, base));
  // a date found inside another's new prefix ("the last five months" of "the last five months of 2019") is part of it
  return modified.filter((m) => !modified.some((other) => other !== m && other.start <= m.start && m.end <= other.end));
}

// --- internal ---

const AFTER_MONTH = new RegExp(String.raw`^,?\s+(?:of\s+|in\s+)?(${SPELLED_YEAR})\b`, 'iu');

function withSpelledYear(mention: DateMention, text: string, base: number): DateMention {
  if (mention.year !== null || mention.month === null || mention.relative !== null || mention.until) return mention;
  const match = AFTER_MONTH.exec(text.slice(mention.end - base));
  const year = match ? spelledYear(match[1] as string) : null;
  if (!match || year === null) return mention;
  return { ...mention, year, end: mention.end + match[0].length };
}

/** A count of days, weeks, months or years, in digits or words. */
const COUNT_WORDS = String.raw`(?<count>\d{1,3}|${DISTANCE_COUNT_WORDS.join('|')})`;

/** "the third week of", "the last week of", "the first 3 weeks of", "the 7th month of", "week 23 of". */
const PART_PREFIX = new RegExp(
  String.raw`(?:\b(?:the\s+)?(?:(?<nth>${NTH_DAY}|last|\d{1,2}(?:st|nd|rd|th))\s+(?<unit>day|week|month)|(?<edge>first|last)\s+${COUNT_WORDS}\s+(?<units>days|weeks|months))|\bweek\s+(?<number>\d{1,2}))\s+of\s+$`,
  'iu',
);

function withinPart(mention: DateMention, text: string, base: number): DateMention {
  const coarse = mention.granularity === 'year' || mention.granularity === 'month' || mention.granularity === 'quarter';
  if (!coarse || mention.until || mention.within || mention.day !== null) return mention;
  const lead = text.slice(Math.max(0, mention.start - base - 40), mention.start - base);
  const match = /\bof\s+$/i.test(lead) ? PART_PREFIX.exec(lead) : null;
  if (!match) return mention;
  const g = match.groups ?? {};
  const start = mention.start - match[0].length;
  let within: NonNullable<DateMention['within']>;
  if (g.number) within = { unit: 'week', from: 'start', index: Number(g.number), count: 1 };
  else if (g.edge) {
    const count = countValue(g.count);
    within = { unit: (g.units ?? 'days').toLowerCase().replace(/s$/, '') as 'day' | 'week' | 'month', from: g.edge.toLowerCase() === 'last' ? 'end' : 'start', index: 1, count };
  } else {
    const nth = (g.nth ?? '').toLowerCase();
    const unit = (g.unit ?? 'week').toLowerCase() as 'day' | 'week' | 'month';
    within = nth === 'last' ? { unit, from: 'end', index: 1, count: 1 } : { unit, from: 'start', index: ordinalValue(nth), count: 1 };
  }
  if (within.unit === 'month' && mention.granularity === 'month') return mention;
  if (!Number.isFinite(within.index) || within.index < 1) return mention;
  return { ...mention, start, within };
}

const UNIT_WORDS_OF_TIME = String.raw`(?<unit>days?|weeks?|fortnights?|months?|years?)`;

/** "three days after", "4 weeks before", "18 days from", "a fortnight after". */
const OFFSET_PREFIX = new RegExp(String.raw`\b${COUNT_WORDS}\s+${UNIT_WORDS_OF_TIME}\s+(?<dir>after|before|from|prior\s+to)\s+$`, 'iu');

/** "for 5 days from", "a week starting", "3 weeks beginning on": a stretch that opens on the date. */
const WINDOW_PREFIX = new RegExp(
  String.raw`\b(?<lead>for\s+)?${COUNT_WORDS}\s+${UNIT_WORDS_OF_TIME},?\s+(?<opens>from|(?:starting|beginning|commencing)(?:\s+(?:from|on))?)\s+$`,
  'iu',
);

function withOffset(mention: DateMention, text: string, base: number): DateMention {
  if (mention.until || mention.offset || mention.lasting) return mention;
  const lead = text.slice(Math.max(0, mention.start - base - 40), mention.start - base);
  // the prefixes all end in one of these words; most dates follow none of them
  if (!/\b(?:after|before|from|to|starting|beginning|commencing|on)\s+$/i.test(lead)) return mention;
  const window = WINDOW_PREFIX.exec(lead);
  // "18 days from March 4" counts to a day; "for 18 days from March 4" is the stretch
  if (window && (window.groups?.lead || !/^from$/i.test(window.groups?.opens ?? ''))) {
    const lasting = distance(window.groups ?? {}, 1);
    return { ...mention, start: mention.start - window[0].length, lasting };
  }
  const match = OFFSET_PREFIX.exec(lead);
  if (!match) return mention;
  const g = match.groups ?? {};
  const offset = distance(g, /before|prior/i.test(g.dir ?? '') ? -1 : 1);
  return { ...mention, start: mention.start - match[0].length, offset };
}

/** "three weeks", "a fortnight", "5 months" as days, months or years, signed. */
function distance(g: Record<string, string | undefined>, sign: number): { unit: 'day' | 'month' | 'year'; amount: number } {
  const count = countValue(g.count);
  const unitWord = (g.unit ?? 'day').toLowerCase();
  if (unitWord.startsWith('fortnight')) return { unit: 'day', amount: sign * count * 14 };
  if (unitWord.startsWith('week')) return { unit: 'day', amount: sign * count * 7 };
  return { unit: unitWord.replace(/s$/, '') as 'day' | 'month' | 'year', amount: sign * count };
}

/** "the end of 2004", "mid-1993": a third of the year (January to April, May to August, September to December). */
const THIRD_PREFIX = /(?:\b(?:the\s+)?(?<edge>beginning|start|middle|end)\s+of\s+(?:the\s+year\s+)?|\bmid[\s-]?)$/iu;

function withThird(mention: DateMention, text: string, base: number): DateMention {
  if (mention.granularity !== 'year' || mention.relative !== null || mention.year === null || mention.until) return mention;
  const lead = text.slice(Math.max(0, mention.start - base - 24), mention.start - base);
  const match = /(?:of\s+|mid[\s-]?)$/i.test(lead) ? THIRD_PREFIX.exec(lead) : null;
  if (!match) return mention;
  const edge = (match.groups?.edge ?? 'middle').toLowerCase();
  const index = edge === 'end' ? 9 : edge === 'middle' ? 5 : 1;
  return { ...mention, start: mention.start - match[0].length, within: { unit: 'month', from: 'start', index, count: 4 } };
}

/** "third", "twenty-third", "31st"; NaN when it is none. */
function ordinalValue(word: string): number {
  if (/^\d/.test(word)) return Number.parseInt(word, 10);
  return tensAndUnit(word, ordinalOf) ?? NaN;
}

/** How many a count group says; one when it says nothing readable. */
function countValue(word: string | undefined): number {
  return countOf(word ?? '') ?? 1;
}
