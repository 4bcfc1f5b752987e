import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { FactcheckError } from './errors.js';
import type { Parser } from './extract/types.js';
import type { IgnoreSet } from './ingest/ignore-rules.js';
import { isoDay } from './ingest/iso-day.js';
import { INGEST_DEFAULTS, type IngestOptions } from './ingest/read-sources.js';
import { APPROXIMATE_TOLERANCE } from './data/qualifiers.js';
import { buildLexicon, type Lexicon, type LexiconInput } from './lexicon.js';
import type { AcceptedConflict } from './postprocess/accepted.js';
import type { PostprocessOptions } from './postprocess/postprocess.js';
import type { Progress, RunStats } from './pipeline/types.js';
import type { BaselineEntry } from './types.js';

export type { Progress, RunStats };

/** Options of `check`; every one is optional. */
export interface CheckOptions {
  /** File endings read from folders and globs. Default: .txt, .md, .html, .htm, .json, .jsonl. */
  extensions?: string[];
  /** Folder that relative input paths and reported paths are taken from. Default: process.cwd(). */
  cwd?: string;
  /** Additions to the built-in word knowledge (aliases, synonyms, qualifiers). */
  lexicon?: LexiconInput;
  /** Gitignore-syntax patterns of inputs to leave out: strings are relative to `cwd`, sets to their own `base` folder. */
  ignore?: Array<string | IgnoreSet>;
  /** Whether to read `.factcheckignore` in `cwd`. Default: true. */
  ignoreFile?: boolean;
  /** Whether a path or glob that matches no file is an error (E_NO_INPUT). Default: true. */
  errorOnUnmatchedPattern?: boolean;
  /** Whether symbolic links inside folders and globs are followed (each file read once). Default: false, they are skipped. */
  followSymlinks?: boolean;
  /**
   * The article read for the input `-`, and the name it is reported under (default `<stdin>`; its
   * ending picks the reader); `unreadable` says why it could not be read, and it is then an error
   * under `errors` while the other inputs are checked.
   */
  stdin?: { text: string; filename?: string; unreadable?: string };
  /** Publication date (YYYY-MM-DD) for sources that state none. */
  published?: string;
  /** Widen what counts as agreement. */
  tolerances?: {
    /** Exact figures agree when within this fraction of each other (0..1). Default 0: the built-in rounding rule only. */
    relative?: number;
    /** How far a hedged figure ("about 800", "some six million") reaches either side (0..1). Default 0.1. */
    approximate?: number;
  };
  /** Report only conflicts at least this sure (0..1; see `Conflict.confidence`). Default 0. */
  minConfidence?: number;
  /** Conflicts accepted by id, with the reason; they are reported under `suppressed`. */
  accepted?: AcceptedConflict[];
  /** Known conflicts (a baseline file's entries); they are reported under `suppressed`. */
  baseline?: BaselineEntry[];
  /** Called as files are read and claims found (for a progress line). */
  onProgress?: (progress: Progress) => void;
  /**
   * How sentences are parsed: `fast` (default) tags words from compromise's lexicon in one pass;
   * `full` runs compromise's whole tagger (the reference; many times slower, same conflicts).
   */
  parser?: Parser;
  /**
   * Threads that read and extract files, this one included: at most this number (1: no worker
   * thread) or `auto` (default: at most one per core). A worker thread is started only for enough
   * bytes to pay for its start (DEFAULTS.bytesPerWorker each) and only on a core that other work
   * leaves free (see `machineLoad`): a second thread on a busy core costs more than it brings.
   * The report is the same, byte for byte, for any value.
   */
  concurrency?: number | 'auto';
  /** Bytes of files to extract that pay for starting one worker thread. Default: DEFAULTS.bytesPerWorker. */
  bytesPerWorker?: number;
  /**
   * How many cores other work keeps busy, read when worker threads are considered. Default: the
   * system's load average over the last minute (0 where the system has none, as on Windows).
   */
  machineLoad?: () => number;
  /**
   * A folder that keeps each file's extracted claims, keyed by its path, content, the tool's
   * version and the settings extraction depends on; an unchanged file is not read again by the
   * extractor. Relative to `cwd`. Default: no cache.
   */
  cache?: string | null;
  /** Called once the run is done with how long each stage took and how the cache did. */
  onStats?: (stats: RunStats) => void;
}

export interface ResolvedOptions {
  extensions: string[];
  cwd: string;
  lexicon: Lexicon;
  /** The lexicon additions as given, for worker threads and the cache key. */
  lexiconInput: LexiconInput;
  ingest: IngestOptions;
  postprocess: PostprocessOptions;
  onProgress: (progress: Progress) => void;
  parser: Parser;
  /** Threads that extract `files` files of `bytes` bytes, this one included (1: no worker). */
  threadsFor: (files: number, bytes: number) => number;
  /** Absolute cache folder, or null. */
  cache: string | null;
  onStats: (stats: RunStats) => void;
}

