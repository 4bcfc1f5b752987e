import type { Lexicon } from '../lexicon.js';
import type { Subject } from '../types.js';
import type { Sentence, Token } from './nlp.js';
import { coordinatedRuns, type CoordinatedRun } from './coordination.js';

/** A number or date found in a sentence, as the subject finder sees it. */
export interface MentionSlot {
  kind: 'number' | 'date';
  start: number;
  end: number;
  unit: string | null;
}

/**
 * Says what each mention of one sentence is about: the key (the thing a figure counts, the
 * event a date dates) and the content words of the mention's own part of the sentence.
 * Mentions must be sorted by offset.
 */
export function describeSubjects(sentence: Sentence, mentions: MentionSlot[], lexicon: Lexicon): Subject[] {
  const tokens = sentence.tokens;
  const inside = (t: Token) => mentions.some((m) => t.start < m.end && t.end > m.start);
  const words = tokens.filter((t) => !inside(t));
  const runs = coordinatedRuns(tokens, mentions, lexicon);
  const keys: Array<{ key: string | null; how: 'after' | 'other' | 'none' }> = [];

  mentions.forEach((mention, i) => {
    const before = words.filter((t) => t.end <= mention.start);
    const after = words.filter((t) => t.start >= mention.end);
    if (mention.kind === 'date') {
      const last = tokens.filter((t) => t.end <= mention.end).pop();
      const open = !last || last.after === '' || last.after === '.';
      keys.push({ key: dateKey(before, open ? after : [], after, lexicon), how: 'other' });
      return;
    }
    const found = numberKey(before, after, lexicon, tokens, mention);
    const previous = keys[i - 1];
    if (found.how === 'none' && previous && mentions[i - 1]?.kind === 'number' && previous.how === 'other') {
      keys.push(previous);
    } else {
      keys.push(found);
    }
  });

  // in "five million and 200,000 followers" the first figure counts what the last one does
  for (const run of runs) {
    const last = keys[run.members[run.members.length - 1] as number];
    for (const member of run.members) if (keys[member]?.how === 'none' && last) keys[member] = last;
  }

  return mentions.map((mention, i) => {
    const territory = territoryOf(i, mentions, tokens, sentence);
    const excluded = siblingItems(i, runs);
    const ranked = words
      .filter((t) => territory.some((span) => t.start >= span.start && t.end <= span.end))
      .filter((t) => isContent(t, lexicon) && !excluded.has(t.start))
      .map((t) => ({ term: lexicon.canonical(t.lemma), distance: distanceTo(t, mention) }))
      .sort((a, b) => a.distance - b.distance);
    const key = keys[i]?.key ?? null;
    // ranked by distance, so the first terms are the ones nearest the mention
    const terms = [...new Set(ranked.map((r) => r.term))].filter((term) => term !== key);
    return {
      key,
      terms,
      label: [key ?? mention.unit ?? 'unknown', ...terms.slice(0, 3)].join(' · '),
    };
  });
}

// --- internal ---

interface Span {
  start: number;
  end: number;
}

function isContent(token: Token, lexicon: Lexicon): boolean {
  if (!/[\p{L}]/u.test(token.text)) return false;
  if (token.pos === 'proper') return true;
  if (token.pos === 'function' || token.pos === 'aux' || token.pos === 'value' || token.pos === 'other') return false;
  if (lexicon.isStopword(token.lemma) || lexicon.isStopword(token.text)) return false;
  return !(token.pos === 'verb' && lexicon.isLightVerb(token.lemma));
}

function distanceTo(token: Token, mention: MentionSlot): number {
  return token.end <= mention.start ? mention.start - token.end : token.start - mention.end;
}

function isCommonNoun(t: Token): boolean {
  return t.pos === 'noun' && /^\p{L}/u.test(t.text);
}

function isEventVerb(t: Token, lexicon: Lexicon): boolean {
  return t.pos === 'verb' && !lexicon.isLightVerb(t.lemma) && !lexicon.isLightVerb(t.text.toLowerCase());
}

/** What a figure counts: the noun after it, the noun of "a following of N", a participle, or nearby words. */
function numberKey(
  before: Token[],
  after: Token[],
  lexicon: Lexicon,
  all: Token[],
  mention: MentionSlot,
): { key: string | null; how: 'after' | 'other' | 'none' } {
  const nextIndex = all.findIndex((t) => t.start >= mention.end);
  const adjacent = nextIndex >= 0 && after[0] === all[nextIndex] ? after : [];
  const run: Token[] = [];
  for (const t of adjacent) {
    if (t.pos === 'noun' || t.pos === 'proper' || (t.pos === 'adjective' && run.every((r) => r.pos !== 'noun'))) {
      run.push(t);
      if (t.after && t.after !== '-') break;
    } else break;
  }
  // "55 percent of these businesses"
  if (mention.unit === 'percent' && adjacent[0]?.lemma === 'of') {
    const object = adjacent.slice(1).find((t) => t.pos === 'noun' || t.pos === 'proper');
    if (object) return { key: lexicon.canonical(object.lemma), how: 'after' };
  }
  const nouns = run.filter((t) => t.pos === 'noun' || t.pos === 'proper');
  const head = [...nouns].reverse().find(isCommonNoun) ?? nouns[nouns.length - 1];
  if (head) {
    const lemma = lexicon.canonical(head.lemma);
    if (!lexicon.isGenericHead(lemma)) return { key: lemma, how: 'after' };
    const rest = after.slice(after.indexOf(head) + 1);
    return { key: predicateOf(before, rest, lexicon) ?? lemma, how: 'after' };
  }
  // "a following of over five million", "a death toll of 14"
  const last = before[before.length - 1];
  const ofNoun = before[before.length - 2];
  if (last?.lemma === 'of' && ofNoun && (ofNoun.pos === 'noun' || ofNoun.pos === 'verb')) {
    return { key: lexicon.canonical(ofNoun.lemma), how: 'other' };
  }
  // "200 injured", "14 dead"
  const participle = adjacent[0];
  if (participle && (participle.pos === 'adjective' || participle.pos === 'verb') && !lexicon.isLightVerb(participle.lemma)) {
    return { key: lexicon.canonical(participle.lemma), how: 'after' };
  }
  return { key: null, how: 'none' };
}

