import levenshtein from 'fast-levenshtein';
import { UNITS_BY_SYMBOL } from '../data/units.js';
import type { Lexicon } from '../lexicon.js';
import type { Claim, DateValue } from '../types.js';
import { datesCompatible, sameDimension } from './compare-values.js';
import type { ContrastSets } from './contrast-sets.js';

/** How strongly two claims are taken to speak of the same thing. */
export interface Link {
  /** Context words both claims share. */
  shared: string[];
  /** The keys are the same word, not only synonyms. */
  sameKey: boolean;
}

/** What the linker knows of the corpus beyond the two claims. */
export interface LinkContext {
  lexicon: Lexicon;
  contrasts: ContrastSets;
  /** Per source, the names (capitalised words) it mentions anywhere, canonical. */
  names: Map<string, Set<string>>;
}

/**
 * Two claims from different sources speak of the same thing when they count the same key (for
 * dates: each one's event word is among the other's anchor words) in the same unit, under no clashing verb, share
 * at least one context word, hold for moments that can coincide, each names nothing near it
 * that the other source never names, and
 * they name no alternatives the corpus contrasts ("English" vs "Persian", "Instagram" vs "X").
 */
export function linkClaims(a: Claim, b: Claim, context: LinkContext): Link | null {
  const { lexicon } = context;
  if (a.source === b.source || a.kind !== b.kind) return null;
  if (a.kind === 'number' && b.kind === 'number') {
    if (!sameDimension(a.unit, b.unit)) return null;
    // "3 dead on Tuesday" and "11 dead by Sunday" are a series, not a clash
    // (a bare weekday is too loosely tied to a figure to part two of them)
    if (a.when && b.when && a.when.weekday === undefined && b.when.weekday === undefined && !datesCompatible(a.when, b.when)) return null;
    // "a year earlier, 2,437 were admitted" is last year's figure, not the one a source states for now
    if ((!a.when && isYearsBack(b.when)) || (!b.when && isYearsBack(a.when))) return null;
  }
  if (a.about.key === null || b.about.key === null) return null;
  // reports name one event in different words: each date's event word must be among the other's
  const keyA = a.about.key;
  const keyB = b.about.key;
  const sameThing = a.kind === 'date'
    ? b.about.anchors.some((y) => wordsMatch(keyA, y, lexicon)) && a.about.anchors.some((x) => wordsMatch(x, keyB, lexicon))
    : wordsMatch(keyA, keyB, lexicon) || sameCountedThing(a, b, lexicon);
  if (!sameThing) return null;
  if (a.about.owner && b.about.owner && a.about.owner !== b.about.owner) return null;
  const [verbA, verbB] = [a.about.predicate, b.about.predicate];
  // a date's predicate is the phase it dates: "ended the blockade on Wednesday" is not when it began
  if (a.kind === 'date' ? verbA !== verbB : verbA !== null && verbB !== null && !wordsMatch(verbA, verbB, lexicon)) return null;
  // "300 passengers on board" and "38 passengers were treated": the verb picks out part of the group
  const verb = verbA ?? verbB;
  if (a.kind === 'number' && (verbA === null) !== (verbB === null) && verb !== null && lexicon.selectsPart(verb) && !wordsMatch(keyA, verb, lexicon) && !wordsMatch(keyB, verb, lexicon)) return null;
  // a total over a period ("600 homes over the week") is not one moment's figure
  if (a.kind === 'number' && Boolean(a.about.total) !== Boolean(b.about.total)) return null;
  // the sentence before speaks for a claim that names nothing itself ("It has 5 million followers")
  const wordsA = [...a.about.terms, ...(a.about.entities.length === 0 ? a.about.context : [])];
  const wordsB = [...b.about.terms, ...(b.about.entities.length === 0 ? b.about.context : [])];
  const setB = new Set(wordsB);
  const shared = wordsA.filter((t) => setB.has(t) || wordsB.some((u) => isSpellingVariant(t, u)));
  // words of two neighbouring sentences alone are no evidence: one claim's own words must meet the other's
  const ownA = new Set(a.about.terms);
  const ownB = new Set(b.about.terms);
  if (!shared.some((t) => ownA.has(t) || ownB.has(t) || b.about.terms.some((u) => isSpellingVariant(t, u)))) return null;
  if (!namedBy(a, context.names.get(b.source), context.contrasts) || !namedBy(b, context.names.get(a.source), context.contrasts)) return null;
  if (clashes(a.about.terms, b.about.terms, context.contrasts)) return null;
  return { shared, sameKey: a.about.key === b.about.key };
}

