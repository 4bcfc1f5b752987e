import { DETERMINERS, ROLE_AFTER } from '../../data/clause-words.js';
import type { Lexicon } from '../../lexicon.js';
import type { Token } from '../tokens.js';
import { head, NO_HEAD } from './_head.js';
import { isCommonNoun } from './_tokens.js';
import { withNounModifier } from './noun-group.js';
import type { Head } from './types.js';

/**
 * A figure in a frame of change: after the verb (and the object it may take) or its "by" it is
 * the change ("net profit rose 9%": profit change), after its "to" the new level ("… to $312
 * million": income), after its "from" the old one. What changed is the verb's object ("cut its key rate by"), else its
 * subject; a measure noun stands for what it measures ("the death toll rose to 11": death).
 */
export function changeHead(leftClause: Token[], lexicon: Lexicon, unit: string | null): Head | null {
  const role = ROLE_AFTER.get(leftClause[0]?.lemma ?? '');
  const start = role === undefined ? 0 : 1;
  // "a larger cut of 50 points" is a noun: after a determiner or adjective, or before "of"
  const isChange = (t: Token, i: number) =>
    (lexicon.isChangeVerb(t.text) || (t.pos === 'verb' && lexicon.isChangeVerb(t.lemma))) &&
    (/^(up|down)$/i.test(t.text) || (leftClause[i - 1]?.lemma !== 'of' && !DETERMINERS.has(leftClause[i + 1]?.lemma ?? '') && leftClause[i + 1]?.pos !== 'adjective'));
  const verbAt = leftClause.findIndex((t, i) => i >= start && i <= start + 4 && isChange(t, i));
  // a verb between is another clause's, unless a modifier leads it ("its key rate" read as a verb)
  const between = leftClause.slice(start, verbAt);
  // ("reduce use by 15%": the word right after the verb is its object, however tagged)
  const clauseVerb = (t: Token, j: number) =>
    t.pos === 'verb' && start + j + 1 !== verbAt && !['noun', 'adjective'].includes(leftClause[start + j + 1]?.pos ?? '') && !DETERMINERS.has(leftClause[start + j + 1]?.lemma ?? '');
  if (verbAt < 0 || between.some((t, j) => clauseVerb(t, j) || t.after.includes(','))) return null;
  // "the company raised $1.5bn" is a sum raised, not a change
  if (role === undefined && verbAt === start && (leftClause[verbAt] as Token).lemma === 'raise' && unit !== null && /^[A-Z]{3}$/.test(unit)) return null;
  // the object's head is the word nearest the figure that a determiner or modifier leads ("its key rate")
  const nounLike = (t: Token) => isCommonNoun(t) || (/^\p{L}+$/u.test(t.text) && t.pos === 'verb' && !lexicon.isStopword(t.lemma));
  const object = between.find(nounLike);
  const subject = object ? undefined : subjectHead(leftClause.slice(verbAt + 1, verbAt + 8), lexicon);
  const thing = object ?? subject;
  // "…, up from 14 a year earlier": the old level of something named before the comma
  if (!thing) return role === 'previous' ? { ...NO_HEAD, settled: true } : null;
  const name = withNounModifier(thing, leftClause, lexicon);
  const which = role ?? 'change';
  return head(which === '' ? name : `${name} ${which}`, null);
}

// --- internal ---

/**
 * The head of the noun group a verb of change has for subject, from the words before the verb
 * (given leftward): the last noun of the first group, not a noun of a phrase after it ("the
 * death toll from the flood rose": toll, not flood); a measure noun with "of" stands for what
 * follows ("the number of visitors rose": visitors). The nearest noun when no group opens the
 * clause.
 */
function subjectHead(leftward: Token[], lexicon: Lexicon): Token | undefined {
  const usable = (t: Token | undefined): boolean => t !== undefined && isCommonNoun(t) && !lexicon.isStopword(t.lemma);
  // a measure noun after a noun is the group's head, however tagged ("death toll", "crowd count")
  const measureAfterNoun = (words: Token[], i: number) => lexicon.isMeasureNoun((words[i] as Token).lemma) && usable(words[i - 1]);
  // the auxiliaries of the verb itself ("had risen", "has been cut") belong to no other clause
  const words = [...leftward].reverse();
  while (words.length > 0 && /^(have|be|do|will|would|may|might|could|should|can)$/.test((words[words.length - 1] as Token).lemma)) words.pop();
  const clause = words.slice(words.map((t, i) => t.pos === 'verb' && !measureAfterNoun(words, i)).lastIndexOf(true) + 1);
  let at = clause.findIndex((t) => usable(t) || (t.pos === 'function' && !DETERMINERS.has(t.lemma)));
  if (at < 0 || !usable(clause[at])) return leftward.find(usable);
  while (usable(clause[at + 1]) || (clause[at + 1] !== undefined && measureAfterNoun(clause, at + 1))) at++;
  const noun = clause[at] as Token;
  const measured = clause[at + 1]?.lemma === 'of' ? clause.slice(at + 2, at + 4).find(usable) : undefined;
  return lexicon.isMeasureNoun(noun.lemma) && measured ? measured : noun;
}
