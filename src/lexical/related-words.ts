import levenshtein from 'fast-levenshtein';
import type { Lexicon } from '../lexicon.js';
import { relatedness } from './relatedness.js';
import type { WordnetIndex } from './wordnet-index.js';

/**
 * How related two words are, 0 to 1, for one run: the same word 1; words the lexicon lists as
 * one thing (news knowledge WordNet lacks, and the user's own lists) or a spelling variant 0.9;
 * else WordNet's relatedness. Memoised: the linker asks about the same pairs many times.
 */
export function relatedWords(lexicon: Lexicon, index: WordnetIndex): (a: string, b: string) => number {
  const memo = new Map<string, number>();
  return (a, b) => {
    if (a === b) return 1;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let known = memo.get(key);
    if (known === undefined) {
      known = listed(a, b, lexicon) || spellingVariants(a, b) ? 0.9 : relatedness(a, b, index);
      memo.set(key, known);
    }
    return known;
  };
}

// --- internal ---

function listed(a: string, b: string, lexicon: Lexicon): boolean {
  const classes = new Set(lexicon.keyClasses(a));
  return lexicon.keyClasses(b).some((k) => classes.has(k));
}

/** "organisation" and "organization": long words one letter apart. */
function spellingVariants(a: string, b: string): boolean {
  return a.length >= 6 && b.length >= 6 && a[0] === b[0] && levenshtein.get(a, b) <= 1;
}
