/**
 * Boundary types of the factcheck pipeline:
 * ingest (SourceDocument) → extract (Claim) → reconcile (ClaimGroup, Conflict) → report (Report).
 * Offsets are UTF-16 code unit indices into the file content (JavaScript string indices),
 * `start` inclusive and `end` exclusive; lines and columns are 1-based.
 */

/** One article as read from disk. */
export interface SourceDocument {
  /** The path as given or found, with forward slashes, relative to the working directory when below it. */
  path: string;
  /** The whole file content, including a leading `date` line when there is one. */
  text: string;
  /** Publication date from the `date YYYY-MM-DD` line, ISO `YYYY-MM-DD`, or null. */
  published: string | null;
  /** Offset where the article body starts (after the `date` line's prefix). */
  bodyStart: number;
}

/** A problem with one input that did not stop the run. */
export interface Diagnostic {
  path: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export type ClaimKind = 'number' | 'date';

/** A numeric value as an interval; null is an open bound ("over 5 million": max null). */
export interface NumberValue {
  min: number | null;
  max: number | null;
}

export type Granularity = 'day' | 'week' | 'month' | 'year';

/**
 * A date value as an inclusive interval of ISO dates at a granularity.
 * When the year is unknown ("October 7" in an undated article), start and end use the
 * ISO 8601 year-less forms `--MM-DD` (day) or `--MM` (month). Unresolvable relative
 * dates ("last month" with no publication date) have null start and end.
 */
export interface DateValue {
  start: string | null;
  end: string | null;
  granularity: Granularity;
}

/** What a claim is about, derived from the words around it. */
export interface Subject {
  /** The thing counted ("follower", "injured passenger") or the event dated ("attack"); null when unknown. */
  key: string | null;
  /** Words that may name the same thing or event: the key and, for dates, the clause's nouns and event verbs. */
  anchors: string[];
  /** The verb that governs a figure ("carry" in "carrying 68 passengers"); null when none or a light verb. */
  predicate: string | null;
  /** Content words of the claim's own part of the sentence, lemmatized, aliases resolved, nearest first. */
  terms: string[];
  /** Names among the words nearest the claim: the other source must name them too. */
  entities: string[];
  /** The name a figure belongs to ("unemployment in Lisk", "Corvane's turnout"), or null. */
  owner: string | null;
  /** A short human-readable description ("follower · x · english · account"). */
  label: string;
}

export interface ClaimBase {
  /** `path#start`: unique within one run. */
  id: string;
  source: string;
  /** Exactly the file content from start to end. */
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
  sentence: string;
  about: Subject;
}

export interface NumberClaim extends ClaimBase {
  kind: 'number';
  value: NumberValue;
  /** "percent", "fold", "year" (ages and durations) …; null for plain counts. */
  unit: string | null;
  /** Whether the figure was hedged ("about", "some", "roughly"). */
  approximate: boolean;
  /**
   * The moment the figure holds for: the nearest date in its sentence ("14 killed on Saturday",
   * "19 died in 1994"), or null. Figures of different moments are a series, not a conflict.
   */
  when: DateValue | null;
}

export interface DateClaim extends ClaimBase {
  kind: 'date';
  value: DateValue;
  /** True when the year (or the whole date) was inferred from the publication date. */
  inferred: boolean;
}

export type Claim = NumberClaim | DateClaim;

/**
 * Every number or date the extractor recognised, in the claim shape; `claim` says whether the
 * reconciler uses it (a list number, a label such as "Article 19", a bare year or a comparison
 * baseline such as "the largest since 2011" is a mention, not a claim).
 */
export type Mention = Claim & { claim: boolean };

/** Claims from different sources that speak of the same thing. */
export interface ClaimGroup {
  kind: ClaimKind;
  key: string;
  claims: Claim[];
}

/** A group whose values cannot all be true. */
export interface Conflict {
  /** Stable: a hash of the subject, the sources and their normalized values. */
  id: string;
  kind: ClaimKind;
  subject: string;
  message: string;
  /** 0..1: how sure the tool is that the claims speak of the same thing and truly clash. */
  confidence: number;
  /** Sources whose claims agree with each other against the outliers (may be empty on a tie). */
  agreeing: string[];
  /** Sources whose values clash with the agreeing ones. */
  outliers: string[];
  claims: Claim[];
}

export interface SourceSummary {
  path: string;
  published: string | null;
  claims: number;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'factcheck'; version: string };
  sources: SourceSummary[];
  conflicts: Conflict[];
  /** Every extracted claim, sorted by source and offset (kept for `--claims` and the API). */
  claims: Claim[];
  /** Files that could not be used (severity error) or were used with a caveat (warning). */
  errors: Diagnostic[];
  /** Files passed over on purpose (unsupported type), for verbose output. */
  skipped: Diagnostic[];
  summary: { sources: number; claims: number; conflicts: number };
}
