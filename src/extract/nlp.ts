import { createRequire } from 'node:module';
import type Nlp from 'compromise';
import { loadSnapshot } from '../model/load-snapshot.js';
import { infinitiver, singularizer, type CompromiseSnapshot, type CompromiseWorld } from '../model/snapshot.js';

/** Coarse part of speech, enough to find what a figure counts and what a date dates. */
export type Pos = 'noun' | 'proper' | 'verb' | 'aux' | 'adjective' | 'value' | 'function' | 'other';

/** One word of a sentence as a plain record; offsets are absolute in the file content. */
export interface Token {
  text: string;
  /** Lower-cased lemma: singular nouns, infinitive verbs, possessive stripped. */
  lemma: string;
  pos: Pos;
  start: number;
  end: number;
  /** Punctuation that follows the word ("," "." ")"), trimmed. */
  after: string;
  /** "largest", "deadliest", "most …": marks a comparison baseline ("the largest since 2011"). */
  superlative: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

interface CompromiseTerm {
  text: string;
  normal?: string;
  root?: string;
  tags?: string[];
  post?: string;
  offset: { start: number; length: number };
}

interface CompromiseSentence {
  offset: { start: number; length: number };
  terms: CompromiseTerm[];
}

/** A sentence whose tokens are computed the first time they are read. */
export function lazySentence(start: number, end: number, make: () => Token[]): Sentence {
  let tokens: Token[] | null = null;
  return {
    start,
    end,
    get tokens() {
      tokens ??= make();
      return tokens;
    },
  };
}

/** The word knowledge compromise ships, for the fast tagger. */
export interface TaggerModel {
  lexicon: Record<string, string | string[]>;
  /** suffixPatterns[n][last n letters] = tag. */
  suffixPatterns: Array<Record<string, string> | null>;
  /** Ambiguous words and their class ("attack" → "Noun|Verb"). */
  switches: Record<string, string>;
  /** Per class, the neighbour clues that pick a reading. */
  clues: Record<string, Partial<Record<'beforeTags' | 'afterTags' | 'beforeWords' | 'afterWords', Record<string, string>>>>;
  abbreviations: Set<string>;
  /** A tag and every tag above it ("PastTense" → ["PastTense", "Verb"]). */
  withParents(tag: string): string[];
  toSingular(word: string): string;
  toInfinitive(word: string, tense: string): string;
}

let model: TaggerModel | null = null;

/**
 * compromise's lexicon, suffix rules, disambiguation clues and inflections, loaded once: from the
 * prebuilt snapshot (one JSON file), or from compromise itself when the build wrote none.
 */
export function taggerModel(): TaggerModel {
  if (model) return model;
  const snapshot = loadSnapshot();
  model = snapshot ? modelFromSnapshot(snapshot) : liveTaggerModel();
  return model;
}

/** The model read from compromise itself (its 437 modules and lexicon build): the reference the snapshot is tested against. */
export function liveTaggerModel(): TaggerModel {
  const world = compromise().model() as unknown as CompromiseWorld;
  const transform = (compromise().methods() as unknown as {
    two: { transform: { noun: { toSingular(w: string, m: unknown): string }; verb: { toInfinitive(w: string, m: unknown, tense: string): string } } };
  }).two.transform;
  return withCaches({
    lexicon: world.one.lexicon,
    suffixPatterns: world.two.suffixPatterns,
    switches: world.two.switches,
    clues: world.two.clues,
    abbreviations: new Set(Object.keys(world.one.abbreviations)),
    parentsOf: (tag) => world.one.tagSet[tag]?.parents ?? [],
    toSingular: (word) => transform.noun.toSingular(word, world),
    toInfinitive: (word, tense) => transform.verb.toInfinitive(word, world, tense),
  });
}

/** The model of a snapshot, with compromise's inflections replayed on its data. */
export function modelFromSnapshot(snapshot: CompromiseSnapshot): TaggerModel {
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

/**
 * Whether a capitalised word may be a name: compromise's lexicon does not know it, or files it
 * under a kind of name (place, person, organisation) rather than as a common word ("Quarry").
 */
export function mayBeName(word: string): boolean {
  const tags = taggerModel().lexicon[word.toLowerCase()];
  return tags === undefined || [tags].flat().some((t) => NAME_TAGS.test(t));
}

const NAME_TAGS = /Place|Country|City|Region|Person|Name|Organization|Company|Acronym|ProperNoun/;

/**
 * Splits a paragraph into sentences of tokens with compromise's full parse (its contextual
 * tagger): the reference the fast tagger is checked against, at a fraction of its speed.
 * `base` is the paragraph's offset in the file, added to every offset.
 */
export function parseSentencesFully(paragraph: string, base: number): Sentence[] {
  const doc = compromise()(paragraph);
  doc.compute('root');
  // `root` is a real json option once compute('root') ran, but compromise's types omit it
  const options = { offset: true, terms: { normal: true, root: true } } as Parameters<typeof doc.json>[0];
  const json = doc.json(options) as CompromiseSentence[];
  return json.map((sentence) => ({
    start: base + sentence.offset.start,
    end: base + sentence.offset.start + sentence.offset.length,
    tokens: joinHyphenated(
      // compromise expands contractions into zero-width terms ("Drisdale's" → "is"): drop them
      sentence.terms.filter((term) => term.offset.length > 0).map((term, i) => toToken(term, base, i === 0)),
    ),
  }));
}

// --- internal ---

let nlp: typeof Nlp | null = null;

/** compromise, loaded the first time it is needed (its CommonJS build: one file, loaded synchronously). */
function compromise(): typeof Nlp {
  nlp ??= createRequire(import.meta.url)('compromise') as typeof Nlp;
  return nlp;
}

/** A model from its tables and inflections, each answer remembered. */
function withCaches(base: Omit<TaggerModel, 'withParents'> & { parentsOf(tag: string): string[] }): TaggerModel {
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

function toToken(term: CompromiseTerm, base: number, first: boolean): Token {
  const tags = new Set(term.tags ?? []);
  const start = base + term.offset.start;
  const lemma = (term.root ?? term.normal ?? term.text.toLowerCase()).replace(/['’]s$/, '').replace(/['’]$/, '');
  return makeToken(term.text, lemma, tags, start, start + term.offset.length, (term.post ?? '').trim(), first);
}

/** A token from its text, lemma and compromise tags; shared by both parsers so they read tags alike. */
export function makeToken(text: string, lemma: string, tags: ReadonlySet<string>, start: number, end: number, after: string, first: boolean): Token {
  return { text, lemma, pos: posOf(tags, text, first), start, end, after, superlative: tags.has('Superlative') };
}

function posOf(tags: ReadonlySet<string>, text: string, first: boolean): Pos {
  if (tags.has('Value')) return 'value';
  // a capital that opens a sentence says nothing: only a known kind of name keeps it a name there
  const kindOfName = tags.has('Person') || tags.has('Place') || tags.has('Organization') || tags.has('Acronym');
  // compromise extends names over their lower-case neighbours ("the Lorn bridge"); a name is capitalised
  if ((tags.has('ProperNoun') && !first) || kindOfName) {
    return /^\p{Ll}/u.test(text) ? 'noun' : 'proper';
  }
  if (tags.has('Auxiliary') || tags.has('Copula') || tags.has('Modal')) return 'aux';
  if (tags.has('Verb')) return 'verb';
  if (tags.has('Noun') || tags.has('Pronoun')) return /^\p{Lu}/u.test(text) && !tags.has('Pronoun') && !first ? 'proper' : 'noun';
  if (tags.has('Adjective')) return /^\p{Lu}/u.test(text) && !first ? 'proper' : 'adjective';
  if (tags.has('Determiner') || tags.has('Preposition') || tags.has('Conjunction') || tags.has('Pronoun')) return 'function';
  return 'other';
}

/**
 * compromise splits "half-marathons" into two terms. A lower-case compound is one concept
 * ("half-marathon" is not a "marathon"), so it is joined; a compound of names ("Wexmoor-Tallowby",
 * "Oltic-language") keeps its parts, each a word of its own.
 */
export function joinHyphenated(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const previous = out[out.length - 1];
    if (previous && previous.after === '-' && previous.end + 1 === token.start && !/^\p{Lu}/u.test(previous.text)) {
      out[out.length - 1] = {
        text: `${previous.text}-${token.text}`,
        lemma: `${previous.text.toLowerCase()}-${token.lemma}`,
        pos: token.pos,
        start: previous.start,
        end: token.end,
        after: token.after,
        superlative: token.superlative,
      };
    } else {
      out.push(token);
    }
  }
  return out;
}
