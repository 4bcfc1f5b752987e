import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location, Log, ReportingDescriptor, Result } from 'sarif';
import type { Claim, Diagnostic, Report, ReportedConflict } from '../types.js';
import { claimEnd, claimFile, claimRole, ruleId } from './locations.js';
import { escapeJsonText } from './safe-text.js';

/**
 * SARIF 2.1.0 for code scanning: one result per conflict, its first claim as the location and
 * the others as related locations, the conflict id as partial fingerprint. Held-back
 * (baselined, accepted) conflicts are left out. No timestamps: the same input gives the same log.
 */
export function formatSarif(report: Report): string {
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'factcheck',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: RULES,
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.conflicts.map(toResult),
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: report.errors.map(toNotification) }],
      },
    ],
  };
  return `${escapeJsonText(JSON.stringify(log, null, 2))}\n`;
}

// --- internal ---

const RULES: ReportingDescriptor[] = [
  {
    id: 'number-mismatch',
    name: 'NumberMismatch',
    shortDescription: { text: 'Sources give figures for the same thing that cannot all be true' },
    fullDescription: { text: 'Two or more articles count the same thing, and their figures (ranges and rounding allowed for) do not overlap.' },
    help: { text: 'Check the figure against the primary source and correct the outlier, or accept the conflict in the config or the baseline.' },
    defaultConfiguration: { level: 'error' },
  },
  {
    id: 'date-mismatch',
    name: 'DateMismatch',
    shortDescription: { text: 'Sources date the same event differently' },
    fullDescription: { text: 'Two or more articles date the same event, and the dates (at their granularity) do not overlap.' },
    help: { text: 'Check the date against the primary source and correct the outlier, or accept the conflict in the config or the baseline.' },
    defaultConfiguration: { level: 'error' },
  },
];

function toResult(conflict: ReportedConflict): Result {
  const [first, ...others] = conflict.claims as [Claim, ...Claim[]];
  const id = ruleId(conflict);
  return {
    ruleId: id,
    ruleIndex: RULES.findIndex((r) => r.id === id),
    level: conflict.severity,
    message: { text: `${conflict.kind === 'number' ? 'Figures' : 'Dates'} disagree (${conflict.subject}): ${conflict.message}` },
    locations: [location(conflict, first)],
    relatedLocations: others.map((claim, i) => ({ id: i + 1, ...location(conflict, claim) })),
    partialFingerprints: { 'factcheckConflict/v1': conflict.id },
    properties: { conflictId: conflict.id, subject: conflict.subject, confidence: conflict.confidence, agreeing: conflict.agreeing, outliers: conflict.outliers },
  };
}

function location(conflict: ReportedConflict, claim: Claim): Location {
  const end = claimEnd(claim);
  const role = claimRole(conflict, claim);
  return {
    physicalLocation: {
      artifactLocation: artifact(claimFile(claim)),
      region: {
        startLine: claim.line,
        startColumn: claim.column,
        endLine: end.line,
        endColumn: end.column,
        charOffset: claim.start,
        charLength: claim.end - claim.start,
        snippet: { text: claim.text },
      },
    },
    message: { text: `"${claim.text}" (${claim.source}${role ? `, ${role === 'agrees' ? 'agrees' : 'outlier'}` : ''})` },
  };
}

/** A relative forward-slash path as a URI reference under %SRCROOT%; an absolute one as a file: URI. */
function artifact(file: string): { uri: string; uriBaseId?: string } {
  if (path.isAbsolute(file) || /^[A-Za-z]:\//.test(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function toNotification(diagnostic: Diagnostic) {
  return {
    level: diagnostic.severity === 'error' ? ('error' as const) : ('warning' as const),
    message: { text: `${diagnostic.path}: ${diagnostic.message}` },
    locations: [{ physicalLocation: { artifactLocation: artifact(diagnostic.path) } }],
  };
}
