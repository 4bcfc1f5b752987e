/** The tokens both parsers hand on: plain records any stage may read without compromise. */
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

/** A token from its text, lemma and compromise tags; shared by both parsers so they read tags alike. */
export function makeToken(text: string, lemma: string, tags: ReadonlySet<string>, start: number, end: number, after: string, first: boolean): Token {
  return { text, lemma, pos: posOf(tags, text, first), start, end, after, superlative: tags.has('Superlative') };
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

// --- internal ---

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
