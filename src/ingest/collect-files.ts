import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { FactcheckError } from '../errors.js';
import type { Diagnostic } from '../types.js';
import type { IgnoreRules } from './ignore-rules.js';

export interface CollectedFiles {
  /** Readable candidate files, sorted, as absolute paths. */
  files: string[];
  /** Files passed over (unsupported type, ignored) as info diagnostics; unmatched patterns as warnings. */
  skipped: Diagnostic[];
}

export interface CollectOptions {
  extensions: string[];
  cwd: string;
  ignored: IgnoreRules;
  /** Whether a path or pattern that matches no file is an input error (else a warning). */
  errorOnUnmatchedPattern: boolean;
}

/**
 * Expands files, folders and glob patterns into the article files to read. A folder is walked
 * (hidden entries, node_modules and .git are not). A path or pattern that matches nothing is an
 * input error unless `errorOnUnmatchedPattern` is off. `-` (standard input) is left to the caller.
 */
export async function collectFiles(inputs: string[], options: CollectOptions): Promise<CollectedFiles> {
  const { cwd, extensions, ignored } = options;
  const files = new Set<string>();
  const skipped: Diagnostic[] = [];
  for (const input of inputs) {
    if (input === '-') continue;
    const absolute = path.resolve(cwd, input);
    const info = await stat(absolute).catch(() => null);
    let found: string[];
    if (info?.isDirectory()) found = await globIn(absolute, '**/*');
    else if (info) found = [absolute];
    else if (isDynamicPattern(input)) found = await globIn(cwd, input.split(path.sep).join('/'));
    else found = [];
    if (found.length === 0) {
      const message = info ? `no files in ${input}` : isDynamicPattern(input) ? `no files match the pattern: ${input}` : `no such file or folder: ${input}`;
      if (options.errorOnUnmatchedPattern) throw new FactcheckError('E_NO_INPUT', message);
      skipped.push({ path: input, severity: 'warning', message });
      continue;
    }
    for (const file of found) {
      const shown = displayPath(file, cwd);
      if (ignored(file)) skipped.push({ path: shown, severity: 'info', message: 'skipped: ignored by an ignore pattern' });
      else if (hasExtension(file, extensions)) files.add(file);
      else skipped.push({ path: shown, severity: 'info', message: info?.isFile() ? `skipped: not a supported file type (${extensions.join(', ')})` : 'skipped: not a supported file type' });
    }
  }
  return { files: [...files].sort(), skipped };
}

/** Forward-slash path relative to cwd when below it, absolute otherwise. */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
  return shown.split(path.sep).join('/');
}

// --- internal ---

/** Folders every walk leaves out, hidden ones aside. */
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

async function globIn(cwd: string, pattern: string): Promise<string[]> {
  const found = await glob(pattern, { cwd, absolute: true, dot: false, ignore: ALWAYS_SKIPPED, expandDirectories: false, followSymbolicLinks: false });
  return found.sort();
}

function hasExtension(file: string, extensions: string[]): boolean {
  return extensions.includes(path.extname(file).toLowerCase());
}
