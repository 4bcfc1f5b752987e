import path from 'node:path';
import type { Diagnostic, SourceDocument } from '../types.js';
import { collectFiles, displayPath } from './collect-files.js';
import { loadIgnoreRules, type IgnoreSet } from './ignore-rules.js';
import { readFileText, type FileText } from './read-file-text.js';
import { readHtml } from './read-html.js';
import { readJson } from './read-json.js';
import { readText } from './read-text.js';

export interface ReadResult {
  documents: SourceDocument[];
  diagnostics: Diagnostic[];
}

/** How inputs are found and read; see CheckOptions for each field. */
export interface IngestOptions {
  extensions: string[];
  cwd: string;
  ignore: IgnoreSet[];
  ignoreFile: boolean;
  errorOnUnmatchedPattern: boolean;
  followSymlinks: boolean;
  stdin: StdinArticle | null;
  published: string | null;
  onFile: (done: number, total: number) => void;
}

/** Ingest defaults for callers that only choose extensions and a folder. */
export const INGEST_DEFAULTS: Omit<IngestOptions, 'extensions' | 'cwd'> = {
  ignore: [],
  ignoreFile: true,
  errorOnUnmatchedPattern: true,
  followSymlinks: false,
  stdin: null,
  published: null,
  onFile: () => {},
};

/**
 * Reads every article under the given paths, globs and `-` (standard input). A file that
 * cannot be read or is not text becomes a diagnostic; the others are still read.
 */
export async function readInputs(inputs: string[], options: IngestOptions): Promise<ReadResult> {
  const { cwd } = options;
  const ignored = await loadIgnoreRules(cwd, options.ignore, options.ignoreFile);
  const { files, skipped } = await collectFiles(inputs, { ...options, ignored });
  const documents: SourceDocument[] = [];
  const diagnostics: Diagnostic[] = [...skipped];
  const add = (result: ReadResult) => {
    documents.push(...result.documents);
    diagnostics.push(...result.diagnostics);
  };
  for (const [i, file] of files.entries()) {
    const shown = displayPath(file, cwd);
    const read = await readFileText(file, shown);
    if ('text' in read) {
      diagnostics.push(...read.diagnostics);
      add(readContent(shown, read.text));
    } else diagnostics.push(read);
    options.onFile(i + 1, files.length);
  }
  if (inputs.includes('-') && options.stdin) add(readStdinArticle(options.stdin));
  return { documents: uniquePaths(documents).map((doc) => ({ ...doc, published: doc.published ?? options.published })), diagnostics };
}

/** Reads the articles under `inputs` with the default ingest options (kept for callers of the first API). */
export async function readSources(inputs: string[], extensions: string[], cwd: string): Promise<ReadResult> {
  return readInputs(inputs, { ...INGEST_DEFAULTS, extensions, cwd });
}

/** The article on standard input, or why it could not be read (a binary stream, say). */
export interface StdinArticle {
  text: string;
  filename: string | null;
  unreadable: string | null;
}

/** Reads the article on standard input; one that could not be read is an error like an unreadable file. */
export function readStdinArticle(stdin: StdinArticle): ReadResult {
  const shown = stdin.filename ?? STDIN_NAME;
  if (stdin.unreadable !== null) return { documents: [], diagnostics: [{ path: shown, severity: 'error', message: stdin.unreadable }] };
  return readContent(shown, stdin.text);
}

/** What standard input is called when no --stdin-filename names it. */
export const STDIN_NAME = '<stdin>';

export { readFileText, type FileText };

/** Reads one file's content by its type: HTML, JSON, JSON Lines, Markdown or plain text. */
export function readContent(shown: string, raw: string): ReadResult {
  const content = raw.replace(/^\uFEFF/, '');
  switch (path.extname(shown).toLowerCase()) {
    case '.html':
    case '.htm':
      return { documents: [readHtml(shown, content)], diagnostics: [] };
    case '.json':
      return readJson(shown, content, false);
    case '.jsonl':
    case '.ndjson':
      return readJson(shown, content, true);
    default: {
      const { document, diagnostics } = readText(shown, content, /\.(md|markdown)$/i.test(shown));
      return { documents: [document], diagnostics };
    }
  }
}

/** Two articles with the same name (two JSON articles with one title) get "(2)", "(3)" … */
function uniquePaths(documents: SourceDocument[]): SourceDocument[] {
  const seen = new Map<string, number>();
  return documents.map((doc) => {
    const count = (seen.get(doc.path) ?? 0) + 1;
    seen.set(doc.path, count);
    return count === 1 ? doc : { ...doc, path: `${doc.path} (${count})` };
  });
}
