import { REPORTING } from '../../data/clause-words.js';
import type { Lexicon } from '../../lexicon.js';
import type { CoordinatedRun } from '../coordination.js';
import type { Sentence, Token } from '../tokens.js';
import type { MentionSlot, Span } from './types.js';

/**
 * The words that belong to mention i: the sentence's opening, and its own stretch between its
 * neighbours. A conjunction or comma between two mentions divides their words; with neither,
 * the words between belong to both.
 */
export function territoryOf(i: number, mentions: MentionSlot[], tokens: Token[], sentence: Sentence): Span[] {
  const divide = (left: MentionSlot, right: MentionSlot): { leftEnd: number; rightStart: number } => {
    const between = tokens.filter((t) => t.start >= left.end && t.end <= right.start);
    const conjunction = [...between].reverse().find((t) => /^(and|or|but|while|whereas)$/i.test(t.text));
    if (conjunction) return { leftEnd: conjunction.start, rightStart: conjunction.start };
    const comma = [...between].reverse().find((t) => t.after.includes(',') || t.after.includes(';'));
    if (comma) return { leftEnd: comma.end, rightStart: comma.end };
    return { leftEnd: right.start, rightStart: left.end };
  };
  const current = mentions[i] as MentionSlot;
  const previous = mentions[i - 1];
  const next = mentions[i + 1];
  const own = {
    start: previous ? divide(previous, current).rightStart : sentence.start,
    end: next ? divide(current, next).leftEnd : sentence.end,
  };
  const opening = { start: sentence.start, end: (mentions[0] as MentionSlot).start };
  // "Sales will lose 1,100, while engineering will lose 600": a contrasting clause has its own
  // subject, and keeps only the names of the opening ("Drennock said …, while revenue climbed 4.8%")
  const contrasted = tokens.some((t) => t.start >= opening.end && t.start <= own.start && /^(while|whereas|but)$/i.test(t.text));
  if (!previous) return [own];
  if (!contrasted) return [opening, own];
  return [...tokens.filter((t) => t.pos === 'proper' && t.end <= opening.end).map((t) => ({ start: t.start, end: t.end })), own];
}

/** In "Oltic and Varsh … two million and 310 thousand, respectively" each figure drops the other's item. */
export function siblingItems(i: number, runs: CoordinatedRun[]): Set<number> {
  const run = runs.find((r) => r.members.includes(i));
  if (!run || !run.items) return new Set();
  const position = run.members.indexOf(i);
  return new Set(run.items.filter((_, k) => k !== position).flatMap((item) => item.map((t) => t.start)));
}

/**
 * Names of who is speaking ("Harnett said 83 shops…", "…, said Ilsa Brannet", "according to the
 * Times"): whom a figure is attributed to is not what it is about.
 */
export function attributedNames(tokens: Token[], lexicon: Lexicon): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (!REPORTING.test(t.text) && !REPORTING.test(t.lemma)) return;
    const nearBefore = tokens.slice(Math.max(0, i - 4), i).reverse();
    const nearAfter = tokens.slice(i + 1, i + 5);
    for (const side of [nearBefore, nearAfter]) {
      for (const n of side) {
        if (n.pos === 'proper') out.add(n.start);
        else if (!(lexicon.isStopword(n.lemma) || n.pos === 'function' || n.pos === 'noun')) break;
      }
    }
  });
  return out;
}
