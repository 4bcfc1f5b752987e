import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FactcheckError } from '../errors.js';
import { formatReport, type Format, type FormatOptions } from '../report/format.js';
import type { Report } from '../types.js';

/** One report to produce: to standard output (file null) or to a file. */
export interface Output {
  format: Format;
  file: string | null;
}

/**
 * Formats the report for every output and writes each: the one place results are written.
 * Colour only ever goes to standard output in the stylish format.
 */
export async function emit(
  report: Report,
  outputs: Output[],
  options: { color: boolean; claims: boolean; explain?: boolean; stdout: (text: string) => void; cwd?: string; run?: FormatOptions['run'] },
): Promise<void> {
  for (const output of outputs) {
    const color = output.file === null && output.format === 'stylish' && options.color;
    // links in a report file lead from its folder back to the articles, whose paths are relative to cwd
    const linkBase = output.file !== null && options.cwd !== undefined ? path.relative(path.dirname(output.file), options.cwd).split(path.sep).join('/') : '';
    const text = formatReport(report, output.format, { color, claims: options.claims, explain: options.explain ?? false, linkBase, ...(options.run ? { run: options.run } : {}) });
    if (output.file === null) options.stdout(text);
    else await write(output.file, text, 'write');
  }
}

/** Appends the Markdown report to GitHub's job summary file. */
export async function appendStepSummary(file: string, report: Report): Promise<void> {
  await write(file, formatReport(report, 'markdown', { color: false, claims: false }), 'append');
}

// --- internal ---

async function write(file: string, text: string, mode: 'write' | 'append'): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await (mode === 'write' ? writeFile(file, text) : appendFile(file, text));
  } catch (error) {
    throw new FactcheckError('E_IO', `cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
