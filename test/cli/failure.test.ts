import { describe, expect, it } from 'vitest';
import { exitOnFailure } from '../../src/cli/failure.js';
import { EXIT, type CliIo } from '../../src/cli/io.js';
import { FactcheckError } from '../../src/errors.js';

function failWith(error: unknown, flags: { quiet?: boolean; debug?: boolean } = {}) {
  let stderr = '';
  const io: CliIo = { stdout: () => expect.fail('wrote to stdout'), stderr: (t) => (stderr += t), env: {}, isTTY: false, cwd: '/' };
  return { code: exitOnFailure(error, io, flags), stderr };
}

describe('from an error to an exit code', () => {
  it('prints a usage or input error in one line and exits 2', () => {
    expect(failWith(new FactcheckError('E_USAGE', 'no input:\ngive a path'))).toEqual({ code: EXIT.ERROR, stderr: 'factcheck: no input: give a path\n' });
  });

  it('prints the per-file problems an input error carries first, warnings only when not quiet', () => {
    const error = new FactcheckError('E_NO_INPUT', 'no readable article', [
      { path: 'a.txt', severity: 'error', message: 'binary content' },
      { path: 'b.txt', severity: 'warning', message: 'invalid UTF-8' },
    ]);
    expect(failWith(error).stderr).toBe('factcheck: a.txt: binary content\nfactcheck: b.txt: invalid UTF-8\nfactcheck: no readable article\n');
    expect(failWith(error, { quiet: true }).stderr).toBe('factcheck: a.txt: binary content\nfactcheck: no readable article\n');
  });

  it('prints anything else as an internal error, with the stack only under --debug', () => {
    const plain = failWith(new Error('boom'));
    expect(plain.code).toBe(EXIT.ERROR);
    expect(plain.stderr).toBe('factcheck: internal error: boom (please report it with the command you ran; --debug shows details)\n');
    expect(failWith(new Error('boom'), { debug: true }).stderr).toContain('\nError: boom\n    at ');
  });
});
