import type { Lexicon } from '../lexicon.js';

const NAME = String.raw`\p{Lu}[\p{L}\p{N}]*`;
const LIST = new RegExp(String.raw`(?<![\p{L}])${NAME}(?:,\s+${NAME})*,?\s+(?:and|or)\s+${NAME}(?![\p{L}])`, 'gu');

/**
 * Lists of names a text coordinates ("Persian and English", "X, Facebook, WhatsApp, and
 * Telegram"): the corpus's own evidence of which names are alternatives to each other.
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