/** For a generic head ("1,200 people"): the event noun before ("death of") or the verb after ("were killed"). */
function predicateOf(before: Token[], rest: Token[], lexicon: Lexicon): string | null {
  const last = before[before.length - 1];
  const ofNoun = before[before.length - 2];
  if (last?.lemma === 'of' && ofNoun?.pos === 'noun') return lexicon.canonical(ofNoun.lemma);
  for (const t of rest.slice(0, 4)) {
    if (t.pos === 'aux' || t.text.toLowerCase() === 'have' || t.text.toLowerCase() === 'been') continue;
    if (isEventVerb(t, lexicon) || t.pos === 'adjective') return lexicon.canonical(t.lemma);
    break;
  }
  const verb = [...before].reverse().slice(0, 6).find((t) => isEventVerb(t, lexicon));
  return verb ? lexicon.canonical(verb.lemma) : null;
}

/** What a date dates: the noun it premodifies ("the Oct. 7 attack"), else the nearest event word. */
function dateKey(before: Token[], adjacent: Token[], after: Token[], lexicon: Lexicon): string | null {
  const usable = (t: Token) => !lexicon.isStopword(t.lemma) && /^\p{L}/u.test(t.text);
  // compromise often reads "the Oct. 7 attack" as a verb: after a determiner it is the noun the date modifies
  const determined = DETERMINERS.has(before[before.length - 1]?.lemma ?? '');
  const run: Token[] = [];
  for (const t of adjacent) {
    const nounLike = t.pos === 'noun' || t.pos === 'proper' || (determined && t.pos === 'verb' && run.length === 0 || run.length > 0 && t.pos === 'verb');
    if (!nounLike || !usable(t)) break;
    run.push(t);
    if (t.after || t.pos === 'verb') break;
  }
  const head = run[run.length - 1];
  if (head && head.pos !== 'proper' && (determined || run.length > 1 || head.pos === 'noun')) return lexicon.canonical(head.lemma);
  const left = withinClause([...before].reverse()).filter(usable).slice(0, 8).find((t) => isCommonNoun(t) || isEventVerb(t, lexicon));
  if (left) return lexicon.canonical(left.lemma);
  const right = after.filter(usable).slice(0, 8);
  const chosen = right.find((t) => isEventVerb(t, lexicon)) ?? right.find(isCommonNoun);
  return chosen ? lexicon.canonical(chosen.lemma) : null;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** Tokens walking left from a mention, up to the first comma or semicolon that closes a clause. */
function withinClause(leftward: Token[]): Token[] {
  const stop = leftward.findIndex((t) => t.after.includes(',') || t.after.includes(';'));
  return stop < 0 ? leftward : leftward.slice(0, stop);
}

/** The words that belong to mention i: the sentence's opening, and its own stretch between its neighbours. */
function territoryOf(i: number, mentions: MentionSlot[], tokens: Token[], sentence: Sentence): Span[] {
  const boundary = (left: MentionSlot, right: MentionSlot): number => {
    const between = tokens.filter((t) => t.start >= left.end && t.end <= right.start);
    const conjunction = [...between].reverse().find((t) => /^(and|or|but|while|whereas)$/i.test(t.text));
    if (conjunction) return conjunction.start;
    const comma = [...between].reverse().find((t) => t.after.includes(',') || t.after.includes(';'));
    return comma ? comma.end : right.start;
  };
  const current = mentions[i] as MentionSlot;
  const previous = mentions[i - 1];
  const next = mentions[i + 1];
  const own = {
    start: previous ? boundary(previous, current) : sentence.start,
    end: next ? boundary(current, next) : sentence.end,
  };
  const opening = { start: sentence.start, end: (mentions[0] as MentionSlot).start };
  return previous ? [opening, own] : [own];
}

/** In "Persian and English … one million and 727 thousand, respectively" each figure drops the other's item. */
function siblingItems(i: number, runs: CoordinatedRun[]): Set<number> {
  const run = runs.find((r) => r.members.includes(i));
  if (!run || !run.items) return new Set();
  const position = run.members.indexOf(i);
  return new Set(run.items.filter((_, k) => k !== position).map((t) => t.start));
}
