import { CLAUSAL_PREPOSITIONS, COPULAS, DETERMINERS, DURATION_FILLERS, DURATION_RELATIONS, FIGURE_SUBORDINATORS, PRONOUNS, PROPORTIONS, REPORTING, ROLE_AFTER, SUBORDINATORS } from '../data/clause-words.js';
import { NOT_SUBJECTS } from '../data/lexicon.js';
import { isDuration, UNIT_SPELLINGS, UNITS_BY_SYMBOL } from '../data/units.js';
import type { Lexicon } from '../lexicon.js';
import type { Subject } from '../types.js';
import { coordinatedRuns, type CoordinatedRun } from './coordination.js';
import type { Sentence, Token } from './nlp.js';

/** A number or date found in a sentence, as the subject finder sees it. */
export interface MentionSlot {
  kind: 'number' | 'date';
  start: number;
  end: number;
  unit: string | null;
}

/**
 * Says what each mention of one sentence is about: the key (the thing a figure counts, the
 * event a date dates), the verb that governs a figure, and the content words of the mention's
 * own part of the sentence, then those of the sentence before it (news often names the subject
 * there: "The footbridge collapsed on Tuesday. Six people were hurt."). Mentions must be sorted by offset.
 */
export function describeSubjects(sentence: Sentence, mentions: MentionSlot[], lexicon: Lexicon, previous: Sentence | null = null): Subject[] {
  const { tokens } = sentence;
  const inside = (t: Token) => mentions.some((m) => t.start < m.end && t.end > m.start);
  const words = tokens.filter((t) => !inside(t));
  const runs = coordinatedRuns(tokens, mentions, lexicon);
  const heads: Head[] = [];

  mentions.forEach((mention, i) => {
    const before = words.filter((t) => t.end <= mention.start);
    const after = words.filter((t) => t.start >= mention.end);
    const adjacent = followsDirectly(tokens, mention) ? contiguousAfter(tokens, mention, inside) : [];
    if (mention.kind === 'date') {
      heads.push(dateHead(before, adjacent, after, lexicon));
      return;
    }
    const found = rateOf(numberHead(before, after, adjacent, lexicon, mention), mention, adjacent, lexicon);
    // "Tolvar has 9 firms … and Brisham has 14": the second figure counts what the first does
    const previousIndex = i - 1;
    const previous = heads[previousIndex];
    const joined = previous && mentions[previousIndex]?.kind === 'number' && (mentions[previousIndex]?.unit === mention.unit || (isDuration(mention.unit) && isDuration(mentions[previousIndex]?.unit ?? null))) &&
      tokens.some((t) => t.start >= (mentions[previousIndex] as MentionSlot).end && t.end <= mention.start && (/^(and|or|but|while)$/i.test(t.text) || t.after.includes(',')));
    heads.push(found.key === null && !found.settled && joined ? previous : found);
  });

  // in "four million and 150,000 followers" the first figure counts what the last one does
  for (const run of runs) {
    const last = heads[run.members[run.members.length - 1] as number];
    for (const member of run.members) if (heads[member]?.key === null && last) heads[member] = last;
  }
  mentions.forEach((mention, i) => {
    // a duration with no event ("the first in 28 years") says nothing a noun nearby could own
    if (mention.kind !== 'number' || heads[i]?.key !== null || heads[i]?.settled || isDuration(mention.unit)) return;
    const before = words.filter((t) => t.end <= mention.start);
    heads[i] = labelHead(before, lexicon) ?? nearestNounHead(before, lexicon);
    // a measure with nothing else to go by is about its dimension ("607 km" and "630km": a length)
    const dimension = mention.unit === null ? undefined : UNITS_BY_SYMBOL.get(mention.unit)?.dimension;
    if (heads[i]?.key === null && dimension && dimension !== 'proportion') heads[i] = head(dimension, null);
  });

  const speakers = attributedNames(tokens, lexicon);
  // the sentence before is tagged only when a claim needs it: one that names nobody itself
  let before: string[] | null = null;
  const contextWords = (): string[] =>
    (before ??= previous ? [...new Set(previous.tokens.filter((t) => isContent(t, lexicon)).map((t) => lexicon.canonical(t.lemma)).reverse())] : []);
  const numbers = mentions.filter((m) => m.kind === 'number');
  const sentenceTerms = [...new Set(words.filter((t) => isContent(t, lexicon)).map((t) => lexicon.canonical(t.lemma)))];
  return mentions.map((mention, i) => {
    // a date inside a figure's clause modifies it ("14 died in last week's storms"): only figures divide figures
    // figures shared out over items ("… 21 months and 18 months, respectively") read the whole sentence, less the other items
    const territory = runs.some((run) => run.items && run.members.includes(i))
      ? [{ start: sentence.start, end: sentence.end }]
      : mention.kind === 'number' ? territoryOf(numbers.indexOf(mention), numbers, tokens, sentence) : territoryOf(i, mentions, tokens, sentence);
    const excluded = siblingItems(i, runs);
    const ranked = words
      .filter((t) => territory.some((span) => t.start >= span.start && t.end <= span.end))
      .filter((t) => isContent(t, lexicon) && !excluded.has(t.start))
      .map((t) => ({ term: lexicon.canonical(t.lemma), proper: t.pos === 'proper' && !speakers.has(t.start), distance: distanceTo(t, mention) }))
      .sort((a, b) => a.distance - b.distance);
    const head = heads[i] as Head;
    const keyWords = new Set([...(head.key?.split(' ') ?? []), ...(head.noun ? [head.noun] : [])]);
    // ranked by distance, so the first terms are the ones nearest the mention
    const own = [...new Set(ranked.map((r) => r.term))].filter((term) => !keyWords.has(term));
    const nearest = new Set(own.slice(0, 5));
    const entities = [...new Set(ranked.filter((r) => r.proper && nearest.has(r.term)).map((r) => r.term))];
    const context = entities.length > 0 ? [] : contextWords().filter((term) => !keyWords.has(term) && !own.includes(term));
    return {
      key: head.key !== null && NOT_SUBJECT.has(head.key.split(' ').pop() as string) ? null : head.key,
      anchors: head.anchors.filter((a) => !NOT_SUBJECT.has(a)),
      predicate: head.predicate,
      terms: own,
      sentenceTerms,
      context,
      entities,
      owner: head.owner ?? null,
      total: lexicon.aggregatePattern.test(sentenceText(tokens, territory)),
      label: [head.key ?? mention.unit ?? 'unknown', ...own.slice(0, 3)].join(' · '),
    };
  });
}

