import { FactcheckError } from './errors.js';
import { extractClaims } from './extract/extract-claims.js';
import { readSources } from './ingest/read-sources.js';
import { resolveOptions, type CheckOptions } from './options.js';
import type { Diagnostic, Mention, SourceDocument } from './types.js';

/** Every number and date mention of a set of documents, in source and document order. */
export interface MentionReport {
  sources: Array<{ path: string; published: string | null; mentions: number }>;
  mentions: Mention[];
  errors: Diagnostic[];
}

/** Reads the articles under `paths` and lists every mention the extractor recognises. */
export async function extractMentions(paths: string[], options: CheckOptions = {}): Promise<MentionReport> {
  const resolved = resolveOptions(options);
  const { documents, diagnostics } = await readSources(paths, resolved.extensions, resolved.cwd);
  if (documents.length === 0) {
    throw new FactcheckError('E_NO_INPUT', `no readable article (${resolved.extensions.join(', ')}) under ${paths.join(', ')}`);
  }
  return { ...mentionsOf(documents, options), errors: diagnostics.filter((d) => d.severity !== 'info') };
}

/** The pure part of `extractMentions`: documents in, mentions out. */
export function mentionsOf(documents: SourceDocument[], options: CheckOptions = {}): Omit<MentionReport, 'errors'> {
  const { lexicon } = resolveOptions(options);
  const sorted = [...documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const perDocument = sorted.map((doc) => extractClaims(doc, lexicon).mentions);
  return {
    sources: sorted.map((doc, i) => ({ path: doc.path, published: doc.published, mentions: perDocument[i]?.length ?? 0 })),
    mentions: perDocument.flat(),
  };
}
