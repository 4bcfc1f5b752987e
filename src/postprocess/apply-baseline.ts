import type { BaselineEntry, Report, ReportedConflict } from '../types.js';
import { staleEntries, suppressBaselined } from './baseline.js';
import { sortConflicts } from './sort.js';

/**
 * The report as it would be with another baseline (after --update-baseline or --prune-baseline):
 * baseline marks are taken off and set again from `entries`; config acceptances stay.
 */
export function applyBaseline(report: Report, entries: BaselineEntry[]): Report {
  const unmarked = [...report.conflicts, ...report.suppressed].map(({ suppression, ...conflict }) =>
    suppression?.by === 'config' ? { ...conflict, suppression } : conflict,
  );
  const all = sortConflicts(suppressBaselined(entries)(unmarked));
  return { ...report, ...split(all), staleBaseline: staleEntries(entries, all), summary: { ...report.summary, ...counts(all) } };
}

/** Splits post-processed conflicts into those that count and those held back. */
export function split(all: ReportedConflict[]): { conflicts: ReportedConflict[]; suppressed: ReportedConflict[] } {
  return { conflicts: all.filter((c) => !c.suppression), suppressed: all.filter((c) => c.suppression) };
}

/** The conflict counts of a report's summary. */
export function counts(all: ReportedConflict[]): Pick<Report['summary'], 'conflicts' | 'bySeverity' | 'suppressed'> {
  const { conflicts, suppressed } = split(all);
  return {
    conflicts: conflicts.length,
    bySeverity: { error: conflicts.filter((c) => c.severity === 'error').length, warning: conflicts.filter((c) => c.severity === 'warning').length },
    suppressed: suppressed.length,
  };
}
