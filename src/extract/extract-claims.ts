import { buildLineIndex } from '../ingest/line-index.js';
import type { Lexicon } from '../lexicon.js';
import type { Claim, SourceDocument } from '../types.js';
import { coordinatedRuns } from './coordination.js';
import { describeSubjects, type MentionSlot } from './describe-subjects.js';
import { findContrastLists, findNames } from './find-names.js';
import { parseSentences, type Sentence, type Token } from './nlp.js';
import { resolveDate, statedYears } from './resolve-dates.js';
import { scanDates, type DateMention } from './scan-dates.js';
import { scanNumbers, type NumberMention } from './scan-numbers.js';

/** What one document yields: its claims, and what it says of which names are alternatives. */
export interface ExtractedDocument {
  claims: Claim[];
  /** Words the document coordinates as alternatives ("Persian and English"), canonical. */
  contrasts: string[][];
  /** Every name (capitalised word) the document mentions, canonical. */
  names: string[];
}

type Mention = ({ kind: 'date' } & DateMention) | ({ kind: 'number' } & NumberMention);

/**
 * Extracts the numeric and dated claims of one document, in document order. Figures and
 * dates are found by a fast scan; only paragraphs that hold one are parsed with compromise
 * to learn what each is about.
 */
export function extractClaims(doc: SourceDocument, lexicon: Lexicon): ExtractedDocument {
  const body = doc.text.slice(doc.bodyStart);
  const paragraphs = splitParagraphs(doc.text, doc.bodyStart).map((p) => {
    const dates = scanDates(p.text, p.start);
    const numbers = scanNumbers(p.text, p.start, lexicon, dates);
    const mentions: Mention[] = [
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
  const claims: Claim[] = [];
  const contrasts = findContrastLists(body, lexicon);
  for (const paragraph of paragraphs) {
    if (paragraph.mentions.length === 0) continue;
    for (const { sentence, mentions: all } of bySentence(parseSentences(paragraph.text, paragraph.start), paragraph.mentions)) {
      const mentions = all.filter((m) => !(m.kind === 'date' && isBaseline(sentence, m, doc.text)));
      const slots: MentionSlot[] = mentions.map((m) => ({ kind: m.kind, start: m.start, end: m.end, unit: m.kind === 'number' ? m.unit : null }));
      const subjects = describeSubjects(sentence, slots, lexicon);
      for (const run of coordinatedRuns(sentence.tokens, slots, lexicon)) {
        if (run.items) contrasts.push(run.items.map((t) => lexicon.canonical(t.lemma)));
      }
      mentions.forEach((mention, i) => {
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
          about: subjects[i] as Claim['about'],
        };
        if (mention.kind === 'number') {
          claims.push({ ...base, kind: 'number', value: mention.value, unit: mention.unit, approximate: mention.approximate });
        } else {
          const { value, inferred } = resolveDate(mention, context, speaksOfFuture(doc.text.slice(sentence.start, mention.start)));
          claims.push({ ...base, kind: 'date', value, inferred });
        }
      });
    }
  }
  return { claims, contrasts, names: findNames(body, lexicon) };
}

// --- internal ---

interface Paragraph {
  text: string;
  start: number;
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

/** Puts each mention in the sentence that holds it (or the nearest one, for text compromise left between). */
function bySentence(sentences: Sentence[], mentions: Mention[]): Array<{ sentence: Sentence; mentions: Mention[] }> {
  const groups = new Map<Sentence, Mention[]>();
  for (const mention of mentions) {
    const holder =
      sentences.find((s) => mention.start >= s.start && mention.start < s.end) ??
      [...sentences].reverse().find((s) => s.start <= mention.start) ??
      sentences[0];
    if (!holder) continue;
    groups.set(holder, [...(groups.get(holder) ?? []), mention]);
  }
  return [...groups].map(([sentence, list]) => ({ sentence, mentions: list }));
}

/**
 * "The largest protest since 2011", "the first station to open since 1996": a date after
 * "since" in a superlative sentence is the baseline of a comparison, not the date of an event.
 */
function isBaseline(sentence: Sentence, mention: Mention, text: string): boolean {
  if (!/\bsince\s+$/i.test(text.slice(Math.max(sentence.start, mention.start - 10), mention.start))) return false;
  const before: Token[] = sentence.tokens.filter((t) => t.end <= mention.start);
  return before.some((t) => t.superlative || /^(first|last|only)$/i.test(t.text));
}

const FUTURE = /\b(?:will|shall|set to|due to|expected to|scheduled|plans? to|planned|upcoming|ahead of|next)\b|\bto\s+\p{L}+\s+(?:\p{L}+\s+)?(?:in|on|by)\s*$/iu;

/** Whether the words before a date put it in the future ("will open on", "to open in"). */
function speaksOfFuture(before: string): boolean {
  return FUTURE.test(before);
}
