import { DENOMINATORS } from '../../data/number-words.js';
import { article, denominator, dozen, slashFraction, vulgar } from './_fractions.js';
import { canJoin, startAt, type QuantityState, type Reading, type Step } from './_quantity-state.js';
import { andWord, caret, hyphen, numeral, pointWord, scaleWord, smallWord, timesTen } from './_scale-groups.js';
import type { Tok } from './_tokens.js';
import type { WordKind } from './_word-kinds.js';

/** The core of a figure, before its sign, currency and unit. */
export interface Quantity {
  value: number;
  /** The index of the first token after it. */
  next: number;
  /** Digits alone ("2019"). */
  plain: boolean;
  /** A lone "one" or "a": an article, not a figure, unless a unit follows. */
  loneArticle: boolean;
}

/**
 * Reads the numerals and number words from token `first` on, in three layers: each word is
 * known by its kind (the word layer, _word-kinds.ts), the scale-group layer adds numbers and words up into groups that
 * scales close ("two million four hundred and six"), and the fraction layer reads parts of
 * one ("and a half", "three fifths of a million", "3/4"). Null when no figure starts there.
 */
export function readQuantity(tokens: Tok[], first: number, text: string, afterCurrency: boolean): Quantity | null {
  // most tokens of a text open no figure: no state is made for them
  if (first >= tokens.length || NEVER_FIRST.has((tokens[first] as Tok).role)) return null;
  const at: Reading = { tokens, text, first, afterCurrency };
  let state = startAt(first);
  while (state.j < tokens.length && canJoin(at, state.j)) {
    const token = tokens[state.j] as Tok;
    const step: Step = STEPS[token.role](state, token, at);
    if ('end' in step) {
      state = step.end;
      break;
    }
    state = step;
  }
  return finish(state, at);
}

// --- internal ---

/** Kinds whose step ends a quantity that has read nothing yet: no figure starts with them. */
const NEVER_FIRST = new Set<WordKind>(['other', 'and', 'point', 'hyphen', 'caret', 'times']);

const STEPS: Record<WordKind, (s: QuantityState, t: Tok, at: Reading) => Step> = {
  numeral: (s, t, at) => slashFraction(s, at) ?? numeral(s, t, at),
  hyphen,
  vulgar,
  caret,
  times: timesTen,
  small: smallWord,
  point: pointWord,
  dozen,
  scale: scaleWord,
  and: andWord,
  article,
  denominator,
  other: (s) => ({ end: s }),
};

/** The figure read: a trailing "and" or "a" is not part of it. */
function finish(s: QuantityState, at: Reading): Quantity | null {
  if (!s.seen) return null;
  const { tokens, first } = at;
  let next = s.j;
  while (next > first && /^(and|a|an|-)$/.test((tokens[next - 1] as Tok).lower)) next--;
  const lone = next - first === 1 ? (tokens[first] as Tok).lower : '';
  const loneArticle = lone === 'one' || lone === 'a' || lone === 'an' || (s.words > 0 && s.numerals === 0 && next - first === 1 && lone in DENOMINATORS);
  return { value: s.total + s.current, next, plain: s.plain, loneArticle };
}
