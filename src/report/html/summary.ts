import type { Report } from '../../types.js';
import { plural } from '../locations.js';
import { text } from './escape.js';

/** The run's settings that change what the report holds; absent when the caller does not say. */
export interface RunFacts {
  /** The baseline file read, or null when none was. */
  baseline: string | null;
  minConfidence: number;
}

/** The header: the verdict, then sources, stories, claims, conflicts by severity and kind, held back, input problems, and the run's settings. */
export function renderSummary(report: Report, run: RunFacts | undefined): string {
  const { summary } = report;
  const kinds = { number: 0, date: 0 };
  for (const c of report.conflicts) kinds[c.kind]++;
  const problems = { error: 0, warning: 0 };
  for (const d of report.errors) if (d.severity !== 'info') problems[d.severity]++;
  const verdict = summary.conflicts === 0
    ? '<p class="verdict ok">✔ No conflicts found</p>'
    : `<p class="verdict bad">✖ ${summary.conflicts} ${plural(summary.conflicts, 'conflict')}: ${summary.bySeverity.error} ${plural(summary.bySeverity.error, 'error')}, ${summary.bySeverity.warning} ${plural(summary.bySeverity.warning, 'warning')}</p>`;
  const stats = [
    stat('Sources', summary.sources),
    stat('Stories', report.stories?.length ?? 0),
    stat('Claims', summary.claims, 'figures and dates'),
    stat('Conflicts', summary.conflicts, `${summary.bySeverity.error} ${plural(summary.bySeverity.error, 'error')} · ${summary.bySeverity.warning} ${plural(summary.bySeverity.warning, 'warning')}`),
    stat('By kind', `${kinds.number} / ${kinds.date}`, 'figures / dates'),
    stat('Held back', summary.suppressed, 'baseline or config'),
    stat('Input problems', problems.error + problems.warning, `${problems.error} unread · ${problems.warning} ${plural(problems.warning, 'warning')}`),
  ];
  return `<header class="top"><p class="tool">factcheck ${text(report.tool.version)} · cross-source report</p><h1>Conflicts between sources</h1>${verdict}`
    + `<dl class="stats">${stats.join('')}</dl><p class="run">${runLine(report, run)}</p></header>`;
}

// --- internal ---

function stat(name: string, value: number | string, detail?: string): string {
  return `<div class="stat"><dt>${text(name)}</dt><dd>${text(String(value))}</dd>${detail ? `<dd class="detail">${text(detail)}</dd>` : ''}</div>`;
}

function runLine(report: Report, run: RunFacts | undefined): string {
  const stale = report.staleBaseline.length;
  const baseline = run === undefined
    ? []
    : [run.baseline === null ? 'No baseline' : `Baseline <code>${text(run.baseline)}</code>${stale > 0 ? ` (${stale} stale ${stale === 1 ? 'entry' : 'entries'})` : ''}`];
  const confidence = run === undefined ? [] : [`minimum confidence ${run.minConfidence}`];
  return [...baseline, ...confidence, 'generated offline; nothing on this page loads from the network'].join(' · ');
}
