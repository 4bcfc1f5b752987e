import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { FactcheckError } from '../errors.js';
import { resolveOptions, type CheckOptions } from '../options.js';
import type { Report } from '../types.js';
import { uniqueSources } from './extracted-source.js';
import { StreamReader } from './mention-stream.js';
import { reconcileSources } from './reconcile-sources.js';

/**
 * The reconcile stage on its own: reads streams written by `factcheck extract` (files, or `-`
 * for `options.stdin`), from one or many shards, and reports as `check` over the same files
 * would. Sources are named uniquely in stream order and sorted; errors are listed in stream order.
 */
export async function reconcileStreams(paths: string[], options: CheckOptions = {}): Promise<Report> {
  const resolved = resolveOptions(options);
  if (paths.length === 0) throw new FactcheckError('E_USAGE', 'no input: give at least one stream of factcheck extract (- for standard input)');
  const reader = new StreamReader();
  const started = performance.now();
  for (const input of paths) {
    if (input === '-') {
      if (!options.stdin) throw new FactcheckError('E_USAGE', 'the input - needs the stream text (options.stdin)');
      options.stdin.text.split(/\r?\n/).forEach((text, i) => reader.add(text, '<stdin>', i + 1));
    } else {
      await readStream(path.resolve(resolved.cwd, input), input, reader);
    }
    reader.end();
  }
  if (reader.sources.length === 0) throw new FactcheckError('E_NO_INPUT', `no source in ${paths.join(', ')} (expected the output of factcheck extract)`);
  const began = performance.now();
  const report = reconcileSources(uniqueSources(reader.sources), resolved, reader.diagnostics);
  resolved.onStats({
    files: paths.length,
    sources: report.sources.length,
    bytes: 0,
    threads: 1,
    cache: { hits: 0, misses: 0 },
    collectMs: 0,
    ingestMs: began - started,
    extractMs: 0,
    readExtractMs: began - started,
    reconcileMs: performance.now() - began,
  });
  return report;
}

// --- internal ---

/** Feeds a stream file to the reader line by line, without holding the whole file. */
async function readStream(file: string, shown: string, reader: StreamReader): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new FactcheckError('E_NO_INPUT', `no such file: ${shown}`);
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const text of lines) reader.add(text, shown, ++n);
}
