import type { Lexicon } from '../lexicon.js';
import type { Token } from './nlp.js';
import type { MentionSlot } from './describe-subjects.js';

/** Figures joined by "and"/"or"/commas ("one million and 727 thousand"), with the items they distribute over. */
export interface CoordinatedRun {
  /** Indices into the sentence's mentions. */
  members: number[];
  /**
   * The coordinated items the figures belong to, one per figure, when the sentence says so
   * with "respectively" or "each" ("Persian and English … five million and 200,000 … respectively").
   */
  items: Token[] | null;
}

export function coordinatedRuns(tokens: Token[], mentions: MentionSlot[], lexicon: Lexicon): CoordinatedRun[] {
  const runs: CoordinatedRun[] = [];
  let members: number[] = [];
  const close = () => {
    if (members.length >= 2) runs.push({ members, items: distributedItems(tokens, mentions, members, lexicon) });
    members = [];
  };
  mentions.forEach((mention, i) => {
    const previous = mentions[i - 1];
    const joined =
      previous &&
      previous.kind === 'number' &&
      mention.kind === 'number' &&
      tokens.filter((t) => t.start >= previous.end && t.end <= mention.start).every((t) => /^(and|or)$/i.test(t.text));
    if (joined) {
      if (members.length === 0) members.push(i - 1);
      members.push(i);
    } else {
      close();
    }
  });
  close();
  return runs;
}

// --- internal ---

function distributedItems(tokens: Token[], mentions: MentionSlot[], members: number[], lexicon: Lexicon): Token[] | null {
  const first = mentions[members[0] as number] as MentionSlot;
  const opening = tokens.filter((t) => t.end <= first.start);
  const says = tokens.some((t) => t.lemma === 'respectively' || t.lemma === 'respective') || eachBefore(opening);
  if (!says) return null;
  const lists = coordinatedLists(opening, lexicon);
  return [...lists].reverse().find((list) => list.length === members.length) ?? null;
}

/** "… each have N and M": "each" within the three words before the figures. */
function eachBefore(opening: Token[]): boolean {
  return opening.slice(-3).some((t) => t.text.toLowerCase() === 'each');
}

/** Lists of single words joined by commas, "and" or "or": "Persian and English", "X, Facebook and Telegram". */
function coordinatedLists(tokens: Token[], lexicon: Lexicon): Token[][] {
  const lists: Token[][] = [];
  const isItem = (t: Token | undefined): t is Token =>
    !!t && (t.pos === 'proper' || t.pos === 'adjective' || t.pos === 'noun') && !lexicon.isStopword(t.lemma);
  let i = 0;
  while (i < tokens.length) {
    const start = tokens[i];
    if (!isItem(start)) {
      i++;
      continue;
    }
    const list = [start];
    let j = i;
    for (;;) {
      const current = tokens[j] as Token;
      const next = tokens[j + 1];
      if (current.after.includes(',') && isItem(next)) {
        j += 1;
      } else if (next && /^(and|or)$/i.test(next.text) && isItem(tokens[j + 2])) {
        j += 2;
      } else if (current.after.includes(',') && next && /^(and|or)$/i.test(next.text) && isItem(tokens[j + 2])) {
        j += 2;
      } else break;
      list.push(tokens[j] as Token);
    }
    if (list.length >= 2) lists.push(list);
    i = j + 1;
  }
  return lists;
}
