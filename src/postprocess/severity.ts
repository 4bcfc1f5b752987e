import { toBaseUnit } from '../reconcile/compare-numbers.js';
import { compatible } from '../reconcile/compare-values.js';
import type { Claim, Conflict, DateClaim, NumberClaim, ReportedConflict, Severity } from '../types.js';

/**
 * How far apart two figures must be to be a hard clash: the larger at least 25% above the
 * smaller (1.4 million against "over two million" is; 4,850 against 5,100 is not).
 */
export const FAR_APART = 0.2;

/** Gives each conflict its severity (the first step of post-processing). */
export function withSeverity(conflicts: Conflict[]): ReportedConflict[] {
  return conflicts.map((conflict) => ({ ...conflict, severity: severityOf(conflict) }));
}

/**
 * `error` when two clashing claims from different sources differ hard: dates in different
 * years, or figures far apart; `warning` for a softer clash (a day or month apart, figures close)
 * or one that rests on a figure attributed with distance.
 */
export function severityOf(conflict: Conflict): Severity {
  // a clash that rests on a figure the article itself distances ("organisers claimed") is softer
  if (conflict.attributed) return 'warning';
  const { claims } = conflict;
  for (const [i, a] of claims.entries()) {
    for (const b of claims.slice(i + 1)) {
      if (a.source === b.source || compatible(a, b)) continue;
      if (hardClash(a, b)) return 'error';
    }
  }
  return 'warning';
}

// --- internal ---

function hardClash(a: Claim, b: Claim): boolean {
  if (a.kind === 'date' && b.kind === 'date') return yearsDiffer(a, b);
  if (a.kind === 'number' && b.kind === 'number') return farApart(a, b);
  return false;
}

function yearsDiffer(a: DateClaim, b: DateClaim): boolean {
  const year = (claim: DateClaim) => /^\d{4}/.exec(claim.value.start ?? '')?.[0] ?? null;
  const [x, y] = [year(a), year(b)];
  return x !== null && y !== null && x !== y;
}

/** The gap between the nearest ends of the two ranges, relative to the larger end (measures in one unit). */
function farApart(a: NumberClaim, b: NumberClaim): boolean {
  const [va, vb] = [toBaseUnit(a.value, a.unit), toBaseUnit(b.value, b.unit)];
  const [low, high] = (va.max ?? Infinity) < (vb.min ?? -Infinity) ? [va, vb] : [vb, va];
  const below = low.max;
  const above = high.min;
  if (below === null || above === null) return false;
  const scale = Math.max(Math.abs(below), Math.abs(above));
  return scale > 0 && (above - below) / scale >= FAR_APART;
}
