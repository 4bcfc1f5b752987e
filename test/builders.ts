/**
 * Small builders of the pipeline's values, with defaults and overrides, for unit tests of any
 * stage: `makeClaim({ value: { min: 1200, max: 1200 } })`, `makeDate({ value: day('2024-05-03') })`.
 * Defaults describe one plain figure in one sentence of `a.txt`; ids follow `source` and `start`.
 */
import type { ExtractedSource } from '../src/pipeline/types.js';
import type { Claim, ClaimBase, Conflict, DateClaim, DateValue, Mention, NumberClaim, SourceDocument, Subject } from '../src/types.js';

/** What a claim is about: a key and its terms; everything else empty. */
export function makeSubject(overrides: Partial<Subject> = {}): Subject {
  const key = overrides.key === undefined ? 'passenger' : overrides.key;
  return { key, anchors: key ? [key] : [], predicate: null, terms: [], sentenceTerms: [], context: [], entities: [], owner: null, label: key ?? 'unknown', ...overrides };
}

/** A number claim ("14 passengers" in a.txt unless overridden). */
export function makeClaim(overrides: Partial<Omit<NumberClaim, 'about'>> & { about?: Partial<Subject> } = {}): NumberClaim {
  const { about, ...rest } = overrides;
  return {
    ...located(rest, '14', (text) => `${text} passengers were hurt.`),
    about: makeSubject(about),
    kind: 'number',
    value: { min: 14, max: 14 },
    unit: null,
    approximate: false,
    when: null,
    ...rest,
  };
}

/** A date claim ("May 3, 2024" in a.txt unless overridden). */
export function makeDate(overrides: Partial<Omit<DateClaim, 'about'>> & { about?: Partial<Subject> } = {}): DateClaim {
  const { about, ...rest } = overrides;
  return {
    ...located(rest, 'May 3, 2024', (text) => `The bridge opened on ${text}.`),
    about: makeSubject({ key: 'open', ...about }),
    kind: 'date',
    value: day('2024-05-03'),
    inferred: false,
    ...rest,
  };
}

/** A mention: a claim with its `claim` flag (true unless overridden). */
export function makeMention(claim: Claim = makeClaim(), isClaim = true): Mention {
  return { ...claim, claim: isClaim };
}

/** One ISO day as a date value. */
export function day(iso: string): DateValue {
  return { start: iso, end: iso, granularity: 'day' };
}

/** A document as ingest hands it on: undated, its body from the first character. */
export function makeSourceDocument(path: string, text: string, overrides: Partial<SourceDocument> = {}): SourceDocument {
  return { path, text, published: null, bodyStart: 0, ...overrides };
}

/** A source as extraction hands it to reconcile. */
export function makeSource(overrides: Partial<ExtractedSource> = {}): ExtractedSource {
  return { path: 'a.txt', published: null, mentions: [], contrasts: [], names: [], storyNames: [], ...overrides };
}

/** A conflict between two claims, before post-processing. */
export function makeConflict(overrides: Partial<Conflict> = {}): Conflict {
  const claims = overrides.claims ?? [makeClaim(), makeClaim({ source: 'b.txt', text: '41', value: { min: 41, max: 41 } })];
  return {
    id: 'c0ffee000000',
    kind: 'number',
    subject: 'passenger',
    message: '14 passengers cannot be 41 passengers',
    confidence: 0.9,
    agreeing: [],
    outliers: [],
    claims,
    explanation: { grouped: [], clash: '' },
    ...overrides,
  };
}

// --- internal ---

/** Where a claim stands: its source, text, offsets, line and column, and its sentence. */
function located(rest: Partial<ClaimBase>, defaultText: string, sentence: (text: string) => string): Omit<ClaimBase, 'about'> {
  const source = rest.source ?? 'a.txt';
  const start = rest.start ?? 0;
  const text = rest.text ?? defaultText;
  return { id: `${source}#${start}`, source, text, start, end: start + text.length, line: 1, column: start + 1, sentence: sentence(text) };
}
