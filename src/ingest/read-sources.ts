import { readFile } from 'node:fs/promises';
import type { Diagnostic, SourceDocument } from '../types.js';
import { collectFiles, displayPath } from './collect-files.js';
import { parseHeader } from './parse-header.js';

export interface ReadResult {
  documents: SourceDocument[];
  diagnostics: Diagnostic[];
}

/**
 * Reads every article under the given paths. A file that cannot be read or is not text
 * becomes a diagnostic; the others are still read.
 */
export async function readSources(inputs: string[], extensions: string[], cwd: string): Promise<ReadResult> {
  const { files, skipped } = await collectFiles(inputs, extensions, cwd);
  const documents: SourceDocument[] = [];
  const diagnostics: Diagnostic[] = [...skipped];
  for (const file of files) {
    const shown = displayPath(file, cwd);
    const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => error);
    if (bytes instanceof Error) {
      diagnostics.push({ path: shown, severity: 'error', message: `cannot read: ${bytes.code ?? bytes.message}` });
      continue;
    }
    if (bytes.includes(0)) {
      diagnostics.push({ path: shown, severity: 'error', message: 'skipped: binary file' });
      continue;
    }
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const header = parseHeader(text);
    if (header.invalidDate) {
      diagnostics.push({ path: shown, severity: 'warning', message: `date line holds an impossible date (${header.invalidDate}); publication date ignored` });
    }
    documents.push({ path: shown, text, published: header.published, bodyStart: header.bodyStart });
  }
  return { documents, diagnostics };
}
