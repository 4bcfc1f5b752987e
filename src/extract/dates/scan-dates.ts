import { SpanSet } from '../spans.js';
import { cueScanner } from './_cues.js';
import type { DatePattern } from './_pattern-parts.js';
import { ISO_DATE, NUMERIC_DATE, RUN_TOGETHER_DATE, MONTH_YEAR_DIGITS, YEAR_MONTH_DIGITS } from './_numeric-dates.js';
import { DAY_MONTH, MONTH_DAY, SPELLED_DAY_MONTH, DAY_RANGE, MONTH_YEAR, BARE_MONTH } from './_written-dates.js';
import { SPELLED_YEAR_DATE, DECADE_IN_WORDS, YEAR_IN_ROLE, SHORT_END_YEAR, CENTURY, DECADE_DIGITS } from './_year-patterns.js';
import { QUARTER_CODE, QUARTER_WORDS, SEASON, HOLIDAY } from './_named-periods.js';
import { TODAY, THIS_PERIOD, WEEKEND, AFTER_NEXT, DISTANCE, LAST_N, N_NEXT } from './_relative-patterns.js';
import { WEEKDAY_DATE, WEEK_WEEKDAY, ISO_WEEK, WEEK_BEGINNING, DAY_ALONE } from './_weekday-patterns.js';
import type { DateMention } from './date-mention.js';
import { joinRanges } from './join-ranges.js';
import { applyDateModifiers } from './modifiers.js';

/**
 * Finds the dates of a paragraph: full dates in words or digits ("November 9, 2024",
 * "Nov. 9", "9 November 2024", "2031-11-23", "6/14/2018", "06-Sep-2018"), months with years,
 * days with ordinals ("the 6th", "Tuesday the twelfth"), years in a date role, decades,
 * quarters, half-years, seasons, holidays, relative dates ("last month", "on Thursday",
 * "three years ago", "in 6 days", "the next 4 weeks", "end of the week") and ranges
 * ("from March to June 2022"). `base` is added to every offset.
 */
export function scanDates(paragraph: string, base: number): DateMention[] {
  const found: DateMention[] = [];
  const may = mayMatch(paragraph);
  for (const [i, pattern] of PATTERNS.entries()) {
    // cheap tests first: most patterns cannot match a paragraph without their key words
    if (!may[i] || !pattern.needs.test(paragraph)) continue;
    for (const match of paragraph.matchAll(pattern.regex)) {
      const mention = pattern.read(match, paragraph);
      if (mention) found.push(shift(withoutSentenceDot(mention, paragraph), base));
    }
  }
  return joinRanges(applyDateModifiers(pickLongest(found), paragraph, base), paragraph, base);
}

// --- internal ---

/**
 * Every pattern, in this order: where two read the same span, the one listed first is kept
 * (see pickLongest).
 */
const PATTERNS: DatePattern[] = [
  ISO_DATE, NUMERIC_DATE, DAY_MONTH, MONTH_DAY, RUN_TOGETHER_DATE, MONTH_YEAR_DIGITS,
  SPELLED_YEAR_DATE, SPELLED_DAY_MONTH, DAY_RANGE, DECADE_IN_WORDS, YEAR_MONTH_DIGITS, MONTH_YEAR,
  BARE_MONTH, YEAR_IN_ROLE, SHORT_END_YEAR, CENTURY, DECADE_DIGITS, QUARTER_CODE, QUARTER_WORDS,
  SEASON, HOLIDAY, TODAY, THIS_PERIOD, WEEKEND, AFTER_NEXT, DISTANCE, LAST_N, N_NEXT, WEEKDAY_DATE,
  WEEK_WEEKDAY, ISO_WEEK, WEEK_BEGINNING, DAY_ALONE,
];

const mayMatch = cueScanner(PATTERNS);

/** "on 23 August.": the full stop after a month written out ends the sentence; "Oct." keeps its dot. */
function withoutSentenceDot(mention: DateMention, text: string): DateMention {
  const surface = text.slice(mention.start, mention.end);
  return /\p{L}{4,}\.$/u.test(surface) && !/sept\.$/i.test(surface) ? { ...mention, end: mention.end - 1 } : mention;
}

function shift(mention: DateMention, base: number): DateMention {
  return { ...mention, start: mention.start + base, end: mention.end + base, ...(mention.until ? { until: shift(mention.until, base) } : {}) };
}

/** Where patterns overlap, the longest reading wins ("November 9, 2024" over "November"). */
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
