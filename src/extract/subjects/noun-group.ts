import { PROPORTIONS } from '../../data/clause-words.js';
import type { Lexicon } from '../../lexicon.js';
import type { Token } from '../tokens.js';
import { isCommonNoun, lemmaOf } from './_tokens.js';

/**
 * A head noun with the noun that modifies it ("advertising revenue", "cup wins": not all
 * revenue, not all goals); a count noun stands for what it counts ("death toll": death).
 * `leftward` runs from the figure leftward, so the modifier is the token after the noun.
 */
export function withNounModifier(noun: Token, leftward: Token[], lexicon: Lexicon): string {
  const modifier = leftward[leftward.indexOf(noun) + 1];
  // nouns and -ing forms modify ("advertising revenue", "closing price"); adjectives ("net income") are left to the terms
  const modifies = (t: Token) => isCommonNoun(t) || (/ing$/i.test(t.text) && t.pos !== 'proper');
  const attached = modifier !== undefined && modifier.after === '' && modifies(modifier) && !lexicon.isStopword(modifier.lemma) && !lexicon.isGenericHead(modifier.lemma);
  if (!attached) return lemmaOf(noun, lexicon);
  if (lexicon.isMeasureNoun(noun.lemma) && !PROPORTIONS.has(noun.lemma)) return lemmaOf(modifier, lexicon);
  return `${lemmaOf(modifier, lexicon)} ${lemmaOf(noun, lexicon)}`;
}

/** The name a head noun belongs to: "unemployment in Ostrin", "Tavenmoor's turnout", "the Ostrin council". */
export function ownerOf(noun: Token, words: Token[], lexicon: Lexicon): { owner?: string } {
  const at = words.indexOf(noun);
  const next = words[at + 1];
  const name = words[at + 2];
  if (next && /^(in|of|at|for)$/i.test(next.text) && name?.pos === 'proper' && next.end + 1 >= name.start - 1) {
    return { owner: lexicon.canonical(name.lemma) };
  }
  const previous = words[at - 1];
  if (previous?.pos === 'proper' && previous.end + 1 >= noun.start) return { owner: lexicon.canonical(previous.lemma) };
  if (previous && lexicon.isScopeWord(previous.text)) return { owner: previous.text.toLowerCase() };
  return {};
}

/**
 * "the loss of 340 jobs", "a following of over two million": the noun before "of"; for a
 * measure noun, what it measures ("the unemployment rate of 6.4 percent": unemployment).
 */
export function ofNoun(before: Token[], lexicon: Lexicon): string | null {
  const last = before[before.length - 1];
  const noun = before[before.length - 2];
  if (last?.lemma !== 'of' || !noun || (noun.pos !== 'noun' && noun.pos !== 'verb')) return null;
  const modifier = before[before.length - 3];
  if (lexicon.isMeasureNoun(noun.lemma) && modifier && modifier.pos === 'noun' && modifier.end + 1 >= noun.start) return lemmaOf(modifier, lexicon);
  return lemmaOf(noun, lexicon);
}

/** The owner of an "of" figure: "Quenby's unemployment rate of", "the national rate of". */
export function ofOwner(before: Token[], lexicon: Lexicon): { owner?: string } {
  const window = before.slice(-5, -1).reverse();
  const scope = window.find((t) => lexicon.isScopeWord(t.text));
  if (scope) return { owner: scope.text.toLowerCase() };
  const name = window.find((t) => t.pos === 'proper');
  return name ? { owner: lexicon.canonical(name.lemma) } : {};
}
