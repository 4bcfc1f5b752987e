import { UNIT_SPELLINGS } from '../../data/units.js';

// Every spelling in one case-insensitive Unicode alternation costs ~50 ms to compile, at the first
// figure of every run. A unit can start only at the first character after the gap (no spelling
// starts with a gap character), so only the spellings whose first letter that character can be
// may match: one small pattern per first letter, compiled when first needed, finds the same match.

const GAP_CHARS = new Set([' ', '\t', '-', '(', '[', '{', '<']);
const SPELLINGS = [...UNIT_SPELLINGS.keys()].sort((a, b) => b.length - a.length);
const FIRST_LETTERS = [...new Set(SPELLINGS.map((s) => s.charAt(0)))];
/** A character that folds to a first letter without lower-casing to it (U+017F ſ, U+00B5 µ). */
const FOLDS_TO_FIRST = new RegExp(`^[${FIRST_LETTERS.join('')}]$`, 'iu');
const patterns = new Map<string, RegExp>();

/**
 * The unit spelled at the start of `after` (the text that follows a figure), with the gap before
 * it in group `gap` and the spelling as written in group `unit`: " km", "-mile", " (kg)".
 */
export function matchMeasure(after: string): RegExpExecArray | null {
  let at = 0;
  while (at < after.length && GAP_CHARS.has(after.charAt(at))) at++;
  const first = after.charAt(at);
  const letter = first.toLowerCase();
  if (FIRST_LETTERS.includes(letter)) return patternFor(letter).exec(after);
  return FOLDS_TO_FIRST.test(first) ? patternFor('').exec(after) : null;
}

// --- internal ---

/** The pattern of the spellings that start with `letter`, in the order of the whole list (longest first); '' for all. */
function patternFor(letter: string): RegExp {
  let pattern = patterns.get(letter);
  if (!pattern) {
    const spellings = SPELLINGS.filter((s) => letter === '' || s.startsWith(letter)).map((u) => u.replace(/ /g, String.raw`\s+`));
    pattern = new RegExp(String.raw`^(?<gap>[ 	]?-?[ 	]?|[ 	]?[(\[{<][ 	]?)(?<unit>${spellings.join('|')})(?![\p{L}\d])`, 'iu');
    patterns.set(letter, pattern);
  }
  return pattern;
}
