import type { Report } from '../../types.js';
import { shorten, text } from './escape.js';

/**
 * Filters (story, kind, severity, source) and sort, read by the page's script; hidden until the
 * script runs, so a page without scripts shows every card.
 */
export function renderToolbar(report: Report, sourceKey: Map<string, string>): string {
  const stories = (report.stories ?? []).map((s) => option(String(s.id), `${s.id} · ${shorten(s.label, 40)}`));
  const sources = [...sourceKey].map(([path, key]) => option(key, shorten(path, 60)));
  const count = report.conflicts.length;
  return `<nav class="toolbar" aria-label="Filter and sort the conflicts">`
    + select('story', 'Story', [option('', 'All stories'), ...stories])
    + select('kind', 'Kind', [option('', 'All'), option('number', 'Figures'), option('date', 'Dates')])
    + select('severity', 'Severity', [option('', 'All'), option('error', 'Errors'), option('warning', 'Warnings')])
    + select('source', 'Source', [option('', 'All sources'), ...sources])
    + select('sort', 'Sort', [option('order', 'Report order'), option('severity', 'Severity'), option('confidence', 'Confidence'), option('subject', 'Subject')])
    + `<button type="button" id="f-reset">Reset</button><output id="f-count" for="f-story f-kind f-severity f-source">${count} of ${count} conflicts shown</output>`
    + `<span class="hint">Keys: <kbd>j</kbd> / <kbd>k</kbd> next / previous conflict</span></nav>`;
}

// --- internal ---

function select(name: string, label: string, options: string[]): string {
  return `<label>${label} <select id="f-${name}">${options.join('')}</select></label>`;
}

function option(value: string, label: string): string {
  return `<option value="${text(value)}">${text(label)}</option>`;
}
