import type { Claim, ReportedConflict, Report, Series } from '../types.js';
import { escapeJsonText } from './safe-text.js';

/** A claim in the documented JSON shape, keys in a fixed order. */
export function claimToJson(claim: Claim): Record<string, unknown> {
  return {
    source: claim.source,
    ...(claim.file ? { file: claim.file } : {}),
    kind: claim.kind,
    text: claim.text,
    ...(claim.display ? { display: claim.display } : {}),
    start: claim.start,
    end: claim.end,
    line: claim.line,
    column: claim.column,
    sentence: claim.sentence,
    value: claim.value,
    ...(claim.kind === 'number' ? { unit: claim.unit, approximate: claim.approximate } : { inferred: claim.inferred }),
    ...(claim.attributed ? { attributed: true } : {}),
    about: claim.about.label,
    key: claim.about.key,
  };
}

/** A conflict in the documented JSON shape, keys in a fixed order. */
export function conflictToJson(conflict: ReportedConflict): Record<string, unknown> {
  return {
    id: conflict.id,
    kind: conflict.kind,
    severity: conflict.severity,
    subject: conflict.subject,
    message: conflict.message,
    confidence: conflict.confidence,
    agreeing: conflict.agreeing,
    outliers: conflict.outliers,
    claims: conflict.claims.map(claimToJson),
    ...(conflict.attributed ? { attributed: true } : {}),
    explanation: conflict.explanation,
    ...(conflict.story !== undefined ? { story: conflict.story } : {}),
    ...(conflict.suppression ? { suppression: conflict.suppression } : {}),
  };
}

/** A series in the documented JSON shape. */
export function seriesToJson(series: Series): Record<string, unknown> {
  return {
    id: series.id,
    kind: series.kind,
    subject: series.subject,
    ...(series.story !== undefined ? { story: series.story } : {}),
    points: series.points.map((p) => ({ at: p.at, claim: claimToJson(p.claim) })),
  };
}

/** The versioned JSON document (schemaVersion 1); `claims` lists every claim when asked. */
export function formatJson(report: Report, options: { claims: boolean }): string {
  const document = {
    schemaVersion: report.schemaVersion,
    tool: report.tool,
    sources: report.sources,
    ...(report.stories ? { stories: report.stories } : {}),
    conflicts: report.conflicts.map(conflictToJson),
    ...(report.series ? { series: report.series.map(seriesToJson) } : {}),
    ...(options.claims ? { claims: report.claims.map(claimToJson) } : {}),
    suppressed: report.suppressed.map(conflictToJson),
    staleBaseline: report.staleBaseline,
    errors: report.errors,
    summary: report.summary,
  };
  return `${escapeJsonText(JSON.stringify(document, null, 2))}\n`;
}

/** One conflict per line, in the JSON document's conflict shape; nothing when there is none. */
export function formatNdjson(report: Report): string {
  return report.conflicts.map((c) => `${escapeJsonText(JSON.stringify(conflictToJson(c)))}\n`).join('');
}
