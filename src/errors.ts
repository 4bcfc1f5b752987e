import type { Diagnostic } from './types.js';

/** Error codes thrown at the boundaries; the CLI maps every one of them to exit code 2. */
export type ErrorCode = 'E_USAGE' | 'E_NO_INPUT' | 'E_IO' | 'E_CONFIG';

export class FactcheckError extends Error {
  readonly code: ErrorCode;
  /** The per-file problems met before the run had to stop (E_NO_INPUT: why no article could be read). */
  readonly diagnostics: Diagnostic[];

  constructor(code: ErrorCode, message: string, diagnostics: Diagnostic[] = []) {
    super(message);
    this.name = 'FactcheckError';
    this.code = code;
    this.diagnostics = diagnostics;
  }
}
