import { DENOMINATORS, SCALE_LETTERS } from '../../data/number-words.js';
import { readPointDigits, readPower } from './_quantity-parts.js';
import { canJoin, stop, type QuantityState, type Reading, type Step } from './_quantity-state.js';
import { joined, smallValue, type Tok } from './_tokens.js';
import { SCALE_WORDS } from './_word-kinds.js';

/**
 * The scale-group layer of the quantity reader: numerals and number words build a group
 * ("three hundred twenty-one") that a scale closes ("… thousand"); "and" joins after a scale.
 * Each step takes the state and the token at `state.j` and returns the next state, or ends.
 */

/** Digits: "60", "3,950", "2 345 678", "20k", "$30m". */
export function numeral(s: QuantityState, t: Tok, at: Reading): Step {
  const { tokens, text } = at;
  const { j } = s;
  if (s.seen && !(s.pendingAnd || s.previousWasScale)) {
    const previous = tokens[j - 1] as Tok;
    // "2 345 678", "60 000": thousands written with spaces
    const spaced = s.numerals > 0 && s.words === 0 && /^\d{3}(?:\.\d+)?$/.test(t.text) && /^\d{1,3}$/.test(previous.text) && text.slice(previous.end, t.start) === ' ';
    return spaced ? { ...s, current: s.current * 1000 + t.value, j: j + 1 } : stop(s);
  }
  if (s.seen && s.pendingAnd && (!s.beforeAnd || t.value >= Math.min(s.lastScale, 1000)) && !tokens.slice(j + 1, j + 3).some((x) => DENOMINATORS[x.lower] !== undefined)) return stop(s);
  if (s.seen && !s.pendingAnd && t.value >= s.lastScale) return stop(s);
  const read: QuantityState = {
    ...s,
    current: s.seen ? s.current + t.value : t.value,
    sinceAnd: s.sinceAnd + t.value,
    plain: !s.seen && t.plain,
    seen: true,
    numerals: s.numerals + 1,
    previousWasScale: false,
    lastWasScaleWord: false,
    pendingAnd: false,
    j: j + 1,
  };
  return withScaleLetters(read, t, at);
}

/** "twenty", "one": "twenty one" and "three hundred sixty-two" are one figure, "five six" two. */
export function smallWord(s: QuantityState, t: Tok): Step {
  const small = smallValue(t) as number;
  if (s.seen && !s.pendingAnd && !s.lastWasScaleWord && !(s.sinceAnd % 100 >= 20 && s.sinceAnd % 10 === 0 && small < 10 && small > 0)) return stop(s);
  if (s.seen && s.pendingAnd && s.beforeAnd && small >= Math.min(s.lastScale, 1000)) return stop(s);
  return { ...s, current: s.current + small, sinceAnd: s.sinceAnd + small, seen: true, words: s.words + 1, previousWasScale: false, lastWasScaleWord: false, pendingAnd: false, j: s.j + 1 };
}

/** "hundred", "thousand", "lakh": closes the group before it. */
export function scaleWord(s: QuantityState, t: Tok, at: Reading): Step {
  const scale = SCALE_WORDS[t.lower] as number;
  const { j } = s;
  // a scale opens a figure at the start ("hundred thousand pounds") or after "a" ("a million")
  if (!s.seen && j > at.first && !/^(a|an)$/.test(at.tokens[j - 1]?.lower ?? '')) return stop(s);
  // "two million and 418 thousand" is two figures, "six billion and three quarters million" one
  const undoAnd = (scale >= 1000 && s.andAfterScale && !(s.current > 0 && s.current < 1)) || (scale === 100 && s.sinceAnd > 0);
  if (undoAnd && s.beforeAnd) return stop({ ...s, ...s.beforeAnd });
  const value = s.seen ? s.current || (s.andAfterScale ? 0 : 1) : 1;
  let group: Pick<QuantityState, 'total' | 'current' | 'lastScale' | 'andAfterScale'>;
  if (scale === 100) group = { ...s, current: value * 100 };
  else if (s.previousWasScale && scale > s.lastScale) group = { ...s, total: (s.total + s.current) * scale, current: 0, lastScale: scale };
  else if (scale >= s.lastScale) return stop(s);
  else group = { total: s.total + (s.andAfterScale && s.current > 0 && s.current < 1 ? s.current : value) * scale, current: 0, lastScale: scale, andAfterScale: 0 };
  return { ...s, ...group, sinceAnd: 0, seen: true, words: s.words + 1, previousWasScale: scale >= 1000, lastWasScaleWord: true, pendingAnd: false, j: j + 1 };
}