/** What `check` does when an option is not given: each stage's own defaults, in one object. */
export const DEFAULTS = {
  extensions: ['.txt', '.md', '.html', '.htm', '.json', '.jsonl'],
  ignoreFile: INGEST_DEFAULTS.ignoreFile,
  errorOnUnmatchedPattern: INGEST_DEFAULTS.errorOnUnmatchedPattern,
  followSymlinks: INGEST_DEFAULTS.followSymlinks,
  tolerances: { relative: 0, approximate: APPROXIMATE_TOLERANCE },
  parser: 'fast',
  concurrency: 'auto',
  /**
   * A worker thread is started for every this many bytes of files to extract, up to one thread
   * per core and the concurrency asked for: below it, one thread is done before a worker would
   * help (measured by `npm run bench`, see README, Performance).
   */
  bytesPerWorker: 400_000,
} as const;

/** Merges user options into DEFAULTS once and validates them; throws E_USAGE on a bad value. */
export function resolveOptions(options: CheckOptions = {}): ResolvedOptions {
  const cwd = options.cwd ?? process.cwd();
  const extensions = (options.extensions ?? DEFAULTS.extensions).map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
  const relative = fraction('tolerances.relative', options.tolerances?.relative ?? DEFAULTS.tolerances.relative);
  const approximate = fraction('tolerances.approximate', options.tolerances?.approximate ?? DEFAULTS.tolerances.approximate);
  const published = options.published === undefined ? null : isoDay(options.published);
  if (options.published !== undefined && (published === null || published !== options.published.trim())) {
    throw new FactcheckError('E_USAGE', `published: expected a date YYYY-MM-DD, got "${options.published}"`);
  }
  const onProgress = options.onProgress ?? (() => {});
  const parser = options.parser ?? DEFAULTS.parser;
  if (parser !== 'fast' && parser !== 'full') throw new FactcheckError('E_USAGE', `parser: expected fast or full, got "${String(parser)}"`);
  const concurrency = options.concurrency ?? DEFAULTS.concurrency;
  const bytesPerWorker = options.bytesPerWorker ?? DEFAULTS.bytesPerWorker;
  const machineLoad = options.machineLoad ?? (() => loadavg()[0] ?? 0);
  if (!(Number.isFinite(bytesPerWorker) && bytesPerWorker >= 0)) throw new FactcheckError('E_USAGE', `bytesPerWorker: expected a number of bytes, got "${String(bytesPerWorker)}"`);
  if (concurrency !== 'auto' && !(Number.isInteger(concurrency) && concurrency >= 1)) {
    throw new FactcheckError('E_USAGE', `concurrency: expected auto or a whole number of at least 1, got "${String(concurrency)}"`);
  }
  return {
    extensions,
    cwd,
    lexicon: { ...buildLexicon(options.lexicon), approximateTolerance: approximate },
    lexiconInput: options.lexicon ?? {},
    ingest: {
      extensions,
      cwd,
      ignore: (options.ignore ?? []).map((p) => (typeof p === 'string' ? { base: cwd, patterns: [p] } : { base: path.resolve(cwd, p.base), patterns: p.patterns })),
      ignoreFile: options.ignoreFile ?? DEFAULTS.ignoreFile,
      errorOnUnmatchedPattern: options.errorOnUnmatchedPattern ?? DEFAULTS.errorOnUnmatchedPattern,
      followSymlinks: options.followSymlinks ?? DEFAULTS.followSymlinks,
      stdin: options.stdin ? { text: options.stdin.text, filename: options.stdin.filename ?? null, unreadable: options.stdin.unreadable ?? null } : null,
      published,
      onFile: (done, total) => onProgress({ stage: 'read', done, total, claims: 0 }),
    },
    postprocess: { relativeTolerance: relative, accepted: options.accepted ?? [], baseline: options.baseline ?? [], minConfidence: options.minConfidence ?? 0 },
    onProgress,
    parser,
    threadsFor: (files, bytes) => {
      const most = Math.min(availableParallelism(), files, 1 + Math.floor(bytes / Math.max(1, bytesPerWorker)), concurrency === 'auto' ? Infinity : concurrency);
      // this thread takes one core; a worker needs another that other work leaves free
      return most <= 1 ? 1 : Math.max(1, Math.min(most, Math.round(availableParallelism() - machineLoad())));
    },
    cache: options.cache ? path.resolve(cwd, options.cache) : null,
    onStats: options.onStats ?? (() => {}),
  };
}

// --- internal ---

function fraction(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new FactcheckError('E_USAGE', `${name}: expected a number from 0 to 1, got ${value}`);
  return value;
}
