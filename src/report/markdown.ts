import type { Claim, Report, ReportedConflict } from '../types.js';
import { claimFile, claimRole, plural } from './locations.js';
import { neutralize } from './safe-text.js';

/** A report to paste into an issue or a pull request (GitHub-flavoured Markdown). */
export function formatMarkdown(report: Report): string {
  const { summary } = report;
  const title = summary.conflicts === 0
    ? '## factcheck: no conflicts'
    : `## factcheck: ${summary.conflicts} ${plural(summary.conflicts, 'conflict')}`;
  const facts = [
    `${summary.sources} ${plural(summary.sources, 'source')}`,
    `${summary.claims} ${plural(summary.claims, 'claim')}`,
    `${summary.bySeverity.error} ${plural(summary.bySeverity.error, 'error')}`,
    `${summary.bySeverity.warning} ${plural(summary.bySeverity.warning, 'warning')}`,
    ...(summary.suppressed > 0 ? [`${summary.suppressed} suppressed`] : []),
  ];
  const sections = report.conflicts.map((conflict, i) => section(conflict, i + 1));
  const problems = report.errors.length > 0
    ? [`### Inputs not checked\n\n${report.errors.map((d) => `- ${code(d.path)}: ${escape(d.message)}`).join('\n')}`]
    : [];
  return `${[title, facts.join(' · '), ...sections, ...problems].join('\n\n')}\n`;
}

// --- internal ---

function section(conflict: ReportedConflict, index: number): string {
  const icon = conflict.severity === 'error' ? '🔴' : '🟡';
  const rows = conflict.claims.map((claim) => `| ${code(`${claimFile(claim)}:${claim.line}:${claim.column}`)}${claim.file ? ` (${escape(claim.source)})` : ''} | ${claimRole(conflict, claim) ?? ''} | ${quote(claim)} |`);
  return [
    `### ${index}. ${icon} ${conflict.kind} conflict (${conflict.severity}): ${escape(conflict.subject)}`,
    `**Why:** ${escape(conflict.message)}`,
    ['| where | role | quote |', '| --- | --- | --- |', ...rows].join('\n'),
    `<sub>id ${code(conflict.id)} · confidence ${conflict.confidence.toFixed(2)}</sub>`,
  ].join('\n\n');
}

const WINDOW = 60;

/** The claim's sentence around it, the claim in bold. */
function quote(claim: Claim): string {
  const sentence = claim.sentence.replace(/\s+/g, ' ');
  const text = (claim.display ?? claim.text).replace(/\s+/g, ' ');
  const at = sentence.indexOf(text);
  if (at < 0) return `**${escape(text)}**`;
  const from = Math.max(0, at - WINDOW);
  const to = Math.min(sentence.length, at + text.length + WINDOW);
  const before = (from > 0 ? '…' : '') + sentence.slice(from, at);
  const after = sentence.slice(at + text.length, to) + (to < sentence.length ? '…' : '');
  return `${escape(before)}**${escape(text)}**${escape(after)}`;
}

/** Article text stays text: Markdown and HTML characters are escaped, table cells stay on one line. */
function escape(text: string): string {
  return neutralize(text.replace(/\s+/g, ' ')).replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}

function code(text: string): string {
  return `\`${neutralize(text.replace(/\s+/g, ' ')).replace(/`/g, "'")}\``;
}
