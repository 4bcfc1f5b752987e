import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Diagnostic } from '../types.js';
import { decodeText } from './decode-text.js';
import { describeFsError } from './fs-errors.js';

/** A file read as text, with warnings about how (an encoding guessed, bytes replaced). */
export interface FileText {
  text: string;
  diagnostics: Diagnostic[];
}

/**
 * Reads one file as text, or returns the diagnostic saying why it cannot be used (`shown`
 * names it): missing (deleted since it was listed), not permitted, not a regular file, binary.
 * Never throws for a problem of the file itself.
 */
export async function readFileText(file: string, shown: string): Promise<FileText | Diagnostic> {
  let bytes: Buffer | null | Error;
  try {
    bytes = readRegularFile(file);
  } catch (error) {
    bytes = error as Error;
  }
  if (bytes instanceof Error) return { path: shown, severity: 'error', message: `cannot read: ${describeFsError(bytes)}` };
  if (bytes === null) return { path: shown, severity: 'error', message: 'skipped: not a regular file' };
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    return { path: shown, severity: 'error', message: `cannot read: ${describeFsError(error)}` };
  }
  if (!decoded.ok) return { path: shown, severity: 'error', message: `skipped: ${decoded.reason}` };
  return { text: decoded.text, diagnostics: decoded.warning ? [{ path: shown, severity: 'warning', message: decoded.warning }] : [] };
}

/**
 * The file's bytes; null when it is not a regular file (a FIFO would block the run, a device
 * never end). Opening and checking the same descriptor leaves no gap for the file to change kind.
 * Synchronous: a small file from the page cache reads in microseconds, where the promise API's
 * file handles cost a fraction of a millisecond each (a warm cache run reads every file).
 */
export function readRegularFile(file: string): Buffer | null {
  // non-blocking, so that opening a FIFO returns at once instead of waiting for a writer
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    return fstatSync(fd).isFile() ? readFileSync(fd) : null;
  } finally {
    closeSync(fd);
  }
}
