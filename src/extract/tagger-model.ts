import { infinitiver, singularizer, type LoadedSnapshot, type Lookup } from '../model/snapshot.js';

/** The word knowledge compromise ships, for the fast tagger. */
export interface TaggerModel {
  /** A word's tags, as `lexicon[word]` on compromise's lexicon. */
  lexicon: Lookup<string | string[]>;
  /** suffixPatterns[n][last n letters] = tag. */
  suffixPatterns: Array<Record<string, string> | null>;
  /** Ambiguous words and their class ("attack" → "Noun|Verb"). */
  switches: Lookup<string>;
  /** Per class, the neighbour clues that pick a reading. */
  clues: Record<string, Partial<Record<'beforeTags' | 'afterTags' | 'beforeWords' | 'afterWords', Record<string, string>>>>;
  abbreviations: Set<string>;
  /** A tag and every tag above it ("PastTense" → ["PastTense", "Verb"]). */
  withParents(tag: string): string[];
  toSingular(word: string): string;
  toInfinitive(word: string, tense: string): string;
}

/** The model of a snapshot, with compromise's inflections replayed on its data. */
export function modelFromSnapshot(snapshot: LoadedSnapshot): TaggerModel {
  return withCaches({
    lexicon: snapshot.lexicon,
    suffixPatterns: snapshot.suffixPatterns,
    switches: snapshot.switches,
    clues: snapshot.clues,
    abbreviations: new Set(snapshot.abbreviations),
    parentsOf: (tag) => snapshot.parents[tag] ?? [],
    toSingular: singularizer(snapshot),
    toInfinitive: infinitiver(snapshot),
  });
}

/** A model from its tables and inflections, each answer remembered. */
export function withCaches(base: Omit<TaggerModel, 'withParents'> & { parentsOf(tag: string): string[] }): TaggerModel {
  const { parentsOf, toSingular, toInfinitive, ...tables } = base;
  const parents = new Map<string, string[]>();
  // compromise rebuilds lookup tables on every inflection call: remember each answer
  const singulars = new Map<string, string>();
  const infinitives = new Map<string, string>();
  const remember = (cache: Map<string, string>, key: string, compute: () => string): string => {
    let known = cache.get(key);
    if (known === undefined) {
      known = compute();
      cache.set(key, known);
    }
    return known;
  };
  return {
    ...tables,
    withParents(tag) {
      let known = parents.get(tag);
      if (!known) {
        known = [tag, ...parentsOf(tag)];
        parents.set(tag, known);
      }
      return known;
    },
    toSingular: (word) => remember(singulars, word, () => toSingular(word)),
    toInfinitive: (word, tense) => remember(infinitives, `${tense}:${word}`, () => toInfinitive(word, tense)),
  };
}
