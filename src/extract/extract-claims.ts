import { buildLineIndex } from '../ingest/line-index.js';
import type { Lexicon } from '../lexicon.js';
import type { Claim, Mention, SourceDocument } from '../types.js';
import { coordinatedRuns } from './coordination.js';
import { describeSubjects, type MentionSlot } from './describe-subjects.js';
import { findContrastLists, findNames } from './find-names.js';
import { parseSentencesFast } from './fast-tagger.js';
import { lazySentence, parseSentencesFully, type Sentence, type Token } from './nlp.js';
import { resolveDate, statedYears, type ResolvedDate } from './resolve-dates.js';
import { scanDates, type DateMention } from './scan-dates.js';
import { scanNumbers, type NumberMention } from './scan-numbers.js';

/** What one document yields: its claims, and what it says of which names are alternatives. */
export interface ExtractedDocument {
  /** Every mention, in document order. */
  mentions: Mention[];
  /** The mentions the reconciler uses. */
  claims: Claim[];
  /** Words the document coordinates as alternatives ("Persian and English"), canonical. */
  contrasts: string[][];
  /** Every name (capitalised word) the document mentions, canonical. */
  names: string[];
}

type Found = ({ kind: 'date' } & DateMention) | ({ kind: 'number' } & NumberMention);

/**
 * How sentences are parsed: `fast` tags words from compromise's lexicon and clues in one pass;
 * `full` runs compromise's whole contextual tagger (the reference, many times slower).
 */
export type Parser = 'fast' | 'full';

/**
 * Extracts the numeric and dated claims of one document, in document order. Figures and
 * dates are found by a fast scan; only paragraphs that hold one are parsed to learn what each
 * is about.
 */
