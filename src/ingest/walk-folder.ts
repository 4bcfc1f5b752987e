import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeFsError } from './fs-errors.js';

/** What a folder walk found: files (absolute, unsorted) and notes on what it passed over. */
export interface WalkResult {
  files: string[];
  notes: WalkNote[];
}

/** An entry the walk passed over; `severity` info is shown only with --verbose. */
export interface WalkNote {
  /** Absolute path of the entry. */
  file: string;
  severity: 'warning' | 'info';
  message: string;
}

/**
 * Lists every file below `root`, leaving out hidden entries, `node_modules` and `.git`.
 * Symbolic links are not followed unless `followSymlinks` is set: then a link to a file or a
 * folder is read like one, a folder reached twice (a loop) is walked once, and broken links and
 * loops become warnings. A folder that cannot be listed is a warning; the walk goes on. Folders
 * are walked with an explicit stack, so nesting depth is bounded only by the file system.
 */
export async function walkFolder(root: string, followSymlinks: boolean): Promise<WalkResult> {
  const files: string[] = [];
  const notes: WalkNote[] = [];
  const seen = new Set<string>();
  const rootReal = await realpath(root).catch(() => root);
  seen.add(rootReal);
  const stack = [root];
  while (stack.length > 0) {
    const folder = stack.pop() as string;
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      if (folder !== root) notes.push({ file: folder, severity: 'warning', message: `skipped folder: ${describeFsError(error)}` });
      else throw error;
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile()) files.push(full);
      else if (entry.isSymbolicLink()) await followLink(full);
      else notes.push({ file: full, severity: 'info', message: 'skipped: not a regular file' });
    }
  }
  notes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, notes };

  async function followLink(link: string): Promise<void> {
    if (!followSymlinks) {
      notes.push({ file: link, severity: 'info', message: 'skipped: symbolic link (--follow-symlinks reads it)' });
      return;
    }
    const target = await stat(link).catch((error: unknown) => error as NodeJS.ErrnoException);
    if (target instanceof Error) {
      const message = target.code === 'ENOENT' ? 'broken symbolic link' : target.code === 'ELOOP' ? 'symbolic link loop' : describeFsError(target);
      notes.push({ file: link, severity: 'warning', message: `skipped: ${message}` });
      return;
    }
    if (target.isFile()) {
      files.push(link);
      return;
    }
    if (!target.isDirectory()) {
      notes.push({ file: link, severity: 'info', message: 'skipped: not a regular file' });
      return;
    }
    const real = await realpath(link).catch(() => null);
    if (real === null || seen.has(real)) {
      notes.push({ file: link, severity: 'info', message: 'skipped: symbolic link to a folder already walked (a loop)' });
      return;
    }
    // a link to a folder that holds this walk's root would walk the root again
    if (isInside(real, rootReal)) {
      notes.push({ file: link, severity: 'warning', message: 'skipped: symbolic link loop (links to a folder above it)' });
      return;
    }
    seen.add(real);
    stack.push(link);
  }
}

// --- internal ---

/** Whether `inner` is `outer` or below it. */
function isInside(outer: string, inner: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
