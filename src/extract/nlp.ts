import nlp from 'compromise';

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

/**
 * Splits a paragraph into sentences of tokens with compromise.
 * `base` is the paragraph's offset in the file, added to every offset.
 */
export function parseSentences(paragraph: string, base: number): Sentence[] {
  const doc = nlp(paragraph);
  doc.compute('root');
  // `root` is a real json option once compute('root') ran, but compromise's types omit it
  const options = { offset: true, terms: { normal: true, root: true } } as Parameters<typeof doc.json>[0];
  const json = doc.json(options) as CompromiseSentence[];
  return json.map((sentence) => ({
    start: base + sentence.offset.start,
    end: base + sentence.offset.start + sentence.offset.length,
    tokens: joinHyphenated(
      // compromise expands contractions into zero-width terms ("Khamenei's" → "is"): drop them
      sentence.terms.filter((term) => term.offset.length > 0).map((term, i) => toToken(term, base, i === 0)),
    ),
  }));
}

// --- internal ---

function toToken(term: CompromiseTerm, base: number, first: boolean): Token {
  const tags = new Set(term.tags ?? []);
  // a capital that opens a sentence says nothing: only a known kind of name keeps it a name there
  if (first && !tags.has('Person') && !tags.has('Place') && !tags.has('Organization') && !tags.has('Acronym')) tags.delete('ProperNoun');
  const start = base + term.offset.start;
  const lemma = (term.root ?? term.normal ?? term.text.toLowerCase()).replace(/['’]s$/, '').replace(/['’]$/, '');
  return {
    text: term.text,
    lemma,
    pos: posOf(tags, term.text, first),
    start,
    end: start + term.offset.length,
    after: (term.post ?? '').trim(),
    superlative: tags.has('Superlative'),
  };
}

function posOf(tags: Set<string>, text: string, first: boolean): Pos {
  if (tags.has('Value')) return 'value';
  // compromise extends names over their lower-case neighbours ("the Lorn bridge"); a name is capitalised
  if (tags.has('ProperNoun') || tags.has('Person') || tags.has('Place') || tags.has('Organization') || tags.has('Acronym')) {
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
 * compromise splits "cyber-attacks" into two terms. A lower-case compound is one concept
 * ("cyber-attack" is not an "attack"), so it is joined; a compound of names ("Israel-Hamas",
 * "English-language") keeps its parts, each a word of its own.
 */
function joinHyphenated(tokens: Token[]): Token[] {
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
