import { cardinalOf, tensAndUnit } from '../number-words.js';

const UNIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const TEEN_WORDS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_UNITS = String.raw`(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:${UNIT_WORDS}))?`;

/** A year in words, as a regex source: see `spelledYear`. */
export const SPELLED_YEAR = String.raw`(?:two\s+thousand(?:\s+and)?(?:\s+(?:${TENS_UNITS}|${TEEN_WORDS}|${UNIT_WORDS}))?|(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:hundred(?:\s+and)?\s+)?(?:${TENS_UNITS}|${TEEN_WORDS}|oh[\s-]+(?:${UNIT_WORDS})))`;

/** "nineteen seventy two", "two thousand and twelve", "seventeen hundred forty one": the year, or null. */
export function spelledYear(words: string): number | null {
  const w = words.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
  const thousands = /^two thousand(?: and)?(?: (.+))?$/.exec(w);
  if (thousands) {
    const rest = thousands[1] ? (tensAndUnit(thousands[1]) ?? null) : 0;
    return rest === null ? null : 2000 + rest;
  }
  const century = /^(\w+) (?:hundred(?: and)? )?(.+)$/.exec(w);
  const high = century ? cardinalOf(century[1] as string) : undefined;
  if (!century || high === undefined || high < 10 || high > 20) return null;
  const rest = century[2] as string;
  const low = rest.startsWith('oh ') ? (cardinalOf(rest.slice(3)) ?? null) : (tensAndUnit(rest) ?? null);
  // "twenty five" is a number; a year's last two digits are spoken as ten or more, or "oh five"
  if (low === null || (low < 10 && !rest.startsWith('oh '))) return null;
  return high * 100 + low;
}
