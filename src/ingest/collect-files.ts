import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { FactcheckError } from '../errors.js';
import type { Diagnostic } from '../types.js';

export interface CollectedFiles {
  /** Readable candidate files, sorted, as absolute paths. */
  files: string[];
  /** Files passed over (unsupported type, hidden) as info diagnostics. */
  skipped: Diagnostic[];
}

/**
 * Expands the given paths into the article files to read: a file is taken as it is, a folder
 * is walked (hidden entries and symbolic links to folders are not followed). A missing path
 * is an input error.
 */
export async function collectFiles(inputs: string[], extensions: string[], cwd: string): Promise<CollectedFiles> {
  const files = new Set<string>();
  const skipped: Diagnostic[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const info = await stat(absolute).catch(() => null);
    if (!info) throw new FactcheckError('E_NO_INPUT', `no such file or folder: ${input}`);
    if (info.isDirectory()) await walk(absolute, extensions, files, skipped, cwd);
    else if (hasExtension(absolute, extensions)) files.add(absolute);
    else skipped.push({ path: displayPath(absolute, cwd), severity: 'info', message: `skipped: not a supported file type (${extensions.join(', ')})` });
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

function hasExtension(file: string, extensions: string[]): boolean {
  return extensions.includes(path.extname(file).toLowerCase());
}

async function walk(folder: string, extensions: string[], files: Set<string>, skipped: Diagnostic[], cwd: string): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => null);
  if (!entries) {
    skipped.push({ path: displayPath(folder, cwd), severity: 'warning', message: 'skipped: folder cannot be read' });
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(folder, entry.name);
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) await walk(full, extensions, files, skipped, cwd);
    else if ((entry.isFile() || entry.isSymbolicLink()) && hasExtension(full, extensions)) files.add(full);
    else if (entry.isFile()) skipped.push({ path: displayPath(full, cwd), severity: 'info', message: 'skipped: not a supported file type' });
  }
}
