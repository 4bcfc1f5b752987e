import { readFileSync } from 'node:fs';

/**
 * The compiled WordNet index (see scripts/build-wordnet-index.js): for each lemma, four sorted
 * lists of synset codes: its own senses, what its derivational pointers reach, its hypernyms,
 * and their hypernyms.
 */
export interface WordnetIndex {
  /** The four lists of a lemma, or null when WordNet does not know it. */
  lookup(lemma: string): WordRelations | null;
}

export interface WordRelations {
  own: Uint32Array;
  derived: Uint32Array;
  hypernyms: Uint32Array;
  grandHypernyms: Uint32Array;
}

/** Where `npm run build` writes the index: the package's data folder, beside src/ and dist/. */
export const WORDNET_INDEX_FILE = new URL('../../data/wordnet-index.bin', import.meta.url);

let loaded: WordnetIndex | null = null;

/** The index, read once per process; a missing file is a broken install, said in one line. */
export function wordnetIndex(): WordnetIndex {
  if (loaded) return loaded;
  let bytes: Buffer;
  try {
    bytes = readFileSync(WORDNET_INDEX_FILE);
  } catch {
    throw new Error('the WordNet index (data/wordnet-index.bin) is missing: run `npm run build`');
  }
  loaded = parseIndex(bytes);
  return loaded;
}

/** Reads the binary layout without copying: lookups binary-search the sorted lemma text. */
export function parseIndex(bytes: Buffer): WordnetIndex {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, 5);
  const [, , count = 0, codeCount = 0] = words;
  let at = bytes.byteOffset + 20;
  const offsets = new Uint32Array(bytes.buffer, at, count + 1);
  at += 4 * (count + 1);
  const starts = new Uint32Array(bytes.buffer, at, 4 * count + 1);
  at += 4 * (4 * count + 1);
  const codes = new Uint32Array(bytes.buffer, at, codeCount);
  const text = bytes.subarray(at - bytes.byteOffset + 4 * codeCount);
  const lemmaAt = (i: number) => text.toString('utf8', offsets[i] as number, (offsets[i + 1] as number) - 1);
  const list = (k: number) => codes.subarray(starts[k] as number, starts[k + 1] as number);
  const search = (lemma: string): WordRelations | null => {
    let low = 0;
    let high = count - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const word = lemmaAt(mid);
      if (word === lemma) return { own: list(4 * mid), derived: list(4 * mid + 1), hypernyms: list(4 * mid + 2), grandHypernyms: list(4 * mid + 3) };
      if (word < lemma) low = mid + 1;
      else high = mid - 1;
    }
    return null;
  };
  // a run asks about the same few thousand words again and again; each search decodes ~17 lemmas
  const found = new Map<string, WordRelations | null>();
  return {
    lookup(lemma) {
      let known = found.get(lemma);
      if (known === undefined) {
        known = search(lemma);
        found.set(lemma, known);
      }
      return known;
    },
  };
}
