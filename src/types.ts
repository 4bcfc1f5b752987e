/**
 * Boundary types of the factcheck pipeline:
 * ingest (SourceDocument) → extract (Claim) → reconcile (ClaimGroup, Conflict) → report (Report).
 * Offsets are UTF-16 code unit indices into the file content (JavaScript string indices),
 * `start` inclusive and `end` exclusive; lines and columns are 1-based.
 */

/** One article as read from disk. */
export interface SourceDocument {
  /**
   * The path as given or found, with forward slashes, relative to the working directory when below it;
   * for an article inside a .json/.jsonl file, its url or title.
   */
  path: string;
  /**
   * The text claims are extracted from: the whole file content for .txt and .md (including a
   * leading `date` line or front matter), the article text converted from the file otherwise.
   */
  text: string;
  /** Publication date (ISO `YYYY-MM-DD`) from the `date` line, front matter or metadata, or null. */
  published: string | null;
  /** Offset where the article body starts (after the `date` line's prefix or the front matter). */
  bodyStart: number;
  /**
   * Set when `text` was converted from the file (HTML, JSON): where positions in `text` came
   * from, so that reported offsets, lines and columns point into the original file.
   */
  origin?: SourceOrigin;
}

/** The file a converted document was read from, and how its text maps back to it. */
export interface SourceOrigin {
  /** The file, shown as `SourceDocument.path` would be (differs from it for articles in .json/.jsonl). */
  file: string;
  /** The file content. */
  content: string;
  /** Maps a span of the document's `text` (start inclusive, end exclusive) to the span of `content` it was read from. */
  span(start: number, end: number): [number, number];
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

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

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
  /**
   * For a relative date no publication date resolves ("35 years ago" in an undated article):
   * its offset from the article's own date. Two such dates of one unit compare by offset.
   */
  relative?: { unit: 'day' | 'month' | 'year'; amount: number };
  /** For a weekday no publication date resolves ("on Tuesday" in an undated article): 1 (Monday) to 7 (Sunday). */
  weekday?: number;
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
  /** Content words of the whole sentence, lemmatized, aliases resolved, in sentence order. */
  sentenceTerms: string[];
  /** Content words of the sentence before, which often names what the claim is about ("… the footbridge collapsed. Six people were hurt."); empty when the claim names someone itself. */
  context: string[];
  /** Names among the words nearest the claim: the other source must name them too. */
  entities: string[];
  /** The name a figure belongs to ("unemployment in Lisk", "Corvane's turnout"), or null. */
  owner: string | null;
  /** The figure is a total over a period or a running count ("in total", "so far", "over the week"). */
  total?: boolean;
  /** A short human-readable description ("follower · x · english · account"). */
  label: string;
}

export interface ClaimBase {
  /** `path#start`: unique within one run. */
  id: string;
  source: string;
  /**
   * The file holding the claim when it is not `source` (an article inside a .json/.jsonl file);
   * offsets, line and column then refer to this file. Absent otherwise.
   */
  file?: string;
  /** Exactly the file content from start to end. */
  text: string;
  /**
   * The claim's words as the article reads, when they differ from `text` (HTML entities or tags,
   * JSON escapes between start and end). Absent otherwise.
   */
  display?: string;
  start: number;
  end: number;
  line: number;
  column: number;
  sentence: string;
  about: Subject;
  /**
   * The article puts the figure in someone's mouth with distance ("organisers claimed 25,000",
   * "allegedly"): a conflict resting on it is a warning, not an error.
   */
  attributed?: boolean;
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

/** The evidence behind a conflict, for `--explain`. */
export interface ConflictExplanation {
  /** Why the claims were grouped: the keys, the words they share, units, the moment they hold for. */
  grouped: string[];
  /** Why the values cannot both be true. */
  clash: string;
}

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
  /** One of the clashing claims is attributed with distance ("claimed", "alleged"). */
  attributed?: boolean;
  /** Why the claims were taken to speak of one thing, and why their values cannot both hold. */
  explanation: ConflictExplanation;
  /** The story (an id of `Report.stories`) whose documents the claims come from; set once stories are grouped. */
  story?: number;
}

/**
 * Documents about one story: grouped by the names and key terms they share before their claims
 * are compared, so that claims of unrelated stories are never paired.
 */
export interface Story {
  /** 1-based, in the order of each story's first source path. */
  id: number;
  /** The names the story's documents share most, most distinctive first ("oldmere · brennick · kessel"). */
  label: string;
  /** Its sources, sorted. */
  sources: string[];
}

/**
 * Figures about one thing that changed over the coverage ("the toll rose from 31 to 54"): not a
 * conflict, but worth seeing. Listed in the JSON under `series` and shown with `--verbose`.
 */
export interface Series {
  /** Stable: a hash of the subject, the sources and the points' values and moments. */
  id: string;
  kind: ClaimKind;
  subject: string;
  /** The story (an id of `Report.stories`) its claims come from. */
  story?: number;
  /** The claims in time order, each with the moment it holds for (ISO date, or date and time `YYYY-MM-DDTHH:MM`). */
  points: Array<{ at: string; claim: Claim }>;
}

/** How hard a clash is: `error` for different years or figures far apart, `warning` for a softer one. */
export type Severity = 'error' | 'warning';

/** A conflict after post-processing: with its severity, and why it is held back when it is. */
export interface ReportedConflict extends Conflict {
  severity: Severity;
  /** Set when the conflict is known and accepted: listed in the baseline, or accepted by id in the config. */
  suppression?: { by: 'baseline' | 'config'; reason: string };
}

/** One line of a baseline file: a known conflict, keyed on its content fingerprint (the conflict id), never on positions. */
export interface BaselineEntry {
  id: string;
  kind: ClaimKind;
  subject: string;
  sources: string[];
}

export interface SourceSummary {
  path: string;
  /** The file that holds the article when it is not `path` (.json/.jsonl articles). */
  file?: string;
  published: string | null;
  claims: number;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'factcheck'; version: string };
  sources: SourceSummary[];
  /** Conflicts that count: not in the baseline, not accepted in the config. */
  conflicts: ReportedConflict[];
  /** Conflicts held back by the baseline or accepted in the config. */
  suppressed: ReportedConflict[];
  /** Baseline entries that no longer match any conflict. */
  staleBaseline: BaselineEntry[];
  /** The stories of two or more sources the run found (documents compared with each other), by id. */
  stories?: Story[];
  /** Figures that changed over the coverage, in time order (absent when the run found none). */
  series?: Series[];
  /** Every extracted claim, sorted by source and offset (kept for `--claims` and the API). */
  claims: Claim[];
  /** Files that could not be used (severity error) or were used with a caveat (warning). */
  errors: Diagnostic[];
  /** Files passed over on purpose (unsupported type, ignored), for verbose output. */
  skipped: Diagnostic[];
  summary: {
    sources: number;
    claims: number;
    /** Conflicts that count (`conflicts.length`). */
    conflicts: number;
    /** Of those, how many are errors and how many warnings. */
    bySeverity: Record<Severity, number>;
    suppressed: number;
  };
}
