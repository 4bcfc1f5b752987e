import type { BaselineEntry, Conflict, ReportedConflict } from '../types.js';
import { acceptById, type AcceptedConflict } from './accepted.js';
import type { ConflictStep } from './conflict-step.js';
import { atLeastConfidence } from './min-confidence.js';
import { suppressBaselined } from './baseline.js';
import { withSeverity } from './severity.js';
import { sortConflicts } from './sort.js';
import { withinTolerance } from './tolerance.js';

export interface PostprocessOptions {
  /** Relative tolerance that widens agreement between exact figures (0: the built-in rule only). */
  relativeTolerance: number;
  accepted: AcceptedConflict[];
  baseline: BaselineEntry[];
  /** Conflicts less sure than this (0..1) are dropped. Default 0. */
  minConfidence?: number;
}

export type { ConflictStep };

/**
 * Post-processing after reconcile: severity, then each step in order: drop conflicts below the
 * minimum confidence, drop what the tolerance accepts, hold back accepted and baselined conflicts (marked, not removed), sort.
 */
export function postprocess(conflicts: Conflict[], options: PostprocessOptions): ReportedConflict[] {
  const steps: ConflictStep[] = [
    atLeastConfidence(options.minConfidence ?? 0),
    withinTolerance(options.relativeTolerance),
    acceptById(options.accepted),
    suppressBaselined(options.baseline),
    sortConflicts,
  ];
  return steps.reduce((list, step) => step(list), withSeverity(conflicts));
}