// --- internal ---

const NOT_SUBJECT = new Set(NOT_SUBJECTS);

interface Head {
  key: string | null;
  anchors: string[];
  predicate: string | null;
  /** The counted noun when the key is its verb ("people" of "1,200 people killed"). */
  noun?: string;
  /** Known to be about nothing nameable: no guess from the nouns nearby. */
  settled?: boolean;
  owner?: string;
}

interface Span {
  start: number;
  end: number;
}

const NO_HEAD: Head = { key: null, anchors: [], predicate: null };

function head(key: string | null, predicate: string | null, anchors: string[] = []): Head {
  return { key, predicate, anchors: [...new Set([...(key ? [key] : []), ...anchors])] };
}

/** Whether the word after the mention follows it with no punctuation between. */
function followsDirectly(tokens: Token[], mention: MentionSlot): boolean {
  const last = tokens.filter((t) => t.end <= mention.end).pop();
  return !last || last.after === '' || last.after === '.' || last.after === '-';
}

/**
 * Names of who is speaking ("Harnett said 83 shops…", "…, said Ilsa Brannet", "according to the
 * Times"): whom a figure is attributed to is not what it is about.
 */
function attributedNames(tokens: Token[], lexicon: Lexicon): Set<number> {
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

function sentenceText(tokens: Token[], spans: Span[]): string {
  return tokens.filter((t) => spans.some((s) => t.start >= s.start && t.end <= s.end)).map((t) => t.text).join(' ');
}

/** The words right after a mention, up to the next mention. */
function contiguousAfter(tokens: Token[], mention: MentionSlot, inside: (t: Token) => boolean): Token[] {
  const first = tokens.findIndex((t) => t.start >= mention.end);
  if (first < 0) return [];
  const rest = tokens.slice(first);
  const stop = rest.findIndex(inside);
  return stop < 0 ? rest : rest.slice(0, stop);
}

function isContent(token: Token, lexicon: Lexicon): boolean {
  if (!/[\p{L}]/u.test(token.text)) return false;
  if (token.pos === 'proper') return true;
  if (token.pos === 'function' || token.pos === 'aux' || token.pos === 'value' || token.pos === 'other') return false;
  if (lexicon.isStopword(token.lemma) || lexicon.isStopword(token.text)) return false;
  return !(token.pos === 'verb' && lexicon.isLightVerb(token.lemma));
}

function usable(t: Token, lexicon: Lexicon): boolean {
  return !lexicon.isStopword(t.lemma) && /^\p{L}/u.test(t.text);
}

function distanceTo(token: Token, mention: MentionSlot): number {
  return token.end <= mention.start ? mention.start - token.end : token.start - mention.end;
}

function isCommonNoun(t: Token): boolean {
  return t.pos === 'noun' && /^\p{L}/u.test(t.text);
}

/** compromise tags many participles ("closed", "injured") as adjectives; they still name events. */
function isParticiple(t: Token): boolean {
  return (t.pos === 'adjective' || t.pos === 'verb') && /(ed|en)$/i.test(t.text);
}

function isEventWord(t: Token, lexicon: Lexicon): boolean {
  if (lexicon.isLightVerb(t.lemma) || lexicon.isLightVerb(t.text.toLowerCase())) return false;
  return t.pos === 'verb' || isParticiple(t);
}

/**
 * Tokens walking left from a mention, up to the start of its clause: a comma or semicolon, or
 * a word that opens a subordinate clause ("… the highest since the hall was rebuilt in 1978").
 */
function withinClause(leftward: Token[], openers: ReadonlySet<string> = SUBORDINATORS, clausalPrepositions = false): Token[] {
  // "… prize of the month after she took the relay on Friday": "after" opens a clause when a subject follows it
  const opensClause = (t: Token, i: number) => clausalPrepositions && CLAUSAL_PREPOSITIONS.has(t.lemma) && (PRONOUNS.has(leftward[i - 1]?.lemma ?? '') || leftward[i - 1]?.pos === 'proper');
  const stop = leftward.findIndex((t, i) => t.after.includes(',') || t.after.includes(';') || (i > 0 && (openers.has(t.lemma) || opensClause(t, i))));
  return stop < 0 ? leftward : leftward.slice(0, stop);
}

function lemmaOf(t: Token, lexicon: Lexicon): string {
  return lexicon.canonical(t.lemma);
}

/**
 * What a figure counts: the noun after it with its participle modifiers ("injured passengers"),
 * the object of "38 percent of", the noun of "a following of N", a participle ("200 injured"),
 * or the subject of a copula ("Attendance was 48 percent").
 */
function numberHead(before: Token[], after: Token[], adjacent: Token[], lexicon: Lexicon, mention: MentionSlot): Head {
  const run: Token[] = [];
  for (const t of adjacent) {
    const fits = t.pos === 'noun' || t.pos === 'proper' || ((t.pos === 'adjective' || isParticiple(t)) && run.every((r) => r.pos !== 'noun'));
    if (!fits || !usable(t, lexicon) && t.pos !== 'noun') break;
    run.push(t);
    if (t.after && t.after !== '-') break;
  }
  const leftClause = withinClause([...before].reverse(), FIGURE_SUBORDINATORS);
  // an age is about a person: "the 44-year-old keeper", "Orvell, aged 31"
  if (mention.unit === 'year') return head('age', null);
  // "revenue rose 5.4% to $4.47bn": a change and a new level of what changed
  // ("cut 200 jobs" counts jobs: a noun after the figure says what it counts)
  // (a duration after a verb of change says how long: "has risen for 10 straight years")
  const change = !isDuration(mention.unit) && (mention.unit !== null || !run.some((t) => t.pos === 'noun')) ? changeHead(leftClause, lexicon, mention.unit) : null;
  if (change) return change;
  // a sum of money is about the deal, price or fine named beside it ("a $3.4bn deal", "a fine of £40m")
  if (mention.unit !== null && /^[A-Z]{3}$/.test(mention.unit)) {
    // "$31.60 a share", "£12 per hour": a rate, never a total
    const per = rateUnit(adjacent, lexicon);
    const money = [...adjacent.slice(0, 2), ...leftClause.slice(0, 4)].find((t) => lexicon.isMoneyNoun(t.lemma));
    const amount = money === undefined ? null : leftClause.includes(money) ? withNounModifier(money, leftClause, lexicon) : lemmaOf(money, lexicon);
    if (per) return head(`${amount ?? 'price'} per ${lemmaOf(per, lexicon)}`, null);
    if (amount) return head(amount, null);
    // "agreed to buy the carrier for $3.4bn", "will pay 3.4 billion euros for": a price
    if (leftClause.slice(0, 8).some((t) => t.pos === 'verb' && (lexicon.isPriceVerb(t.lemma) || lexicon.isPriceVerb(t.text)))) return head('price', null);
  }
  // "carrying 41 pilgrims": the verb right before the figure governs it (compromise may read "killing" as a noun)
  // ("… and injured 45" though the tagger reads "injured" as an adjective; "an estimated 500" is no verb)
  const objectVerb = [leftClause[0]].find(
    (t) =>
      t !== undefined &&
      (t.pos === 'verb' || (t.pos === 'noun' && /ing$/.test(t.text)) || (isParticiple(t) && !DETERMINERS.has(leftClause[1]?.lemma ?? ''))) &&
      !lexicon.isLightVerb(t.lemma),
  );
  const measured = mention.unit === 'percent' ? ofNoun(before, lexicon) : null;
  if (measured && adjacent[0]?.lemma !== 'of') return { ...head(measured, null), ...ofOwner(before, lexicon) };
  if ((mention.unit === 'percent' || mention.unit === 'fraction') && adjacent[0]?.lemma === 'of') {
    const object = adjacent.slice(1).find((t) => t.pos === 'noun' || t.pos === 'proper');
    if (object) return head(lemmaOf(object, lexicon), objectVerb ? lemmaOf(objectVerb, lexicon) : null);
  }
  const nouns = run.filter((t) => t.pos === 'noun' || t.pos === 'proper');
  if (nouns.length === 0 && isDuration(mention.unit)) return durationHead(leftClause, adjacent, after, lexicon);
  const noun = [...nouns].reverse().find(isCommonNoun) ?? nouns[nouns.length - 1];
  if (noun) {
    const lemma = lemmaOf(noun, lexicon);
    const modifiers = run.slice(0, run.indexOf(noun)).filter(isParticiple).map((t) => lemmaOf(t, lexicon));
    const rest = after.slice(after.indexOf(noun) + 1);
    const predicate = subjectVerb(rest, lexicon) ?? (objectVerb ? lemmaOf(objectVerb, lexicon) : null);
    const owner = ownerOf(noun, [...before, ...after], lexicon);
    if (lexicon.isGenericHead(lemma)) {
      const event = ofNoun(before, lexicon) ?? predicate;
      const key = event && lexicon.isNarrowingHead(lemma) ? `${lemma} ${event}` : (event ?? lemma);
      return { ...head(key, event), noun: lemma, ...owner };
    }
    // "21 cup wins" are not all wins
    const nounModifiers = run.slice(0, run.indexOf(noun)).filter((t) => isCommonNoun(t) && !lexicon.isStopword(t.lemma) && !lexicon.isGenericHead(t.lemma)).map((t) => lemmaOf(t, lexicon));
    return { ...head([...modifiers, ...nounModifiers, lemma].join(' '), predicate), ...owner };
  }
  const of = ofNoun(before, lexicon);
  if (of) return { ...head(of, null), ...ofOwner(before, lexicon) };
  const participle = adjacent[0];
  if (participle && (participle.pos === 'adjective' || participle.pos === 'verb') && !lexicon.isLightVerb(participle.lemma)) {
    const lemma = lemmaOf(participle, lexicon);
    return head(lemma, lemma);
  }
  // "… and injured 45": the verb before a bare figure says what it counts
  if (objectVerb) {
    const lemma = lemmaOf(objectVerb, lexicon);
    return head(lemma, lemma);
  }
  const copula = leftClause.find((t) => usable(t, lexicon) || t.pos === 'aux');
  if (copula && (copula.pos === 'aux' || COPULAS.has(copula.lemma) || COPULAS.has(copula.text.toLowerCase()))) {
    const leftOfCopula = leftClause.slice(leftClause.indexOf(copula) + 1);
    const subject = nounBefore(leftOfCopula) ?? clauseSubject([...leftOfCopula].reverse());
    if (subject) {
      // "the final tally was 27": a measure noun stands for what it measures
      const at = leftOfCopula.indexOf(subject);
      const modifier = leftOfCopula[at + 1];
      // leftOfCopula runs leftward, so the word before the head noun is at + 1
      const key = lexicon.isMeasureNoun(subject.lemma) && modifier?.pos === 'noun' ? modifier : subject;
      // ("ticketing income reached": the noun before the subject narrows it, as after a figure)
      const name = key === subject ? withNounModifier(subject, leftOfCopula, lexicon) : lemmaOf(key, lexicon);
      return { ...head(name, null), ...ownerOf(subject, before, lexicon) };
    }
  }
  return NO_HEAD;
}

/**
 * A figure in a frame of change: after the verb (and the object it may take) or its "by" it is
 * the change ("net profit rose 9%": profit change), after its "to" the new level ("… to $312
 * million": income), after its "from" the old one. What changed is the verb's object ("cut its key rate by"), else its
 * subject; a measure noun stands for what it measures ("the death toll rose to 11": death).
 */
function changeHead(leftClause: Token[], lexicon: Lexicon, unit: string | null): Head | null {
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
  const subject = object ? undefined : leftClause.slice(verbAt + 1, verbAt + 8).find((t) => isCommonNoun(t) && !lexicon.isStopword(t.lemma));
  const thing = object ?? subject;
  // "…, up from 14 a year earlier": the old level of something named before the comma
  if (!thing) return role === 'previous' ? { ...NO_HEAD, settled: true } : null;
  const name = withNounModifier(thing, leftClause, lexicon);
  const which = role ?? 'change';
  return head(which === '' ? name : `${name} ${which}`, null);
}

/**
 * A head noun with the noun that modifies it ("advertising revenue", "cup wins": not all
 * revenue, not all goals); a count noun stands for what it counts ("death toll": death).
 * `leftward` runs from the figure leftward, so the modifier is the token after the noun.
 */
function withNounModifier(noun: Token, leftward: Token[], lexicon: Lexicon): string {
  const modifier = leftward[leftward.indexOf(noun) + 1];
  // nouns and -ing forms modify ("advertising revenue", "closing price"); adjectives ("net income") are left to the terms
  const modifies = (t: Token) => isCommonNoun(t) || (/ing$/i.test(t.text) && t.pos !== 'proper');
  const attached = modifier !== undefined && modifier.after === '' && modifies(modifier) && !lexicon.isStopword(modifier.lemma) && !lexicon.isGenericHead(modifier.lemma);
  if (!attached) return lemmaOf(noun, lexicon);
  if (lexicon.isMeasureNoun(noun.lemma) && !PROPORTIONS.has(noun.lemma)) return lemmaOf(modifier, lexicon);
  return `${lemmaOf(modifier, lexicon)} ${lemmaOf(noun, lexicon)}`;
}

/** The unit of a rate after a figure: "share" of "$31.60 a share", "day" of "80 litres (of water) a day". */
function rateUnit(adjacent: Token[], lexicon: Lexicon): Token | undefined {
  const at = adjacent[0]?.lemma === 'of' && adjacent[1]?.pos === 'noun' ? 2 : 0;
  const unit = adjacent[at + 1];
  const rate = /^(a|an|per|each)$/i.test(adjacent[at]?.text ?? '') && unit && /^\p{L}+$/u.test(unit.text) && unit.pos !== 'proper' && (usable(unit, lexicon) || UNIT_SPELLINGS.get(unit.text.toLowerCase())?.dimension === 'time');
  return rate ? unit : undefined;
}

/** A measure per something is a rate: "80 litres a day" never meets "4,000 cubic metres a year". */
function rateOf(found: Head, mention: MentionSlot, adjacent: Token[], lexicon: Lexicon): Head {
  const per = mention.unit !== null && !/^[A-Z]{3}$/.test(mention.unit) && found.key !== null ? rateUnit(adjacent, lexicon) : undefined;
  return per ? { ...found, key: `${found.key} per ${lemmaOf(per, lexicon)}` } : found;
}

/**
 * What a duration that the tagger saw no noun after measures: the word it modifies ("a two-week
 * strike", whose "strike" may be read as a verb), the verb it follows ("spent 30 days",
 * "jailed for four years", "sentenced to 7 years"), the thing before "for" ("extended the ban
 * for 30 days"), the infinitive of "took three years to
 * build", or the subject of "the match lasted 90 minutes". A duration between events, or one with no verb, is about nothing that can be named.
 */
function durationHead(leftClause: Token[], adjacent: Token[], after: Token[], lexicon: Lexicon): Head {
  const isEventVerb = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'verb' || isParticiple(t)) && !lexicon.isLightVerb(t.lemma);
  const modified = adjacent[0];
  if (modified && isEventVerb(modified) && usable(modified, lexicon)) return head(lemmaOf(modified, lexicon), null);
  const left = leftClause.filter((t, i) => i > 1 || !DURATION_FILLERS.has(t.lemma));
  const [first, second] = left;
  // "suspended for six weeks after an inquiry" lasts; "two years after his diagnosis" is a gap
  if (first?.lemma !== 'for' && DURATION_RELATIONS.has(after[0]?.lemma ?? '')) return NO_HEAD;
  if (first && /^(take|takes|taken|taking|took|last|lasts|lasted|lasting)$/.test(first.text.toLowerCase())) {
    const purpose = after[0]?.lemma === 'to' ? after[1] : undefined;
    if (purpose && isEventVerb(purpose)) return head(lemmaOf(purpose, lexicon), lemmaOf(purpose, lexicon));
    // "the flight took 2 hours 30 minutes": how long its subject took
    const subject = nounBefore(leftClause.slice(1));
    if (subject) return head(lemmaOf(subject, lexicon), null);
  }
  if (first && isEventVerb(first)) return head(lemmaOf(first, lexicon), lemmaOf(first, lexicon));
  if (second && (first?.lemma === 'for' || first?.lemma === 'to') && isEventVerb(second)) return head(lemmaOf(second, lexicon), lemmaOf(second, lexicon));
  // "extended the detention of Pim Ostrand for 30 days": what lasts is the thing before "for"
  const nounLike = (t: Token, k: number) => isCommonNoun(t) || (/^\p{L}+$/u.test(t.text) && DETERMINERS.has(left[k + 1]?.lemma ?? ''));
  const lasting = first?.lemma === 'for' ? left.slice(1, 6).find((t, k) => nounLike(t, k + 1)) : undefined;
  if (lasting) return head(lemmaOf(lasting, lexicon), null);
  return NO_HEAD;
}

