import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Gitignore-syntax patterns and the folder they are relative to. */
export interface IgnoreSet {
  base: string;
  patterns: string[];
}

/** Whether a file (absolute path) is ignored. */
export type IgnoreRules = (absolute: string) => boolean;

/** The file of ignore patterns read from the working directory. */
export const IGNORE_FILE = '.factcheckignore';

/**
 * Builds the ignore rules from `.factcheckignore` in `cwd` (when `ignoreFile` is true and it
 * exists) and the given pattern sets, each matched against paths relative to its own folder.
 */
export async function loadIgnoreRules(cwd: string, sets: IgnoreSet[], ignoreFile: boolean): Promise<IgnoreRules> {
  const all = [...sets];
  if (ignoreFile) {
    const text = await readFile(path.join(cwd, IGNORE_FILE), 'utf8').catch(() => null);
    if (text !== null) all.push({ base: cwd, patterns: text.split(/\r?\n/) });
  }
  const compiled: Array<{ base: string; matcher: Ignore }> = all
    .filter((set) => set.patterns.some((p) => p.trim()))
    .map((set) => ({ base: set.base, matcher: ignore().add(set.patterns) }));
  return (absolute) =>
    compiled.some(({ base, matcher }) => {
      const relative = path.relative(base, absolute);
      if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return false;
      return matcher.ignores(relative.split(path.sep).join('/'));
    });
}
