import { joined, type Tok } from './_tokens.js';

/** The tokens a quantity is read from, and where it starts. */
export interface Reading {
  tokens: Tok[];
  text: string;
  /** The index of the quantity's first token. */
  first: number;
  /** A currency came just before ("$10 b" is ten billion dollars). */
  afterCurrency: boolean;
}

/**
 * How far a quantity has been read; each step returns a new state. `total` holds what larger
 * scales have closed ("two million" of "two million three hundred"), `current` the open group.
 */
export interface QuantityState {
  readonly total: number;
  readonly current: number;
  /** The index of the next token. */
  readonly j: number;
  /** Whether any part of a figure has been read. */
  readonly seen: boolean;
  /** The last scale of a thousand or more applied ("million"); Infinity before any. */
  readonly lastScale: number;
  /** The token before was a scale of a thousand or more. */
  readonly previousWasScale: boolean;
  /** The token before was a scale word, "hundred" included. */
  readonly lastWasScaleWord: boolean;
  /** The token before was "and". */
  readonly pendingAnd: boolean;
  readonly andSeen: boolean;
  /** The scale an "and" came right after ("one million and a half"), else 0. */
  readonly andAfterScale: number;
  /** The state before an "and" after a scale word, to go back to when what follows is a figure of its own. */
  readonly beforeAnd: { total: number; current: number; j: number } | null;
  /** What came since the last "and": the numerator of a fraction after it ("one hundred and three quarters"). */
  readonly sinceAnd: number;
  readonly words: number;
  readonly numerals: number;
  /** Digits alone, so far. */
  readonly plain: boolean;
}

/** What a step gives: the state to go on from, or `{ end }`, the state the quantity ends in. */
export type Step = QuantityState | { end: QuantityState };

export function startAt(first: number): QuantityState {
  return {
    total: 0,
    current: 0,
    j: first,
    seen: false,
    lastScale: Infinity,
    previousWasScale: false,
    lastWasScaleWord: false,
    pendingAnd: false,
    andSeen: false,
    andAfterScale: 0,
    beforeAnd: null,
    sinceAnd: 0,
    words: 0,
    numerals: 0,
    plain: false,
  };
}

/** Ends the quantity in `state`. */
export function stop(state: QuantityState): Step {
  return { end: state };
}

/** Whether token `k` continues the phrase: the first token, one joined to the one before, or one after a joined hyphen. */
export function canJoin(at: Reading, k: number): boolean {
  const { tokens, text } = at;
  return k === at.first || joined(text, tokens[k - 1], tokens[k]) || (tokens[k - 1]?.text === '-' && joined(text, tokens[k - 2], tokens[k - 1]));
}
