import { FactcheckError } from './errors.js';
import { extractClaims } from './extract/extract-claims.js';
import { locateInOrigin } from './ingest/locate-in-origin.js';
import { readInputs } from './ingest/read-sources.js';
import { resolveOptions, type CheckOptions } from './options.js';
import { counts, split } from './postprocess/apply-baseline.js';
import { staleEntries } from './postprocess/baseline.js';
import { postprocess } from './postprocess/postprocess.js';
import { buildContrastSets } from './reconcile/contrast-sets.js';
import { findConflicts } from './reconcile/find-conflicts.js';
import { groupClaims } from './reconcile/group-claims.js';
import type { Claim, Diagnostic, Report, SourceDocument } from './types.js';
import { VERSION } from './version.js';

/**
 * Reads every article under `paths` (files, folders, globs, `-` for `options.stdin`), extracts
 * their numeric and dated claims, and reports the claims that contradict each other across
 * sources. Throws a FactcheckError (E_NO_INPUT) when a path or pattern matches nothing or no
 * article can be read.
 */
export async function check(paths: string[], options: CheckOptions = {}): Promise<Report> {
  const resolved = resolveOptions(options);
  if (paths.length === 0) throw new FactcheckError('E_USAGE', 'no input: give at least one file, folder or pattern');
  if (paths.includes('-') && !options.stdin) throw new FactcheckError('E_USAGE', 'the input - needs the article text (options.stdin)');
  const { documents, diagnostics } = await readInputs(paths, resolved.ingest);
  if (documents.length === 0 && resolved.ingest.errorOnUnmatchedPattern) {
    throw new FactcheckError('E_NO_INPUT', `no readable article (${resolved.extensions.join(', ')}) under ${paths.join(', ')}`, diagnostics);
  }
  return analyze(documents, options, diagnostics);
}

/** The pure part of `check`: documents in, report out. */
export function analyze(documents: SourceDocument[], options: CheckOptions = {}, diagnostics: Diagnostic[] = []): Report {
  const { lexicon, postprocess: settings, onProgress } = resolveOptions(options);
  const sorted = [...documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  let found = 0;
  const perDocument = sorted.map((doc, i) => {
    const extracted = extractClaims(doc, lexicon);
    found += extracted.claims.length;
    onProgress({ stage: 'extract', done: i + 1, total: sorted.length, claims: found });
    return extracted;
  });
  const claims = perDocument.flatMap((d) => d.claims);
  const contrasts = buildContrastSets(perDocument.flatMap((d) => d.contrasts));
  const names = new Map(sorted.map((doc, i) => [doc.path, new Set(perDocument[i]?.names)]));
  // claims of converted documents (HTML, JSON) are located in their files once reconciled
  const located = new Map<Claim, Claim>();
  sorted.forEach((doc, i) => {
    const locate = locateInOrigin(doc);
    for (const claim of perDocument[i]?.claims ?? []) located.set(claim, locate(claim));
  });
  const relocate = (claim: Claim) => located.get(claim) ?? claim;
  const reconciled = findConflicts(groupClaims(claims, { lexicon, contrasts, names })).map((c) => ({ ...c, claims: c.claims.map(relocate) }));
  const all = postprocess(reconciled, settings);
  return {
    schemaVersion: 1,
    tool: { name: 'factcheck', version: VERSION },
    sources: sorted.map((doc, i) => ({
      path: doc.path,
      ...(doc.origin && doc.origin.file !== doc.path ? { file: doc.origin.file } : {}),
      published: doc.published,
      claims: perDocument[i]?.claims.length ?? 0,
    })),
    ...split(all),
    staleBaseline: staleEntries(settings.baseline, all),
    claims: claims.map(relocate),
    errors: diagnostics.filter((d) => d.severity !== 'info'),
    skipped: diagnostics.filter((d) => d.severity === 'info'),
    summary: { sources: sorted.length, claims: claims.length, ...counts(all) },
  };
}
