import { TITLE_ABBREVIATIONS } from '../data/lexicon.js';
import { joinHyphenated, lazySentence, makeToken, type Sentence } from './tokens.js';
import type { TaggerModel } from './tagger-model.js';
import { taggerModel } from './nlp.js';

/**
 * The fast path: sentences and tagged tokens from compromise's own lexicon, suffix rules and
 * neighbour clues, without its full contextual pipeline (which reads about 0.15 MB/s). It reads
 * the text in one pass and looks words up in tables, so extraction stays fast on large corpora;
 * `parseSentencesFully` is the reference it is tested against.
 */
export function parseSentencesFast(paragraph: string, base: number): Sentence[] {
  const model = taggerModel();
  const words = tokenize(paragraph);
  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    if (i === words.length - 1 || endsSentence(words[i] as Word, words[i + 1] as Word, model)) {
      const slice = words.slice(from, i + 1);
      const first = slice[0] as Word;
      const last = slice[slice.length - 1] as Word;
      // splitting is cheap; tagging waits until a sentence's words are read
      sentences.push(
        lazySentence(base + first.start, base + last.end + trailing(last.after), () =>
          joinHyphenated(tag(slice, model).map((t, k) => makeToken(t.word.text, t.lemma, t.tags, base + t.word.start, base + t.word.end, t.word.after.trim(), k === 0))),
        ),
      );
      from = i + 1;
    }
  }
  return sentences;
}

// --- internal ---

interface Word {
  text: string;
  start: number;
  end: number;
  /** Everything between this word and the next, whitespace included. */
  after: string;
}

interface Tagged {
  word: Word;
  tags: ReadonlySet<string>;
  lemma: string;
}

// acronyms with dots ("U.N."), numbers with separators ("3,950", "6.5"), words with an apostrophe part ("Drisdale's")
const WORD = /(?:\p{L}\.){2,}|\d+(?:[.,]\d+)*|[\p{L}\p{N}\p{M}\u{1D400}-\u{1D7FF}]+(?:['’]\p{L}+)*/gu;

function tokenize(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const previous = words[words.length - 1];
    if (previous) previous.after = text.slice(previous.end, match.index);
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length, after: '' });
  }
  const last = words[words.length - 1];
  if (last) last.after = text.slice(last.end);
  return words;
}

/** Length of the closing punctuation a sentence keeps ("." and a closing quote), without spaces. */
function trailing(after: string): number {
  const match = /^[^\s]*/.exec(after);
  return match ? match[0].length : 0;
}

const TITLES = new Set(TITLE_ABBREVIATIONS);

