import { DENOMINATORS, DOZENS, VULGAR_FRACTIONS } from '../../data/number-words.js';
import { readSlashFraction } from './_quantity-parts.js';
import { stop, type QuantityState, type Reading, type Step } from './_quantity-state.js';
import { joined, type Tok } from './_tokens.js';
import { SCALE_WORDS } from './_word-kinds.js';

/**
 * The fraction layer of the quantity reader: parts of one ("a half", "two thirds", "3/4", "⅔")
 * and dozens, read over the group the scale-group layer built.
 */

const DOZEN_WORDS = new Set(DOZENS);

/** "3/4", "2 1/4": ends the quantity; null when the numeral opens no fraction. */
export function slashFraction(s: QuantityState, at: Reading): Step | null {
  const fraction = readSlashFraction(at.tokens, s.j, at.text);
  if (!fraction) return null;
  if (s.seen && (s.previousWasScale || s.pendingAnd || s.current === 0)) return stop(s);
  return stop({ ...s, current: (s.seen ? s.current : 0) + fraction.value, seen: true, numerals: s.numerals + 1, j: fraction.next });
}

/** "½", "⅔". */
export function vulgar(s: QuantityState, t: Tok): Step {
  return { ...s, current: s.current + (VULGAR_FRACTIONS[t.text] as number), seen: true, j: s.j + 1 };
}

/** "a dozen", "four hundred and three dozens": only what follows the "and" is counted in dozens. */
export function dozen(s: QuantityState, _t: Tok, at: Reading): Step {
  if (!s.seen && !/^(a|an|half)$/.test(at.tokens[s.j - 1]?.lower ?? '')) return stop(s);
  const current = s.sinceAnd > 0 && s.sinceAnd !== s.current ? s.current - s.sinceAnd + s.sinceAnd * 12 : (s.seen ? s.current || 1 : 1) * 12;
  return { ...s, current, seen: true, words: s.words + 1, j: s.j + 1 };
}

/** "a" or "an" before a scale, a fraction or a dozen ("a million", "a third", "and a half"). */
export function article(s: QuantityState, t: Tok, at: Reading): Step {
  const following = at.tokens[s.j + 1];
  const fits = following && joined(at.text, t, following) && (SCALE_WORDS[following.lower] !== undefined || DENOMINATORS[following.lower] !== undefined || DOZEN_WORDS.has(following.lower));
  if (!fits || (s.seen && !s.pendingAnd && !(s.current > 0 && s.current < 1))) return stop(s);
  return { ...s, j: s.j + 1 };
}

/**
 * "half", "thirds", "quarter": the numerator is what came since the last "and" ("five and a
 * half", "two hundred and three quarters"), the figure so far ("two thirds"), or 1 ("a third").
 */
export function denominator(s: QuantityState, t: Tok, at: Reading): Step {
  const { lower } = t;
  const parts = DENOMINATORS[lower] as number;
  // an improper numerator after "and" takes in the whole ("two hundred and thirty fifths" = 230/5)
  const improper = s.andSeen && !s.pendingAnd && s.sinceAnd >= parts && !s.andAfterScale;
  const afterAnd = !improper && (s.pendingAnd || (s.andSeen && s.sinceAnd > 0 && s.sinceAnd !== s.current) || (s.andAfterScale > 0 && s.sinceAnd > 0));
  if (lower.startsWith('half') && s.seen && !afterAnd && !s.previousWasScale && !s.pendingAnd) return stop(s);
  // "in the quarter", "this third": a period or a rank; a lone part is a fraction after "a" or before "of"
  if (!s.seen && !s.pendingAnd && !lower.startsWith('half') && !/^(a|an)$/.test(at.tokens[s.j - 1]?.lower ?? '') && at.tokens[s.j + 1]?.lower !== 'of') return stop(s);
  const numerator = s.pendingAnd ? 1 : afterAnd ? s.sinceAnd : s.seen && !s.previousWasScale ? s.current : 1;
  // "two thirds" is a fraction; "twenty-fifth", with the singular, is an ordinal
  if (numerator > 1 && !/s$/.test(lower) && !lower.startsWith('half')) return stop(s);
  const whole = afterAnd || s.pendingAnd ? s.current - (s.pendingAnd ? 0 : s.sinceAnd) : 0;
  const fraction = numerator / parts;
  const read = { ...s, ...ofScale(s, t, at, whole, fraction), sinceAnd: 0, seen: true, words: s.words + 1, pendingAnd: false, previousWasScale: false, j: s.j + 1 };
  return ofAScale(read, at);
}

// --- internal ---

/** The value a fraction leaves: a part of the scale before its "and" ("two million and a half"), or the whole plus the part. */
function ofScale(s: QuantityState, t: Tok, at: Reading, whole: number, fraction: number): Pick<QuantityState, 'total' | 'current' | 'andAfterScale'> {
  if (!s.andAfterScale) return { total: s.total, current: whole + fraction, andAfterScale: s.andAfterScale };
  const following = at.tokens[s.j + 1];
  // "six billion and three quarters million": the fraction waits for its scale
  if (following && SCALE_WORDS[following.lower] !== undefined && joined(at.text, t, following)) return { total: s.total, current: fraction, andAfterScale: s.andAfterScale };
  return { total: s.total + fraction * s.andAfterScale, current: 0, andAfterScale: 0 };
}

/** "three fifths of a million", "a tenth of a million". */
function ofAScale(s: QuantityState, at: Reading): QuantityState {
  const { tokens, text } = at;
  if (tokens[s.j]?.lower !== 'of' || !joined(text, tokens[s.j - 1], tokens[s.j])) return s;
  let k = s.j + 1;
  if (/^(a|an)$/.test(tokens[k]?.lower ?? '')) k++;
  const scale = SCALE_WORDS[tokens[k]?.lower ?? ''];
  return scale !== undefined && scale >= 1000 && joined(text, tokens[k - 1], tokens[k]) ? { ...s, current: s.current * scale, j: k + 1 } : s;
}
