import { FactcheckError } from './errors.js';
import { extractClaims } from './extract/extract-claims.js';
import { readSources } from './ingest/read-sources.js';
import { resolveOptions, type CheckOptions } from './options.js';
import { buildContrastSets } from './reconcile/contrast-sets.js';
import { findConflicts } from './reconcile/find-conflicts.js';
import { groupClaims } from './reconcile/group-claims.js';
import type { Diagnostic, Report, SourceDocument } from './types.js';
import { VERSION } from './version.js';

/**
 * Reads every article under `paths`, extracts their numeric and dated claims, and reports
 * the claims that contradict each other across sources. Throws a FactcheckError (E_NO_INPUT)
 * when a path does not exist or no article can be read.
 */
export async function check(paths: string[], options: CheckOptions = {}): Promise<Report> {
  const resolved = resolveOptions(options);
  if (paths.length === 0) throw new FactcheckError('E_USAGE', 'no input: give at least one file or folder');
  const { documents, diagnostics } = await readSources(paths, resolved.extensions, resolved.cwd);
  if (documents.length === 0) {
    throw new FactcheckError('E_NO_INPUT', `no readable article (${resolved.extensions.join(', ')}) under ${paths.join(', ')}`);
  }
  return analyze(documents, options, diagnostics);
}

/** The pure part of `check`: documents in, report out. */
export function analyze(documents: SourceDocument[], options: CheckOptions = {}, diagnostics: Diagnostic[] = []): Report {
  const { lexicon } = resolveOptions(options);
  const sorted = [...documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const perDocument = sorted.map((doc) => extractClaims(doc, lexicon));
  const claims = perDocument.flatMap((d) => d.claims);
  const contrasts = buildContrastSets(perDocument.flatMap((d) => d.contrasts));
  const names = new Map(sorted.map((doc, i) => [doc.path, new Set(perDocument[i]?.names)]));
  const conflicts = findConflicts(groupClaims(claims, { lexicon, contrasts, names }));
  return {
    schemaVersion: 1,
    tool: { name: 'factcheck', version: VERSION },
    sources: sorted.map((doc, i) => ({ path: doc.path, published: doc.published, claims: perDocument[i]?.claims.length ?? 0 })),
    conflicts,
    claims,
    errors: diagnostics.filter((d) => d.severity !== 'info'),
    skipped: diagnostics.filter((d) => d.severity === 'info'),
    summary: { sources: sorted.length, claims: claims.length, conflicts: conflicts.length },
  };
}
