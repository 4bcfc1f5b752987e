import { readFile, writeFile } from 'node:fs/promises';
import { FactcheckError } from '../errors.js';
import { parseBaseline, serializeBaseline } from '../postprocess/baseline.js';
import type { BaselineEntry } from '../types.js';

/**
 * The entries of a baseline file; none when it does not exist and was not asked for by name
 * (or is about to be written). Throws E_IO for a named file that is missing, E_CONFIG for one
 * that is not a baseline.
 */
export async function readBaselineFile(file: string, shown: string, required: boolean): Promise<BaselineEntry[]> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' && !required) return null;
    throw new FactcheckError('E_IO', `cannot read the baseline ${shown} (${error.code ?? error.message})`);
  });
  return text === null ? [] : parseBaseline(text, shown);
}

export async function writeBaselineFile(file: string, shown: string, entries: BaselineEntry[]): Promise<void> {
  await writeFile(file, serializeBaseline(entries)).catch((error: NodeJS.ErrnoException) => {
    throw new FactcheckError('E_IO', `cannot write the baseline ${shown} (${error.code ?? error.message})`);
  });
}
