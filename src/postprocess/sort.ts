import type { Claim, ReportedConflict } from '../types.js';

/** Sorts conflicts by where their first claim is (source, offset), then by id, so output is stable. */
export function sortConflicts(conflicts: ReportedConflict[]): ReportedConflict[] {
  return [...conflicts].sort((a, b) => compareClaims(a.claims[0], b.claims[0]) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// --- internal ---

function compareClaims(a: Claim | undefined, b: Claim | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start;
}
