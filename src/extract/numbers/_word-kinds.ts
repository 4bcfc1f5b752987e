import { DENOMINATORS, DOZENS, EXTRA_SCALES, SCALES, VULGAR_FRACTIONS } from '../../data/number-words.js';
import { cardinalOf } from '../number-words.js';

/**
 * The word layer of the quantity reader: what a token is to a figure, known from the token
 * alone, once, when the text is split into tokens.
 */
export type WordKind = 'numeral' | 'hyphen' | 'vulgar' | 'caret' | 'times' | 'small' | 'point' | 'dozen' | 'scale' | 'and' | 'article' | 'denominator' | 'other';

/** Scale words: "hundred", "thousand" … "trillion", "lakh", "crore". */
export const SCALE_WORDS: Record<string, number> = { ...SCALES, ...EXTRA_SCALES };

/** The kind of a numeral (`num`), a word (`word`, lower-cased) or another character (`sym`). */
export function wordKindOf(kind: 'num' | 'word' | 'sym', text: string, lower: string): WordKind {
  if (kind === 'num') return 'numeral';
  if (kind === 'sym') return text === '-' ? 'hyphen' : VULGAR_FRACTIONS[text] !== undefined ? 'vulgar' : text === '^' ? 'caret' : 'other';
  if (lower === 'x') return 'times';
  if (cardinalOf(lower) !== undefined) return 'small';
  if (lower === 'point') return 'point';
  if (DOZEN_WORDS.has(lower)) return 'dozen';
  if (SCALE_WORDS[lower] !== undefined) return 'scale';
  if (lower === 'and') return 'and';
  if (lower === 'a' || lower === 'an') return 'article';
  if (DENOMINATORS[lower] !== undefined) return 'denominator';
  return 'other';
}

// --- internal ---

const DOZEN_WORDS = new Set(DOZENS);