function endsSentence(word: Word, next: Word, model: TaggerModel): boolean {
  const punctuation = word.after.trim();
  if (!/[.!?]/.test(punctuation) || !/\s/.test(word.after)) return false;
  const opens = /^[\p{Lu}\p{N}]/u.test(next.text) || /["“‘'(]\s*$/.test(word.after);
  if (!opens) return false;
  if (/[!?]/.test(punctuation)) return true;
  // "Nov. 9", "Lt. Col. Wexmoor", "Mr. Drisdale": an abbreviation's dot ends nothing
  const lower = word.text.toLowerCase();
  return !(punctuation.startsWith('.') && (TITLES.has(lower) || model.abbreviations.has(lower) || /^\p{Lu}$/u.test(word.text)));
}

function lexiconTags(lower: string, model: TaggerModel): string[] {
  const known = model.lexicon(lower);
  if (known !== undefined) return Array.isArray(known) ? known : [known];
  // the lexicon lists nouns in the singular: "followers" is the plural of a known "follower"
  if (PLURAL_ENDING.test(lower)) {
    const singular = model.lexicon(model.toSingular(lower));
    if (singular !== undefined && [singular].flat().some((t) => /Singular|Noun|Actor|Unit|Duration/.test(t))) return ['Plural'];
  }
  for (let n = Math.min(7, lower.length - 1); n >= 2; n--) {
    const tag = model.suffixPatterns[n]?.[lower.slice(-n)];
    if (tag) return [tag];
  }
  // unknown words: the endings compromise itself falls back on
  if (/[^e]ed$|[^aeiou]ied$/.test(lower)) return ['PastTense'];
  if (/ing$/.test(lower) && lower.length > 5) return ['Gerund'];
  if (/ly$/.test(lower) && lower.length > 4) return ['Adverb'];
  return [PLURAL_ENDING.test(lower) ? 'Plural' : 'Singular'];
}

/** Tags every word: lexicon or suffix first, then compromise's clues settle ambiguous words by their neighbours. */
function tag(words: Word[], model: TaggerModel): Tagged[] {
  const lowers = words.map((w) => w.text.toLowerCase().replace(/['’]s$/, ''));
  const base = words.map((word, i): string[] => {
    if (/^\d/.test(word.text)) return ['Cardinal', 'NumericValue'];
    const lower = lowers[i] as string;
    const tags = lexiconTags(lower, model);
    const capital = /^[\p{Lu}\u{1D400}-\u{1D7FF}]/u.test(word.text);
    const known = model.lexicon(lower) !== undefined;
    if (capital && i > 0 && (!known || tags.every((t) => /Singular|Plural|Noun|Adjective/.test(t)))) return ['ProperNoun', ...(known ? [] : ['Singular'])];
    if (/(?:\p{L}\.){2,}/u.test(word.text)) return ['Acronym', 'ProperNoun'];
    return tags;
  });
  const chosen = base.map((tags, i) => {
    const lower = lowers[i] as string;
    const kind = model.switches(lower);
    if (!kind) return tags;
    const clue = model.clues[kind];
    const previous = base[i - 1] ?? [];
    const next = base[i + 1] ?? [];
    const pick =
      clue?.beforeWords?.[lowers[i - 1] ?? ''] ??
      clue?.afterWords?.[lowers[i + 1] ?? ''] ??
      previous.map((t) => clue?.beforeTags?.[t]).find(Boolean) ??
      next.map((t) => clue?.afterTags?.[t]).find(Boolean);
    return pick ? [pick] : tags;
  });
  return words.map((word, i) => {
    const tags = tagSetOf(chosen[i] as string[], model);
    return { word, tags, lemma: lemmaOf(lowers[i] as string, tags, model) };
  });
}

// few tag combinations occur, so each is built once and shared (read only)
const tagSets = new Map<string, ReadonlySet<string>>();

function tagSetOf(tags: string[], model: TaggerModel): ReadonlySet<string> {
  const key = tags.join(',');
  let set = tagSets.get(key);
  if (!set) {
    set = new Set(tags.flatMap((t) => model.withParents(t)));
    tagSets.set(key, set);
  }
  return set;
}

const lemmas = new Map<string, string>();

/** An ending that may mark a plural: not "-ss", nor "-us" or "-is" ("census", "status", "crisis"). */
const PLURAL_ENDING = /[^siu]s$/;

function lemmaOf(lower: string, tags: ReadonlySet<string>, model: TaggerModel): string {
  const tense = ['Gerund', 'Participle', 'PastTense', 'PresentTense'].find((t) => tags.has(t));
  // the lexicon files some plurals under their sense ("years": Duration, "dollars": Currency)
  const plural = tags.has('Plural') || (!tags.has('Verb') && PLURAL_ENDING.test(lower) && model.lexicon(model.toSingular(lower)) !== undefined);
  const kind = plural ? 'Plural' : tense ?? '';
  if (!kind) return lower;
  const key = `${kind}:${lower}`;
  let lemma = lemmas.get(key);
  if (lemma === undefined) {
    lemma = kind === 'Plural' ? model.toSingular(lower) : model.toInfinitive(lower, kind);
    lemmas.set(key, lemma || lower);
  }
  return lemma || lower;
}
