import { DENOMINATORS, DOZENS, VULGAR_FRACTIONS } from '../../data/number-words.js';
import { article, denominator, dozen, slashFraction, vulgar } from './_fractions.js';
import { canJoin, startAt, type QuantityState, type Reading, type Step } from './_quantity-state.js';
import { andWord, caret, hyphen, numeral, pointWord, scaleWord, smallWord, timesTen } from './_scale-groups.js';
import { SCALE_WORDS, smallValue, type Tok } from './_tokens.js';

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
 * known by its kind (below), the scale-group layer adds numbers and words up into groups that
 * scales close ("two million four hundred and six"), and the fraction layer reads parts of
 * one ("and a half", "three fifths of a million", "3/4"). Null when no figure starts there.
 */
export function readQuantity(tokens: Tok[], first: number, text: string, afterCurrency: boolean): Quantity | null {
  const at: Reading = { tokens, text, first, afterCurrency };
  let state = startAt(first);
  while (state.j < tokens.length && canJoin(at, state.j)) {
    const token = tokens[state.j] as Tok;
    const step: Step = STEPS[kindOf(token)](state, token, at);
    if ('end' in step) {
      state = step.end;
      break;
    }
    state = step;
  }
  return finish(state, at);
}

// --- internal ---

type Kind = 'numeral' | 'hyphen' | 'vulgar' | 'caret' | 'times' | 'small' | 'point' | 'dozen' | 'scale' | 'and' | 'article' | 'denominator' | 'other';

const DOZEN_WORDS = new Set(DOZENS);

/** The word layer: what a token is to a quantity. */
function kindOf(t: Tok): Kind {
  if (t.kind === 'num') return 'numeral';
  if (t.kind === 'sym') return t.text === '-' ? 'hyphen' : VULGAR_FRACTIONS[t.text] !== undefined ? 'vulgar' : t.text === '^' ? 'caret' : 'other';
  const { lower } = t;
  if (lower === 'x') return 'times';
  if (smallValue(t) !== undefined) return 'small';
  if (lower === 'point') return 'point';
  if (DOZEN_WORDS.has(lower)) return 'dozen';
  if (SCALE_WORDS[lower] !== undefined) return 'scale';
  if (lower === 'and') return 'and';
  if (lower === 'a' || lower === 'an') return 'article';
  if (DENOMINATORS[lower] !== undefined) return 'denominator';
  return 'other';
}

const STEPS: Record<Kind, (s: QuantityState, t: Tok, at: Reading) => Step> = {
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
