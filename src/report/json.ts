import type { Claim, Conflict, Report } from '../types.js';

/** A claim in the documented JSON shape, keys in a fixed order. */
export function claimToJson(claim: Claim): Record<string, unknown> {
  return {
    source: claim.source,
    kind: claim.kind,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    line: claim.line,
    column: claim.column,
    sentence: claim.sentence,
    value: claim.value,
    ...(claim.kind === 'number' ? { unit: claim.unit, approximate: claim.approximate } : { inferred: claim.inferred }),
    about: claim.about.label,
    key: claim.about.key,
  };
}

function conflictToJson(conflict: Conflict): Record<string, unknown> {
  return {
    id: conflict.id,
    kind: conflict.kind,
    subject: conflict.subject,
    message: conflict.message,
    confidence: conflict.confidence,
    agreeing: conflict.agreeing,
    outliers: conflict.outliers,
    claims: conflict.claims.map(claimToJson),
  };
}

/** The versioned JSON document (schemaVersion 1); `claims` lists every claim when asked. */
export function formatJson(report: Report, options: { claims: boolean }): string {
  const document = {
    schemaVersion: report.schemaVersion,
    tool: report.tool,
    sources: report.sources,
    conflicts: report.conflicts.map(conflictToJson),
    ...(options.claims ? { claims: report.claims.map(claimToJson) } : {}),
    errors: report.errors,
    summary: report.summary,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