/** The name a head noun belongs to: "unemployment in Ostrin", "Tavenmoor's turnout", "the Ostrin council". */
function ownerOf(noun: Token, words: Token[], lexicon: Lexicon): { owner?: string } {
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
function ofNoun(before: Token[], lexicon: Lexicon): string | null {
  const last = before[before.length - 1];
  const noun = before[before.length - 2];
  if (last?.lemma !== 'of' || !noun || (noun.pos !== 'noun' && noun.pos !== 'verb')) return null;
  const modifier = before[before.length - 3];
  if (lexicon.isMeasureNoun(noun.lemma) && modifier && modifier.pos === 'noun' && modifier.end + 1 >= noun.start) return lemmaOf(modifier, lexicon);
  return lemmaOf(noun, lexicon);
}

/** The owner of an "of" figure: "Quenby's unemployment rate of", "the national rate of". */
function ofOwner(before: Token[], lexicon: Lexicon): { owner?: string } {
  const window = before.slice(-5, -1).reverse();
  const scope = window.find((t) => lexicon.isScopeWord(t.text));
  if (scope) return { owner: scope.text.toLowerCase() };
  const name = window.find((t) => t.pos === 'proper');
  return name ? { owner: lexicon.canonical(name.lemma) } : {};
}

/** The verb a counted noun is the subject of: "9 climbers remain", "6 people drowned", "200 were injured". */
function subjectVerb(rest: Token[], lexicon: Lexicon): string | null {
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
function nounBefore(leftward: Token[]): Token | null {
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
function clauseSubject(clause: Token[]): Token | null {
  for (const t of clause) {
    if (t.pos === 'function' && !DETERMINERS.has(t.lemma)) break;
    if (isCommonNoun(t)) return t;
  }
  return null;
}

/** "Distance: 410km", "Attendance: 48%": the label before a colon names the figure. */
function labelHead(before: Token[], lexicon: Lexicon): Head | null {
  const last = before[before.length - 1];
  if (!last || !last.after.includes(':')) return null;
  const noun = [last, before[before.length - 2]].find((t): t is Token => !!t && isCommonNoun(t));
  return noun ? head(lemmaOf(noun, lexicon), null) : null;
}

/** The last resort for a figure: the nearest common noun before it in its clause. */
function nearestNounHead(before: Token[], lexicon: Lexicon): Head {
  const noun = withinClause([...before].reverse()).slice(0, 4).find(isCommonNoun);
  return noun ? head(lemmaOf(noun, lexicon), null) : NO_HEAD;
}

/**
 * What a date dates: the noun it premodifies ("the May 12 strike"), else the nearest event word
 * of its clause; the clause's other nouns and event verbs are kept as anchors, since reports name
 * one event in different words ("the fire that destroyed the warehouse on June 12" and "the
 * warehouse fire in June").
 */
function dateHead(before: Token[], adjacent: Token[], after: Token[], lexicon: Lexicon): Head {
  // compromise often reads "the May 12 strike" as a verb: after a determiner it is the noun the date modifies
  const determined = DETERMINERS.has(before[before.length - 1]?.lemma ?? '');
  const run: Token[] = [];
  for (const t of adjacent) {
    // ("Thursday's open-water relay": adjectives may stand before the noun)
    const nounLike = t.pos === 'noun' || t.pos === 'proper' || (t.pos === 'verb' && (determined || run.length > 0)) || t.pos === 'adjective';
    if (!nounLike || (!usable(t, lexicon) && (t.after || t.pos !== 'noun'))) break;
    if (usable(t, lexicon)) run.push(t);
    if (t.after || t.pos === 'verb') break;
  }
  while (run.length > 0 && run[run.length - 1]?.pos === 'adjective') run.pop();
  const last = run[run.length - 1];
  const premodified = last && last.pos !== 'proper' && (determined || run.length > 1 || last.pos === 'noun') ? lemmaOf(last, lexicon) : null;
  const left = withinClause([...before].reverse(), SUBORDINATORS, true).filter((t) => usable(t, lexicon)).slice(0, 8);
  const leftAnchors = left.filter((t) => isCommonNoun(t) || isEventWord(t, lexicon));
  const right = after.filter((t) => usable(t, lexicon)).slice(0, 8);
  const rightAnchors = leftAnchors.length > 0 ? [] : [right.find((t) => isEventWord(t, lexicon)), right.find(isCommonNoun)].filter((t): t is Token => !!t);
  const anchors = [...leftAnchors, ...rightAnchors].map((t) => lemmaOf(t, lexicon));
  return head(premodified ?? anchors[0] ?? null, phaseOfClause(before, after, lexicon), anchors);
}

/** "ended their blockade on Wednesday": the phase the clause's verb dates, which becomes the date's predicate. */
function phaseOfClause(before: Token[], after: Token[], lexicon: Lexicon): string | null {
  const upToComma = after.findIndex((t) => t.after.includes(',') || t.after.includes(';'));
  const clause = [...withinClause([...before].reverse()).slice(0, 8), ...after.slice(0, upToComma < 0 ? 4 : Math.min(4, upToComma + 1))];
  for (const t of clause) {
    if (t.pos !== 'verb' && !isParticiple(t)) continue;
    const phase = lexicon.phaseOf(t.lemma) ?? lexicon.phaseOf(t.text.replace(/(?:ed|d|s|ing)$/i, ''));
    if (phase) return phase;
  }
  return null;
}

/**
 * The words that belong to mention i: the sentence's opening, and its own stretch between its
 * neighbours. A conjunction or comma between two mentions divides their words; with neither,
 * the words between belong to both.
 */
function territoryOf(i: number, mentions: MentionSlot[], tokens: Token[], sentence: Sentence): Span[] {
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
function siblingItems(i: number, runs: CoordinatedRun[]): Set<number> {
  const run = runs.find((r) => r.members.includes(i));
  if (!run || !run.items) return new Set();
  const position = run.members.indexOf(i);
  return new Set(run.items.filter((_, k) => k !== position).flatMap((item) => item.map((t) => t.start)));
}
