import type { Claim } from './claim.js';
import type { ClaimKind } from './value.js';

// What reconcile hands to post-processing: claims grouped, the groups that clash, stories and series.

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
