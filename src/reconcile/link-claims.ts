import levenshtein from 'fast-levenshtein';
import type { Lexicon } from '../lexicon.js';
import type { Claim } from '../types.js';
import type { ContrastSets } from './contrast-sets.js';

/** How strongly two claims are taken to speak of the same thing; null when they do not. */
export interface Link {
  /** Context words both claims share. */
  shared: string[];
  /** The keys are the same word, not only synonyms. */
  sameKey: boolean;
}

/**
 * Two claims from different sources speak of the same thing when they count or date the same
 * key (the same word, a synonym from the lexicon, or a spelling variant), in the same unit,
 * share at least one context word, and name no alternatives the corpus contrasts
 * ("English" vs "Persian", "Instagram" vs "X").
 */
export function linkClaims(a: Claim, b: Claim, lexicon: Lexicon, contrasts: ContrastSets): Link | null {
  if (a.source === b.source || a.kind !== b.kind) return null;
  if (a.kind === 'number' && b.kind === 'number' && a.unit !== b.unit) return null;
  const keyA = a.about.key;
  const keyB = b.about.key;
  if (keyA === null || keyB === null || !keysMatch(keyA, keyB, lexicon)) return null;
  const termsB = new Set(b.about.terms);
  const shared = a.about.terms.filter((t) => termsB.has(t) || b.about.terms.some((u) => isSpellingVariant(t, u)));
  if (shared.length === 0) return null;
  if (clashes(a.about.terms, b.about.terms, contrasts)) return null;
  return { shared, sameKey: keyA === keyB };
}

/** The key classes a claim can be found under, for blocking before pairwise comparison. */
export function blockingKeys(claim: Claim, lexicon: Lexicon): string[] {
  const key = claim.about.key;
  if (key === null) return [];
  const unit = claim.kind === 'number' ? (claim.unit ?? '') : '';
  return lexicon.keyClasses(key).map((k) => `${claim.kind}|${unit}|${k}`);
}

// --- internal ---

function keysMatch(a: string, b: string, lexicon: Lexicon): boolean {
  if (a === b || isSpellingVariant(a, b)) return true;
  const classes = new Set(lexicon.keyClasses(a));
  return lexicon.keyClasses(b).some((k) => classes.has(k));
}

function isSpellingVariant(a: string, b: string): boolean {
  return a !== b && a.length >= 6 && b.length >= 6 && a[0] === b[0] && levenshtein.get(a, b) <= 1;
}

/**
 * Each claim takes, from every contrast set, the member nearest to it ("over one million
 * followers on his English-language account" after "on Twitter": Twitter, not the Instagram
 * of an earlier clause). Claims clash when they took different members of one set.
 */
function clashes(termsA: string[], termsB: string[], contrasts: ContrastSets): boolean {
  const facetsB = facets(termsB, contrasts);
  for (const [set, member] of facets(termsA, contrasts)) {
    const other = facetsB.get(set);
    if (other !== undefined && other !== member) return true;
  }
  return false;
}

/** Terms are nearest first, so the first member of a set seen is the nearest one. */
function facets(terms: string[], contrasts: ContrastSets): Map<string, string> {
  const out = new Map<string, string>();
  for (const term of terms) {
    const set = contrasts.setOf(term);
    if (set !== null && !out.has(set)) out.set(set, term);
  }
  return out;
}