/** The buckets a claim is filed under, so that only claims that could match are compared. */
export function blockingKeys(claim: Claim, lexicon: Lexicon): string[] {
  if (claim.about.key === null) return [];
  const unit = claim.kind === 'number' ? dimensionOf(claim.unit) : '';
  if (claim.kind === 'date') return [...new Set(claim.about.anchors.flatMap((w) => lexicon.keyClasses(w)))].map((k) => `date||${k}`);
  // "net income" and "income" meet in the block of their head noun
  const { head, role } = keyParts(claim.about.key);
  const blocks = [...lexicon.keyClasses(claim.about.key), ...lexicon.keyClasses(head).map((k) => `${k}|${role}`)];
  return [...new Set(blocks)].map((k) => `number|${unit}|${k}`);
}

/** A figure's key in parts: "catering revenue change" is a change (role) of revenue (head), narrowed by "catering". */
function keyParts(key: string): { modifiers: string[]; head: string; role: string } {
  const per = key.indexOf(' per ');
  if (per >= 0) {
    const inner = keyParts(key.slice(0, per));
    return { ...inner, role: `${inner.role} per ${key.slice(per + 5)}`.trim() };
  }
  const words = key.split(' ');
  const role = words.length > 1 && KEY_ROLES.has(words[words.length - 1] as string) ? (words.pop() as string) : '';
  const head = words.pop() as string;
  return { modifiers: words, head, role };
}

// --- internal ---

/** The last words of a figure's key that say which figure of a thing it is, not which thing. */
const KEY_ROLES = new Set(['change', 'previous']);

/**
 * "net income" and "income" count one thing when the other claim says "net" somewhere near its
 * figure; "catering revenue" is not the "revenue" of a sentence that never says "catering".
 * The heads must match and the roles be the same.
 */
function sameCountedThing(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const [pa, pb] = [keyParts(a.about.key as string), keyParts(b.about.key as string)];
  if (pa.role !== pb.role || !wordsMatch(pa.head, pb.head, lexicon)) return false;
  const says = (claim: Claim, parts: { modifiers: string[]; head: string }, word: string) => parts.modifiers.includes(word) || parts.head === word || claim.about.terms.includes(word);
  return pa.modifiers.every((m) => says(b, pb, m)) && pb.modifiers.every((m) => says(a, pa, m));
}

/** A figure's moment given as years before an undated article's own ("last year", "a year earlier"). */
function isYearsBack(when: DateValue | null | undefined): boolean {
  return when?.start === null && when.relative?.unit === 'year' && when.relative.amount < 0;
}

/** The bucket a unit files under: its dimension for measures ("km" and "m" meet), else itself. */
function dimensionOf(unit: string | null): string {
  return unit === null ? '' : (UNITS_BY_SYMBOL.get(unit)?.dimension ?? unit);
}

function wordsMatch(a: string, b: string, lexicon: Lexicon): boolean {
  if (a === b || isSpellingVariant(a, b)) return true;
  const classes = new Set(lexicon.keyClasses(a));
  return lexicon.keyClasses(b).some((k) => classes.has(k));
}

function isSpellingVariant(a: string, b: string): boolean {
  return a !== b && a.length >= 6 && b.length >= 6 && a[0] === b[0] && levenshtein.get(a, b) <= 1;
}

/**
 * A claim about "Haarne" is not a claim about a place the other source never mentions: of the
 * names near a claim, the other source must mention at least one ("Marina Augusta Baker" and
 * "Marina Baker" share "Baker"). Names the corpus contrasts ("Persian", "English") are facets,
 * which the clash test handles: a source silent on a facet is unspecific, not about something else.
 */
function namedBy(claim: Claim, names: Set<string> | undefined, contrasts: ContrastSets): boolean {
  const entities = claim.about.entities.filter((entity) => contrasts.setOf(entity) === null);
  if (!names || entities.length === 0) return true;
  return entities.some((entity) => names.has(entity) || [...names].some((name) => sameName(entity, name)));
}

/** "China" and "Chinese", "Iran" and "Iranian": a place and its adjective share most of their letters. */
function sameName(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= 4 && common >= 0.75 * shorter;
}

/**
 * Each claim takes, from every contrast set, the member nearest to it ("over one million
 * followers on his English-language account" after "on Twitter": Twitter, not the Instagram
 * of an earlier clause). Claims clash when they took different members of one set.
 */
function clashes(termsA: string[], termsB: string[], contrasts: ContrastSets): boolean {
  const facetsB = facets(termsB, contrasts);
  for (const [set, member] of facets(termsA, contrasts)) {
    const other = facetsB.get(set);
    if (other !== undefined && other !== member) return true;
  }
  return false;
}

/** Terms are nearest first, so the first member of a set seen is the nearest one. */
function facets(terms: string[], contrasts: ContrastSets): Map<string, string> {
  const out = new Map<string, string>();
  for (const term of terms) {
    const set = contrasts.setOf(term);
    if (set !== null && !out.has(set)) out.set(set, term);
  }
  return out;
}
