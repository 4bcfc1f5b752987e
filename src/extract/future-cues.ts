import { FUTURE_MARKERS } from '../data/claim-words.js';
import { escapeRegExp } from '../lexicon.js';

/** Whether the words before a date put it in the future ("will open on", "to open in"). */
export function speaksOfFuture(before: string): boolean {
  return FUTURE.test(before);
}

/**
 * Whether a clause may look ahead at all: a future marker, or a modal or a verb of intent
 * ("would reopen in 30 days", "hopes to finish in six weeks").
 */
export function mayLookAhead(before: string): boolean {
  return FUTURE.test(before) || LOOKING_AHEAD.test(before);
}

/**
 * Whether a clause is told in the past ("crossed", "was", "had"): regular past forms and the
 * auxiliaries, which is enough to tell "crossed in 12 days" from "reopens in 10 days".
 */
export function toldInPast(before: string): boolean {
  return PAST.test(before);
}

// --- internal ---

const PAST = /\b(?:\p{L}{2,}ed|was|were|had|did)\b/iu;

const FUTURE = new RegExp(String.raw`\b(?:${FUTURE_MARKERS.map(escapeRegExp).join('|')})\b|\p{L}['’]ll\b|\bto\s+\p{L}+\s+(?:\p{L}+\s+)?(?:in|on|by)\s*$`, 'iu');
const LOOKING_AHEAD = /\b(?:would|could|may|might|must|should|can|hopes?|aims?|intends?|promised|pledged|vowed|expects?|deadline|ultimatum|countdown)\b/i;
