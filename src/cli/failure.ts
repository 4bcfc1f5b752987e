import { FactcheckError } from '../errors.js';
import { EXIT, type CliIo } from './io.js';
import { fatalNotes, oneLine } from './notes.js';

/**
 * The one place an error becomes an exit code: a FactcheckError (usage, input, config, I/O) is
 * the user's to fix and prints its message, after the per-file problems it carries; anything
 * else is an internal error, with its stack under --debug. Both exit 2.
 */
export function exitOnFailure(error: unknown, io: CliIo, flags: { quiet?: boolean; debug?: boolean }): number {
  if (error instanceof FactcheckError) {
    // why no article could be read: each file's problem, then the verdict
    for (const line of fatalNotes(error, flags.quiet ? 'quiet' : 'normal')) io.stderr(line);
    io.stderr(`factcheck: ${oneLine(error.message)}\n`);
    return EXIT.ERROR;
  }
  const detail = flags.debug && error instanceof Error ? `\n${error.stack}` : '';
  io.stderr(`factcheck: internal error: ${oneLine(error instanceof Error ? error.message : String(error))} (please report it with the command you ran; --debug shows details)${detail}\n`);
  return EXIT.ERROR;
}
