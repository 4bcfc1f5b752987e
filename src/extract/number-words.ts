import { ORDINALS, SMALL_NUMBERS, ZERO_WORDS } from '../data/number-words.js';

/**
 * The one reader of number words, for figures and dates alike. Each function reads what it is
 * given, lower-cased or not, and returns undefined when the words are not a number of its kind;
 * callers choose what an unreadable word means to them.
 */

/** One cardinal word: "seven" → 7, "forty" → 40, "nought" → 0. */
export function cardinalOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (ZERO_WORDS.includes(lower)) return 0;
  return SMALL_NUMBERS[lower];
}

/** One ordinal word: "third" → 3, "twentieth" → 20, "hundredth" → 100. */
export function ordinalOf(word: string): number | undefined {
  return ORDINALS[word.toLowerCase()];
}

/**
 * A number below a hundred in one or two words: "seven", "twenty five", "twenty-first" (with
 * `unit` reading the last word, cardinal by default). Two words must be tens and a unit.
 */
export function tensAndUnit(words: string, unit: (word: string) => number | undefined = cardinalOf): number | undefined {
  const parts = words.toLowerCase().split(/[\s-]+/);
  if (parts.length === 1) return unit(parts[0] as string);
  if (parts.length > 2) return undefined;
  const tens = cardinalOf(parts[0] as string);
  const last = unit(parts[1] as string);
  if (tens === undefined || last === undefined || tens < 20 || tens % 10 !== 0 || last >= 10) return undefined;
  return tens + last;
}

/** A day of the month in words, ordinal or cardinal: "eleventh", "twenty-first", "thirty". */
export function dayWordsOf(words: string): number | undefined {
  return tensAndUnit(words, (word) => ordinalOf(word) ?? cardinalOf(word));
}

/** How many a count word says: "3", "a", "one", "a couple of" (2), "a few" and "several" (3), "twelve". */
export function countOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  if (lower === 'a' || lower === 'an' || lower === 'one') return 1;
  if (/couple/.test(lower)) return 2;
  if (/few|several/.test(lower)) return 3;
  return cardinalOf(lower);
}
