import type { NumberValue, ReportedConflict } from '../types.js';

/**
 * Drops number conflicts whose figures all agree once each is widened by `relative` of itself
 * (0.05: 1,150 and 1,200 agree). The built-in rounding rule already applies; this only widens it.
 */
export function withinTolerance(relative: number): (conflicts: ReportedConflict[]) => ReportedConflict[] {
  if (relative <= 0) return (conflicts) => conflicts;
  return (conflicts) =>
    conflicts.filter((conflict) => {
      if (conflict.kind !== 'number') return true;
      const claims = conflict.claims.flatMap((c) => (c.kind === 'number' ? [c] : []));
      return claims.some((a, i) => claims.slice(i + 1).some((b) => a.source !== b.source && !overlap(widen(a.value, relative), widen(b.value, relative))));
    });
}

// --- internal ---

function widen(value: NumberValue, relative: number): [number, number] {
  const low = value.min === null ? -Infinity : value.min - Math.abs(value.min) * relative;
  const high = value.max === null ? Infinity : value.max + Math.abs(value.max) * relative;
  return [low, high];
}

function overlap([aLow, aHigh]: [number, number], [bLow, bHigh]: [number, number]): boolean {
  return aLow <= bHigh && bLow <= aHigh;
}
