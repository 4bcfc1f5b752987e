import type { Lexicon } from '../lexicon.js';
import { mayBeName } from './nlp.js';

const NAME = String.raw`\p{Lu}[\p{L}\p{N}]*`;
const LIST = new RegExp(String.raw`(?<![\p{L}])${NAME}(?:,\s+${NAME})*,?\s+(?:and|or)\s+${NAME}(?![\p{L}])`, 'gu');
// capital letters, and the styled capitals of Unicode's mathematical alphabets ("𝕏")
const WORD = /(?<![\p{L}\p{N}])[\p{Lu}\u{1D400}-\u{1D7FF}][\p{L}\p{N}]*(?:[’'][\p{L}]+)?/gu;

/**
 * Lists of names a text coordinates ("Welsh and Breton", "X, Mastodon, Bluesky, and
 * Threads"): the corpus's own evidence of which names are alternatives to each other.
 */
export function findContrastLists(text: string, lexicon: Lexicon): string[][] {
  const lists: string[][] = [];
  for (const match of text.matchAll(LIST)) {
    const names = match[0]
      .split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
      .map((name) => lexicon.canonical(name.trim()))
      .filter((name) => name && !lexicon.isStopword(name));
    const unique = [...new Set(names)];
    if (unique.length >= 2) lists.push(unique);
  }
  return lists;
}

/** Every capitalised word of a text, possessive stripped, canonical: the names it mentions. */
export function findNames(text: string, lexicon: Lexicon): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(WORD)) names.add(lexicon.canonical(match[0].replace(/[’'][sS]?$/, '')));
  return [...names].sort();
}

/**
 * The names a text uses inside sentences (a capital after a lower-case word or a comma), less
 * common words written with a capital ("Quarry", "Tannery"), canonical and sorted.
 */
export function findNamesInSentences(text: string, lexicon: Lexicon): string[] {
  const names = new Set<string>();
  for (const word of namesMidSentence(text)) {
    const lower = word.toLowerCase();
    if (mayBeName(lower)) names.add(lexicon.canonical(lower));
  }
  return [...names].sort();
}

/** Capitalised words that stand inside a sentence somewhere in the text: names, not sentence openers. */
export function namesMidSentence(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/[\p{Ll},;:]\s+(\p{Lu}[\p{L}\p{N}]*)/gu)) names.add(match[1] as string);
  return names;
}
