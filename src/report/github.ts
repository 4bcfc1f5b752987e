import type { Claim, Report, ReportedConflict } from '../types.js';
import { claimEnd, claimFile, ruleId } from './locations.js';
import { neutralize } from './safe-text.js';
import { formatStylish } from './stylish.js';

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation per conflict at its
 * first claim, then the full plain report (GitHub shows only 10 annotations of each kind per step).
 */
export function formatGithub(report: Report): string {
  const annotations = [
    ...report.conflicts.map(annotate),
    ...report.errors.map((d) => `::${d.severity === 'error' ? 'error' : 'warning'} ${properties({ file: d.path, title: 'factcheck: input' })}::${escapeData(d.message)}`),
  ];
  return `${annotations.map((a) => `${a}\n`).join('')}${annotations.length > 0 ? '\n' : ''}${formatStylish(report, { color: false })}`;
}

/** Escapes a workflow command's message (as @actions/core does); other control characters are made visible, so the log never acts on them. */
export function escapeData(text: string): string {
  return neutralize(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a workflow command's property value: also `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// --- internal ---

function annotate(conflict: ReportedConflict): string {
  const claim = conflict.claims[0] as Claim;
  const end = claimEnd(claim);
  const others = conflict.claims.slice(1).map((c) => `${claimFile(c)}:${c.line}:${c.column}`);
  const props = properties({
    file: claimFile(claim),
    line: String(claim.line),
    endLine: String(end.line),
    col: String(claim.column),
    ...(end.line === claim.line ? { endColumn: String(end.column) } : {}),
    title: `${ruleId(conflict)}: ${conflict.subject} (${conflict.id})`,
  });
  const message = `${conflict.message}${others.length > 0 ? `\nSee also: ${others.join(', ')}` : ''}`;
  return `::${conflict.severity} ${props}::${escapeData(message)}`;
}

function properties(values: Record<string, string>): string {
  return Object.entries(values).map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
}
