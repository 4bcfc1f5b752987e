import type { ReportedConflict, Series, Severity, Story } from './conflict.js';
import type { Claim } from './claim.js';
import type { Diagnostic } from './document.js';
import type { ClaimKind } from './value.js';

// What post-processing hands to the formatters: the report of a run, and the baseline it is compared with.

/** One line of a baseline file: a known conflict, keyed on its content fingerprint (the conflict id), never on positions. */
export interface BaselineEntry {
  id: string;
  kind: ClaimKind;
  subject: string;
  sources: string[];
}

/** A source as the report lists it. */
export interface SourceSummary {
  path: string;
  /** The file that holds the article when it is not `path` (.json/.jsonl articles). */
  file?: string;
  published: string | null;
  claims: number;
}

/** What a run reports, in every output format (the JSON output is this object). */
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
