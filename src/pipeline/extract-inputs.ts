import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { collectFiles, displayPath } from '../ingest/collect-files.js';
import { loadIgnoreRules } from '../ingest/ignore-rules.js';
import { readStdinArticle } from '../ingest/read-sources.js';
import type { ResolvedOptions, RunStats } from '../options.js';
import type { Diagnostic } from '../types.js';
import { extractDocuments, extractFile, lookUpFile, type ExtractSettings, type FileResult, type FileTask } from './extract-file.js';
import { sourceNamer, type ExtractedSource } from './extracted-source.js';
import { inOrder, READ_AHEAD } from './in-order.js';

/** Every source extracted from the inputs, in input order, and what went wrong on the way. */
export interface ExtractedInputs {
  sources: ExtractedSource[];
  diagnostics: Diagnostic[];
  stats: Omit<RunStats, 'reconcileMs'>;
  /**
   * With the cache on, a hash of every file's cache key in order: the same for the same files,
   * contents and settings, so a run's conflicts can be cached under it. Null otherwise.
   */
  fingerprint: string | null;
}

/** What a caller of `extractInputs` sees as it goes. */
export interface ExtractHooks {
  /** The notes of finding the files (skipped files, unmatched patterns), before any file is read. */
  onCollected?: (skipped: Diagnostic[]) => void;
  /** Each file's result, in input order. */
  onFile?: (result: FileResult) => void;
  /** Whether to keep the sources for the result (default true). */
  keep?: boolean;
}

/**
 * The ingest and extract stages over files, folders, globs and `-`: files are read and
 * extracted one at a time (in worker threads when the options ask for more than one), so no
 * document's text outlives its extraction; only the extracted sources are kept (none with
 * `keep` false). `onFile` sees each file's result in input order, sources named uniquely, as
 * soon as it and every file before it are done.
 */
export async function extractInputs(paths: string[], resolved: ResolvedOptions, hooks: ExtractHooks = {}): Promise<ExtractedInputs> {
  const { onCollected = () => {}, onFile = () => {}, keep = true } = hooks;
  const began = performance.now();
  const { ingest } = resolved;
  const ignored = await loadIgnoreRules(ingest.cwd, ingest.ignore, ingest.ignoreFile);
  const { files, skipped } = await collectFiles(paths, { ...ingest, ignored });
  const tasks: FileTask[] = files.map((file) => ({ file, shown: displayPath(file, ingest.cwd) }));
  const collected = performance.now();
  onCollected(skipped);
  const settings = extractSettings(resolved);
  const sources: ExtractedSource[] = [];
  const diagnostics: Diagnostic[] = [...skipped];
  const stats = { files: tasks.length, sources: 0, bytes: 0, threads: 1, cache: { hits: 0, misses: 0 }, collectMs: collected - began, ingestMs: 0, extractMs: 0, readExtractMs: 0 };
  let claims = 0;
  let done = 0;
  const unique = sourceNamer();
  const fingerprint = settings.cache ? createHash('sha256') : null;
  let keyed = true;
  const take = (file: FileResult) => {
    if (file.key) fingerprint?.update(`${file.key}\n`);
    else if (file.sources.length > 0) keyed = false;
    const result = { ...file, sources: file.sources.map(unique) };
    if (keep) sources.push(...result.sources);
    stats.sources += result.sources.length;
    diagnostics.push(...result.diagnostics);
    stats.bytes += result.bytes;
    stats.ingestMs += result.ingestMs;
    stats.extractMs += result.extractMs;
    if (resolved.cache) stats.cache[result.cached ? 'hits' : 'misses'] += 1;
    for (const source of result.sources) for (const m of source.mentions) if (m.claim) claims += 1;
    onFile(result);
    resolved.onProgress({ stage: 'extract', done: ++done, total: tasks.length, claims });
  };
  // cached files are taken as they are; the others are extracted, all handed on in input order
  const results: Array<FileResult | undefined> = new Array(tasks.length);
  let next = 0;
  const flush = () => {
    for (; next < results.length && results[next]; next++) {
      take(results[next] as FileResult);
      results[next] = undefined;
    }
  };
  let missing = tasks.map((task, index) => ({ task, index }));
  if (settings.cache) {
    const cache = settings.cache;
    const looked: Array<{ task: FileTask; index: number }> = [];
    await inOrder(missing, READ_AHEAD * 2, ({ task }) => lookUpFile(task, { ...settings, cache }), (found, i) => {
      if ('sources' in found) results[i] = found;
      else looked.push({ task: found, index: i });
    });
    missing = looked;
    flush();
  }
  const threads = resolved.threadsFor(missing.length);
  stats.threads = threads;
  const settle = (index: number, result: FileResult) => {
    results[index] = result;
    flush();
  };
  if (threads > 1) {
    const { startPool } = await import('./pool.js');
    const pool = startPool(threads);
    try {
      const size = Math.max(1, Math.min(16, Math.floor(missing.length / (threads * 8))));
      const batches: Array<typeof missing> = [];
      for (let i = 0; i < missing.length; i += size) batches.push(missing.slice(i, i + size));
      await inOrder(batches, threads * 4, (batch) => pool.run({ files: batch.map((m) => m.task), settings }), (found, b) => {
        found.forEach((result, i) => settle((batches[b] as typeof missing)[i]?.index as number, result));
      });
    } finally {
      await pool.close();
    }
  } else {
    await inOrder(missing, READ_AHEAD, ({ task }) => extractFile(task, settings), (result, i) => settle((missing[i] as (typeof missing)[number]).index, result));
  }
  flush();
  if (paths.includes('-') && ingest.stdin) {
    const read = readStdinArticle(ingest.stdin);
    const result = { sources: extractDocuments(read.documents, settings), diagnostics: read.diagnostics, bytes: Buffer.byteLength(ingest.stdin.text), cached: false, ingestMs: 0, extractMs: 0 };
    take(result);
  }
  return { sources, diagnostics, stats: { ...stats, readExtractMs: performance.now() - collected }, fingerprint: fingerprint && keyed ? fingerprint.digest('hex') : null };
}

/** The plain-data settings extraction needs, for this thread or a worker. */
export function extractSettings(resolved: ResolvedOptions): ExtractSettings {
  return {
    lexicon: resolved.lexiconInput,
    approximateTolerance: resolved.lexicon.approximateTolerance,
    parser: resolved.parser,
    published: resolved.ingest.published,
    cache: resolved.cache,
  };
}
