import { escapeRegExp } from '../../lexicon.js';
import type { DatePattern } from './_pattern-parts.js';

/**
 * One scan of a paragraph for the date words of every pattern's `cues`, instead of each pattern's
 * own test: the patterns that may match it, by index (a pattern without cues always may).
 * Paragraphs with U+017F ſ or U+212A K, which Unicode patterns read as s and k, are not scanned:
 * every pattern may match them.
 */
export function cueScanner(patterns: readonly DatePattern[]): (paragraph: string) => Uint8Array {
  const cues = [...new Set(patterns.flatMap((p) => p.cues ?? []))].sort((a, b) => b.length - a.length);
  // longest first: at each position the scan reports the longest cue there, and the others there are its prefixes
  const scan = new RegExp(cues.map(escapeRegExp).join('|'), 'gi');
  const always = Uint8Array.from(patterns, (p) => (p.cues ? 0 : 1));
  const cued = new Map<string, number[]>();
  const patternsCuedBy = (found: string): number[] => {
    let indexes = cued.get(found);
    if (!indexes) {
      indexes = patterns.flatMap((p, i) => (p.cues?.some((cue) => found.startsWith(cue)) ? [i] : []));
      cued.set(found, indexes);
    }
    return indexes;
  };
  return (paragraph) => {
    if (/[\u017f\u212a]/.test(paragraph)) return new Uint8Array(patterns.length).fill(1);
    const may = always.slice();
    scan.lastIndex = 0;
    for (let match = scan.exec(paragraph); match; match = scan.exec(paragraph)) {
      for (const i of patternsCuedBy(match[0].toLowerCase())) may[i] = 1;
      // cues overlap ("month" holds "mon"): the next search starts one character on, not after the match
      scan.lastIndex = match.index + 1;
    }
    return may;
  };
}
