/**
 * Boundary types of the factcheck pipeline:
 * ingest (SourceDocument) → extract (Claim) → reconcile (ClaimGroup, Conflict) → report (Report).
 * Offsets are UTF-16 code unit indices into the file content (JavaScript string indices),
 * `start` inclusive and `end` exclusive; lines and columns are 1-based.
 */

export type * from './types/document.js';
export type * from './types/value.js';
export type * from './types/claim.js';
export type * from './types/conflict.js';
export type * from './types/report.js';