export function extractClaims(doc: SourceDocument, lexicon: Lexicon, parser: Parser = 'fast'): ExtractedDocument {
  const parseSentences = parser === 'full' ? parseSentencesFully : parseSentencesFast;
  const body = doc.text.slice(doc.bodyStart);
  const paragraphs = splitParagraphs(doc.text, doc.bodyStart).map((p) => {
    const dates = scanDates(p.text, p.start);
    const numbers = scanNumbers(p.text, p.start, lexicon, dates);
    const mentions: Found[] = [
      ...dates.map((d) => ({ kind: 'date' as const, ...d })),
      ...numbers.map((n) => ({ kind: 'number' as const, ...n })),
    ].sort((a, b) => a.start - b.start);
    return { ...p, mentions };
  });
  const context = {
    published: doc.published,
    statedYears: statedYears(paragraphs.flatMap((p) => p.mentions.filter((m) => m.kind === 'date'))),
  };
  const position = buildLineIndex(doc.text);
  const mentions: Mention[] = [];
  const contrasts = findContrastLists(body, lexicon);
  const midNames = namesMidSentence(body);
  // a capital that opens a sentence marks a name only if the article capitalises the word elsewhere too
  const parsed = new Map<Paragraph, Sentence[]>();
  const parse = (p: Paragraph): Sentence[] => {
    let sentences = parsed.get(p);
    if (!sentences) {
      sentences = parseSentences(p.text, p.start).map((s) =>
        lazySentence(s.start, s.end, () => s.tokens.map((t, i) => (i === 0 && t.pos === 'noun' && midNames.has(t.text) ? { ...t, pos: 'proper' as const } : t))),
      );
      parsed.set(p, sentences);
    }
    return sentences;
  };
  paragraphs.forEach((paragraph, p) => {
    if (paragraph.mentions.length === 0) return;
    const sentences = parse(paragraph);
    const lead = paragraphs[p - 1];
    // the sentence before the paragraph's first one, from the paragraph before it
    const before = lead ? (parse(lead).at(-1) ?? null) : null;
    for (const { sentence, mentions: found } of bySentence(sentences, paragraph.mentions)) {
      const slotOf = (m: Found): MentionSlot => ({ kind: m.kind, start: m.start, end: m.end, unit: m.kind === 'number' ? m.unit : null });
      const index = sentences.indexOf(sentence);
      const previous = index > 0 ? (sentences[index - 1] ?? null) : before;
      // ordinals are ranks, not figures: they must not divide the sentence among the real mentions
      const isOrdinal = (m: Found) => m.kind === 'number' && m.unit === 'ordinal';
      // "the next one", "penultimate": a rank with no figure, which no claim needs the sentence's words for
      const isRelativeRank = (m: Found) => isOrdinal(m) && m.kind === 'number' && m.value.min === null;
      const main = found.filter((m) => !isOrdinal(m));
      const slots = main.map(slotOf);
      const mainSubjects = slots.length > 0 ? describeSubjects(sentence, slots, lexicon, previous) : [];
      const subjects = found.map((m) =>
        isRelativeRank(m) ? NO_SUBJECT : isOrdinal(m) ? (describeSubjects(sentence, [slotOf(m)], lexicon, previous)[0] as Claim['about']) : mainSubjects[main.indexOf(m)],
      );
      if (slots.length > 0) {
        for (const run of coordinatedRuns(sentence.tokens, slots, lexicon)) {
          // facets ("Persian and English") are single words; names of several words are people and places
          if (run.items?.every((item) => item.length === 1)) contrasts.push(run.items.map((item) => lexicon.canonical((item[0] as Token).lemma)));
        }
      }
      const lifespans = lifespanRoles(found, doc.text);
      const dates = new Map<Found, ResolvedDate>();
      for (const m of found) if (m.kind === 'date') dates.set(m, resolveDate(m, context, speaksOfFuture(doc.text.slice(sentence.start, m.start))));
      found.forEach((mention, i) => {
        const { line, column } = position(mention.start);
        const base = {
          id: `${doc.path}#${mention.start}`,
          source: doc.path,
          text: doc.text.slice(mention.start, mention.end),
          start: mention.start,
          end: mention.end,
          line,
          column,
          sentence: doc.text.slice(sentence.start, sentence.end).trim(),
          about: withRole(subjects[i] as Claim['about'], lifespans.get(mention)),
          ...(DISTANCED.test(doc.text.slice(sentence.start, sentence.end)) ? { attributed: true } : {}),
        };
        if (mention.kind === 'number') {
          const { value, unit, approximate, claim } = mention;
          // "…, the fire chief told a meeting on Monday": when a figure was reported is not when it held
          // nor is a baseline or a label ("twice the 2021 level", "compared with 2019", "the class of 2029")
          const eventDates = [...dates.keys()].filter((d) => {
            const before = doc.text.slice(Math.max(sentence.start, d.start - 60), d.start);
            return !REPORTED_ON.test(before) && !BASELINE_BEFORE.test(before) && !(/\bthe\s+$/i.test(before) && BASELINE_AFTER.test(doc.text.slice(d.end, d.end + 20)));
          });
          const when = nearest(mention, eventDates);
          mentions.push({ ...base, kind: 'number', value, unit, approximate, when: when ? (dates.get(when)?.value ?? null) : null, claim });
        } else {
          const { value, inferred } = dates.get(mention) as ResolvedDate;
          // "now", "currently": the moment of the writing, which a figure may hold for but no source can misdate
          const claim = !isBaseline(sentence, mention, doc.text) && !PRESENT_MOMENT.test(base.text);
          mentions.push({ ...base, kind: 'date', value, inferred, claim });
        }
      });
    }
  });
  const claims = mentions.filter((m) => m.claim).map(({ claim: _claim, ...rest }) => rest as Claim);
  return { mentions, claims, contrasts, names: findNames(body, lexicon) };
}

// --- internal ---

interface Paragraph {
  text: string;
  start: number;
}

/**
 * "Anna Brandt (8 September 1838 – 2 March 1881)", "Otto Lind (1911–1955)": two dates in
 * brackets right after a name are a birth and a death.
 */
function lifespanRoles(found: Found[], text: string): Map<Found, 'born' | 'die'> {
  const roles = new Map<Found, 'born' | 'die'>();
  found.forEach((first, i) => {
    const second = found[i + 1];
    if (first.kind !== 'date' || second?.kind !== 'date' || first.until) return;
    const opens = /\p{Lu}[\p{L}'’.-]*,?\s*\((?:[^()\n]{0,60};\s*)?$/u.test(text.slice(Math.max(0, first.start - 80), first.start));
    const dash = /^\s*[-–—]\s*$/.test(text.slice(first.end, second.start));
    const closes = /^\s*\)/.test(text.slice(second.end, second.end + 3));
    if (opens && dash && closes) roles.set(first, 'born').set(second, 'die');
  });
  return roles;
}

