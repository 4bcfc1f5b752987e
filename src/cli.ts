import { CommanderError } from 'commander';
import { exitOnFailure } from './cli/failure.js';
import { EXIT, type CliIo } from './cli/io.js';
import { buildProgram, type Chosen } from './cli/program.js';
import { runCheck } from './cli/run-check.js';
import { runExtract } from './cli/run-extract.js';

export { EXIT, type CliIo };

/**
 * Runs factcheck with the given arguments (without node and the script) and returns the exit
 * code: parses the command line once (`check`, the default, `extract` or `reconcile`), runs the
 * command, and turns whatever it throws into exit code 2. Never exits the process.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let chosen: Chosen | null = null;
  const program = buildProgram({ out: io.stdout, err: io.stderr }, (command) => (chosen = command));
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.ERROR;
    throw error;
  }
  const run = chosen as Chosen | null;
  if (!run) return EXIT.ERROR;
  try {
    return run.command === 'extract' ? await runExtract(run.paths, run.flags, io) : await runCheck(run.command, run.paths, run.flags, io);
  } catch (error) {
    return exitOnFailure(error, io, run.flags);
  }
}
