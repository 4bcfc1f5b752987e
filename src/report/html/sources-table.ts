import type { Diagnostic, Report } from '../../types.js';
import { text } from './escape.js';

/** Every file read or tried: its publication date, its claims and any error or warning it got. */
export function renderSourcesTable(report: Report): string {
  const problems = new Map<string, Diagnostic[]>();
  for (const d of report.errors) problems.set(d.path, [...(problems.get(d.path) ?? []), d]);
  const rows = [
    ...report.sources.map((s) => ({ path: s.path, file: s.file, published: s.published, claims: String(s.claims) })),
    // files that could not be read are sources too, with no claims
    ...[...problems.keys()].filter((p) => !report.sources.some((s) => s.path === p)).map((path) => ({ path, file: undefined, published: null, claims: '—' })),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const body = rows.map((row) => {
    const notes = (problems.get(row.path) ?? []).map((d) => `<li class="problem ${d.severity}"><span class="badge">${d.severity}</span> ${text(d.message)}</li>`);
    const inFile = row.file ? ` <span class="article">in ${text(row.file)}</span>` : '';
    return `<tr><td class="path">${text(row.path)}${inFile}</td><td>${row.published ? text(row.published) : '<span class="muted">none stated</span>'}</td>`
      + `<td class="num">${row.claims}</td><td>${notes.length > 0 ? `<ul class="problems">${notes.join('')}</ul>` : '<span class="muted">—</span>'}</td></tr>`;
  });
  return `<section class="sources" id="sources"><h2>Sources</h2><div class="table-wrap"><table><thead><tr><th scope="col">File</th><th scope="col">Published</th><th scope="col" class="num">Claims</th><th scope="col">Errors and warnings</th></tr></thead>`
    + `<tbody>${body.join('')}</tbody></table></div></section>`;
}