/** "and" after "hundred" or a larger scale ("three hundred and two"), or before a fraction ("five and a half"). */
export function andWord(s: QuantityState, t: Tok, at: Reading): Step {
  const { tokens, text } = at;
  const { j } = s;
  const following = tokens[j + 1];
  const numeric = following && (following.kind === 'num' || smallValue(following) !== undefined || /^(a|an|one|half)$/.test(following.lower) || DENOMINATORS[following.lower] !== undefined || SCALE_WORDS[following.lower] !== undefined);
  if (!s.seen || !numeric || !joined(text, t, following)) return stop(s);
  const fractionFollows = /^(a|an|half)$/.test(following.lower) || tokens.slice(j + 1, j + 5).some((x) => DENOMINATORS[x.lower] !== undefined);
  if (!s.lastWasScaleWord && !fractionFollows) return stop(s);
  return {
    ...s,
    andAfterScale: s.previousWasScale ? s.lastScale : s.andAfterScale,
    beforeAnd: s.lastWasScaleWord ? { total: s.total, current: s.current, j } : null,
    sinceAnd: 0,
    andSeen: true,
    pendingAnd: true,
    previousWasScale: false,
    j: j + 1,
  };
}

/** "point zero seven": spoken decimals. */
export function pointWord(s: QuantityState, _t: Tok, at: Reading): Step {
  if (!s.seen || !Number.isInteger(s.current)) return stop(s);
  const decimal = readPointDigits(at.tokens, s.j + 1, at.text);
  return decimal ? { ...s, current: s.current + decimal.value, j: decimal.next } : stop(s);
}

/** "1.2^17", "3.5^-1": a power of the figure. */
export function caret(s: QuantityState, _t: Tok, at: Reading): Step {
  if (!s.seen || s.numerals === 0) return stop(s);
  const power = readPower(at.tokens, s.j, at.text);
  return power ? { ...s, current: Math.pow(s.current, power.exponent), j: power.next } : stop(s);
}

/** "2.4x10^5": times a power of ten. */
export function timesTen(s: QuantityState, _t: Tok, at: Reading): Step {
  const { tokens } = at;
  if (!s.seen || tokens[s.j + 1]?.text !== '10' || tokens[s.j + 2]?.text !== '^') return stop(s);
  const power = readPower(tokens, s.j + 2, at.text);
  return power ? { ...s, current: s.current * Math.pow(10, power.exponent), j: power.next } : stop(s);
}

/** A hyphen inside a figure's words ("twenty-one", "two-thirds"). */
export function hyphen(s: QuantityState, t: Tok, at: Reading): Step {
  const next = at.tokens[s.j + 1];
  return s.seen && next?.kind === 'word' && joined(at.text, t, next) ? { ...s, j: s.j + 1 } : stop(s);
}

// --- internal ---

/** A scale letter glued or spaced after digits: "20k", "4.65 k", "30 bln", "2,318.5 G"; "m" after a currency. */
function withScaleLetters(s: QuantityState, digits: Tok, at: Reading): QuantityState {
  const letters = at.tokens[s.j];
  if (letters && letters.kind === 'word' && canJoin(at, s.j) && SCALE_LETTERS[letters.text] && (!/^[bBT]$/.test(letters.text) || at.afterCurrency || letters.start === digits.end) && !(letters.text === 'mm' && !at.afterCurrency)) {
    if (!/^[a-z]$/.test(letters.text) || digits.end === letters.start || letters.text === 'k') {
      return { ...s, current: s.current * (SCALE_LETTERS[letters.text] as number), plain: false, j: s.j + 1 };
    }
  } else if (letters && letters.kind === 'word' && letters.text === 'm' && at.afterCurrency && digits.end === letters.start) {
    return { ...s, current: s.current * 1e6, j: s.j + 1 };
  }
  return s;
}
