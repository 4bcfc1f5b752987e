import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FactcheckError } from '../errors.js';
import type { CheckOptions } from '../options.js';
import type { CliIo } from './io.js';
import type { InputFlags } from './program.js';

/** The input paths (arguments and --file-list) and, when `-` is among them, the article on standard input. */
export async function gatherInputs(args: string[], flags: InputFlags, io: CliIo): Promise<{ inputs: string[]; stdin: NonNullable<CheckOptions['stdin']> | null }> {
  const readStdin = io.readStdin ?? (() => Promise.reject(new FactcheckError('E_USAGE', 'standard input is not available')));
  if (flags.fileList === '-' && args.includes('-')) throw new FactcheckError('E_USAGE', '--file-list - and the input - cannot both read standard input');
  const listed = flags.fileList ? await readFileList(flags.fileList, io.cwd, readStdin) : [];
  const inputs = [...args, ...listed];
  if (inputs.length === 0) {
    throw new FactcheckError('E_USAGE', "missing required argument 'paths' (files, folders, quoted globs, - for standard input, or --file-list)");
  }
  if (!inputs.includes('-')) return { inputs, stdin: null };
  const filename = flags.stdinFilename ? { filename: flags.stdinFilename } : {};
  try {
    return { inputs, stdin: { text: await readStdin(), ...filename } };
  } catch (error) {
    // a binary stream beside other inputs is one unreadable article; alone, it leaves nothing to check
    if (!(error instanceof FactcheckError) || error.code !== 'E_NO_INPUT' || inputs.every((input) => input === '-')) throw error;
    return { inputs, stdin: { text: '', unreadable: error.message.replace(/^standard input: /, ''), ...filename } };
  }
}

/** Paths listed one per line; blank lines and lines starting with # are skipped. */
async function readFileList(file: string, cwd: string, readStdin: () => Promise<string>): Promise<string[]> {
  const text = file === '-'
    ? await readStdin()
    : await readFile(path.resolve(cwd, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new FactcheckError('E_IO', `cannot read the file list ${file} (${error.code ?? error.message})`);
      });
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
}
