import { CLAUSAL_PREPOSITIONS, DETERMINERS, PRONOUNS, SUBORDINATORS } from '../../data/clause-words.js';
import type { Lexicon } from '../../lexicon.js';
import type { Token } from '../tokens.js';
import { isCommonNoun, isEventWord, lemmaOf } from './_tokens.js';

/**
 * Tokens walking left from a mention, up to the start of its clause: a comma or semicolon, or
 * a word that opens a subordinate clause ("… the highest since the hall was rebuilt in 1978").
 */
export function withinClause(leftward: Token[], openers: ReadonlySet<string> = SUBORDINATORS, clausalPrepositions = false): Token[] {
  // "… prize of the month after she took the relay on Friday": "after" opens a clause when a subject follows it
  const opensClause = (t: Token, i: number) => clausalPrepositions && CLAUSAL_PREPOSITIONS.has(t.lemma) && (PRONOUNS.has(leftward[i - 1]?.lemma ?? '') || leftward[i - 1]?.pos === 'proper');
  const stop = leftward.findIndex((t, i) => t.after.includes(',') || t.after.includes(';') || (i > 0 && (openers.has(t.lemma) || opensClause(t, i))));
  return stop < 0 ? leftward : leftward.slice(0, stop);
}

/** The verb a counted noun is the subject of: "9 climbers remain", "6 people drowned", "200 were injured". */
export function subjectVerb(rest: Token[], lexicon: Lexicon): string | null {
  for (const t of rest.slice(0, 4)) {
    if (t.pos === 'aux' || lexicon.isLightVerb(t.lemma) || /^(have|been|being|also|still|now|to|who|which|that)$/i.test(t.text)) continue;
    if (isEventWord(t, lexicon) || (t.pos === 'adjective' && /(ed|en|ing)$/.test(t.text))) return lemmaOf(t, lexicon);
    return null;
  }
  return null;
}

/**
 * The subject of a copula: the first noun group after the last verb before it, and that group's
 * last noun ("…said the final tally was" → tally; "Attendance at Friday's gala was" → turnout).
 */
export function nounBefore(leftward: Token[]): Token | null {
  // "income from ticketing reached": an -ing word after a preposition is a noun, not the clause's verb
  const gerund = (i: number) => /ing$/i.test(leftward[i]?.text ?? '') && leftward[i + 1]?.pos === 'function';
  const verb = leftward.findIndex((t, i) => (t.pos === 'verb' || t.pos === 'aux') && !gerund(i));
  const segment = (verb < 0 ? leftward : leftward.slice(0, verb)).reverse();
  const start = segment.findIndex(isCommonNoun);
  if (start < 0) return null;
  let end = start;
  while (end + 1 < segment.length && isCommonNoun(segment[end + 1] as Token)) end++;
  return segment[end] ?? null;
}

/** The first common noun of a clause, before any preposition: "Attendance at Friday's gala was". */
export function clauseSubject(clause: Token[]): Token | null {
  for (const t of clause) {
    if (t.pos === 'function' && !DETERMINERS.has(t.lemma)) break;
    if (isCommonNoun(t)) return t;
  }
  return null;
}
