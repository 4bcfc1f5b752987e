import path from 'node:path';
import { FactcheckError } from './errors.js';
import type { IgnoreSet } from './ingest/ignore-rules.js';
import { isoDay } from './ingest/iso-day.js';
import type { IngestOptions } from './ingest/read-sources.js';
import { buildLexicon, type Lexicon, type LexiconInput } from './lexicon.js';
import type { AcceptedConflict } from './postprocess/accepted.js';
import type { PostprocessOptions } from './postprocess/postprocess.js';
import type { BaselineEntry } from './types.js';

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
  /** The article read for the input `-`, and the name it is reported under (default `<stdin>`; its ending picks the reader). */
  stdin?: { text: string; filename?: string };
  /** Publication date (YYYY-MM-DD) for sources that state none. */
  published?: string;
  /** Widen what counts as agreement. */
  tolerances?: {
    /** Exact figures agree when within this fraction of each other (0..1). Default 0: the built-in rounding rule only. */
    relative?: number;
    /** How far a hedged figure ("about 500", "some five million") reaches either side (0..1). Default 0.1. */
    approximate?: number;
  };
  /** Conflicts accepted by id, with the reason; they are reported under `suppressed`. */
  accepted?: AcceptedConflict[];
  /** Known conflicts (a baseline file's entries); they are reported under `suppressed`. */
  baseline?: BaselineEntry[];
  /** Called as files are read and claims found (for a progress line). */
  onProgress?: (progress: Progress) => void;
}

/** How far a run has got: files read, or articles whose claims are extracted (with the claims found so far). */
export interface Progress {
  stage: 'read' | 'extract';
  done: number;
  total: number;
  claims: number;
}

export interface ResolvedOptions {
  extensions: string[];
  cwd: string;
  lexicon: Lexicon;
  ingest: IngestOptions;
  postprocess: PostprocessOptions;
  onProgress: (progress: Progress) => void;
}

export const DEFAULTS = {
  extensions: ['.txt', '.md', '.html', '.htm', '.json', '.jsonl'],
  ignoreFile: true,
  errorOnUnmatchedPattern: true,
  tolerances: { relative: 0, approximate: 0.1 },
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
  return {
    extensions,
    cwd,
    lexicon: { ...buildLexicon(options.lexicon), approximateTolerance: approximate },
    ingest: {
      extensions,
      cwd,
      ignore: (options.ignore ?? []).map((p) => (typeof p === 'string' ? { base: cwd, patterns: [p] } : { base: path.resolve(cwd, p.base), patterns: p.patterns })),
      ignoreFile: options.ignoreFile ?? DEFAULTS.ignoreFile,
      errorOnUnmatchedPattern: options.errorOnUnmatchedPattern ?? DEFAULTS.errorOnUnmatchedPattern,
      followSymlinks: options.followSymlinks ?? false,
      stdin: options.stdin ? { text: options.stdin.text, filename: options.stdin.filename ?? null } : null,
      published,
      onFile: (done, total) => onProgress({ stage: 'read', done, total, claims: 0 }),
    },
    postprocess: { relativeTolerance: relative, accepted: options.accepted ?? [], baseline: options.baseline ?? [] },
    onProgress,
  };
}

// --- internal ---

function fraction(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new FactcheckError('E_USAGE', `${name}: expected a number from 0 to 1, got ${value}`);
  return value;
}