function withRole(about: Claim['about'], role: 'born' | 'die' | undefined): Claim['about'] {
  if (!role) return about;
  return { ...about, key: role, anchors: [role], predicate: null, label: [role, ...about.terms.slice(0, 3)].join(' · ') };
}

function splitParagraphs(text: string, from: number): Paragraph[] {
  const out: Paragraph[] = [];
  const pattern = /[^\r\n]+/g;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].trim()) out.push({ text: match[0], start: match.index });
  }
  return out;
}

const NO_SUBJECT: Claim['about'] = { key: null, anchors: [], predicate: null, terms: [], sentenceTerms: [], context: [], entities: [], owner: null, label: '' };

/** Words for the moment of writing itself. */
const PRESENT_MOMENT = /^(?:right\s+)?(?:now|currently|nowadays|at\s+(?:present|the\s+present\s+time|the\s+moment|this\s+time|the\s+minute))$/i;

/** Verbs by which an article keeps its distance from a figure it reports. */
const DISTANCED = /\b(?:claim(?:ed|s)?|alleg(?:ed|es|edly)|insist(?:ed|s)?|assert(?:ed|s)?|contend(?:ed|s)?|purport(?:ed|s|edly)?)\b/i;

const REPORTED_ON = /\b(?:said|says|told|announced|reported|stated|added|confirmed|wrote|estimated)\b[^.;]{0,50}$/i;

/** Words before a date that make it a baseline or a label, not the moment of a figure beside it. */
const BASELINE_BEFORE = /\b(?:compared\s+(?:with|to)|than(?:\s+in)?|versus|vs\.?|class\s+of)\s+$/i;

/** Nouns after "the <date>" that make the date a baseline: "twice the 2021 level". */
const BASELINE_AFTER = /^\s+(?:level|levels|figure|figures|total|rate|average|peak|high|low|record|mark)\b/i;

/** Capitalised words that stand inside a sentence somewhere in the text: names, not sentence openers. */
function namesMidSentence(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/[\p{Ll},;:]\s+(\p{Lu}[\p{L}\p{N}]*)/gu)) names.add(match[1] as string);
  return names;
}

function nearest(mention: Found, candidates: Found[]): Found | null {
  let best: Found | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = candidate.start >= mention.end ? candidate.start - mention.end : mention.start - candidate.end;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Puts each mention in the sentence that holds it (or the nearest one, for text compromise left between). */
function bySentence(sentences: Sentence[], mentions: Found[]): Array<{ sentence: Sentence; mentions: Found[] }> {
  const groups = new Map<Sentence, Found[]>();
  let at = 0;
  // both are in text order: a mention belongs to the last sentence starting at or before it
  for (const mention of mentions) {
    while (at + 1 < sentences.length && (sentences[at + 1] as Sentence).start <= mention.start) at++;
    const holder = sentences[at];
    if (!holder) continue;
    const list = groups.get(holder);
    if (list) list.push(mention);
    else groups.set(holder, [mention]);
  }
  return [...groups].map(([sentence, list]) => ({ sentence, mentions: list }));
}

/**
 * "The largest protest since 2011", "the first station to open since 1996": a date after
 * "since" in a superlative sentence is the baseline of a comparison, not the date of an event.
 */
function isBaseline(sentence: Sentence, mention: Found, text: string): boolean {
  if (!/\bsince\s+$/i.test(text.slice(Math.max(sentence.start, mention.start - 10), mention.start))) return false;
  const before: Token[] = sentence.tokens.filter((t) => t.end <= mention.start);
  return before.some((t) => t.superlative || /^(first|last|only)$/i.test(t.text));
}

const FUTURE = /\b(?:will|shall|set to|due to|expected to|scheduled|plans? to|planned|upcoming|ahead of|next)\b|\p{L}['’]ll\b|\bto\s+\p{L}+\s+(?:\p{L}+\s+)?(?:in|on|by)\s*$/iu;

/** Whether the words before a date put it in the future ("will open on", "to open in"). */
function speaksOfFuture(before: string): boolean {
  return FUTURE.test(before);
}
