import type { ReportedConflict } from '../types.js';

/** One step of post-processing: conflicts in, conflicts out. */
export type ConflictStep = (conflicts: ReportedConflict[]) => ReportedConflict[];
