/** Error codes thrown at the boundaries; the CLI maps every one of them to exit code 2. */
export type ErrorCode = 'E_USAGE' | 'E_NO_INPUT' | 'E_IO' | 'E_CONFIG';

export class FactcheckError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'FactcheckError';
    this.code = code;
  }
}
