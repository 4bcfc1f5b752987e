import { createRequire } from 'node:module';
import type Nlp from 'compromise';
import { loadSnapshot } from '../model/load-snapshot.js';
import type { CompromiseWorld } from '../model/snapshot.js';
import { modelFromSnapshot, withCaches, type TaggerModel } from './tagger-model.js';
import { joinHyphenated, makeToken, type Sentence, type Token } from './tokens.js';

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
    lexicon: (word) => world.one.lexicon[word],
    suffixPatterns: world.two.suffixPatterns,
    switches: (word) => world.two.switches[word],
    clues: world.two.clues,
    abbreviations: new Set(Object.keys(world.one.abbreviations)),
    parentsOf: (tag) => world.one.tagSet[tag]?.parents ?? [],
    toSingular: (word) => transform.noun.toSingular(word, world),
    toInfinitive: (word, tense) => transform.verb.toInfinitive(word, world, tense),
  });
}

/**
 * Whether a capitalised word may be a name: compromise's lexicon does not know it, or files it
 * under a kind of name (place, person, organisation) rather than as a common word ("Quarry").
 */
export function mayBeName(word: string): boolean {
  const tags = taggerModel().lexicon(word.toLowerCase());
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

function toToken(term: CompromiseTerm, base: number, first: boolean): Token {
  const tags = new Set(term.tags ?? []);
  const start = base + term.offset.start;
  const lemma = (term.root ?? term.normal ?? term.text.toLowerCase()).replace(/['’]s$/, '').replace(/['’]$/, '');
  return makeToken(term.text, lemma, tags, start, start + term.offset.length, (term.post ?? '').trim(), first);
}
