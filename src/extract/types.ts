import type { Claim, Mention } from '../types.js';

/** What one document yields: its claims, and what it says of which names are alternatives. */
export interface ExtractedDocument {
  /** Every mention, in document order. */
  mentions: Mention[];
  /** The mentions the reconciler uses. */
  claims: Claim[];
  /** Words the document coordinates as alternatives ("Welsh and Breton"), canonical. */
  contrasts: string[][];
  /** Every name (capitalised word) the document mentions, canonical. */
  names: string[];
}

/**
 * How sentences are parsed: `fast` tags words from compromise's lexicon and clues in one pass;
 * `full` runs compromise's whole contextual tagger (the reference, many times slower).
 */
export type Parser = 'fast' | 'full';
