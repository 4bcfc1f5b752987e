import type { ReportedConflict } from '../types.js';

/** A conflict the config accepts by id, and why. */
export interface AcceptedConflict {
  id: string;
  reason: string;
}

/** Holds back the conflicts the config accepts by id, keeping the reason with each. */
export function acceptById(accepted: AcceptedConflict[]): (conflicts: ReportedConflict[]) => ReportedConflict[] {
  const reasons = new Map(accepted.map((a) => [a.id, a.reason]));
  return (conflicts) =>
    conflicts.map((conflict) => {
      const reason = reasons.get(conflict.id);
      return reason === undefined || conflict.suppression ? conflict : { ...conflict, suppression: { by: 'config', reason } };
    });
}
