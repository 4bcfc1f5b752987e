import type { ConflictStep } from './conflict-step.js';

/** Drops conflicts whose confidence is below `min` (0 keeps everything). */
export function atLeastConfidence(min: number): ConflictStep {
  return (conflicts) => (min > 0 ? conflicts.filter((conflict) => conflict.confidence >= min) : conflicts);
}
