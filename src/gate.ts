import type { Report, Severity } from './types.js';

/** When a run fails: more than `maxConflicts` conflicts (-1: never) of at least the `failOn` severity. */
export interface GateOptions {
  maxConflicts: number;
  failOn: Severity;
}

export const GATE_DEFAULTS: GateOptions = { maxConflicts: 0, failOn: 'warning' };

/** How many of the report's conflicts count towards the gate (held-back conflicts never do). */
export function gatedCount(report: Report, failOn: Severity): number {
  return failOn === 'error' ? report.summary.bySeverity.error : report.summary.conflicts;
}

/** Whether the report fails the gate (the CLI then exits 1). */
export function failsGate(report: Report, options: GateOptions = GATE_DEFAULTS): boolean {
  return options.maxConflicts >= 0 && gatedCount(report, options.failOn) > options.maxConflicts;
}
