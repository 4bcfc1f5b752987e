import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { check } from './check.js';
import { FactcheckError } from './errors.js';
import { FORMATS, formatReport, type Format } from './report/format.js';
import { VERSION } from './version.js';

/** What the CLI may touch of the outside world; bin/factcheck passes the real process's. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal. */
  isTTY: boolean;
  cwd: string;
}

/** Exit codes: 0 within the conflict budget, 1 over it, 2 usage or input error. */
export const EXIT = { OK: 0, CONFLICTS: 1, ERROR: 2 } as const;

interface Flags {
  format: Format;
  json?: boolean;
  claims?: boolean;
  maxConflicts: number;
  color?: boolean;
  verbose?: boolean;
  debug?: boolean;
}

/** Runs factcheck with the given arguments (without node and the script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.ERROR;
    throw error;
  }
  const flags = program.opts<Flags>();
  const paths = program.args;
  try {
    const report = await check(paths, { cwd: io.cwd });
    const format: Format = flags.json ? 'json' : flags.format;
    const color = format === 'stylish' && useColor(flags.color, io);
    io.stdout(formatReport(report, format, { color, claims: flags.claims ?? false }));
    const notes = flags.verbose ? [...report.errors, ...report.skipped] : report.errors;
    for (const diagnostic of notes) io.stderr(`factcheck: ${diagnostic.path}: ${diagnostic.message}\n`);
    return flags.maxConflicts >= 0 && report.summary.conflicts > flags.maxConflicts ? EXIT.CONFLICTS : EXIT.OK;
  } catch (error) {
    if (error instanceof FactcheckError) {
      io.stderr(`factcheck: ${error.message}\n`);
      return EXIT.ERROR;
    }
    const detail = flags.debug && error instanceof Error ? `\n${error.stack}` : '';
    io.stderr(`factcheck: internal error: ${error instanceof Error ? error.message : String(error)} (please report it; run with --debug for details)${detail}\n`);
    return EXIT.ERROR;
  }
}

// --- internal ---

function buildProgram(io: CliIo): Command {
  return new Command()
    .name('factcheck')
    .description('Find numbers and dates that contradict each other across articles about one story.')
    .argument('<paths...>', 'article files or folders (.txt, .md)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
    .option('--json', 'shorthand for --format json')
    .option('--claims', 'add every extracted claim to the JSON output')
    .option('--max-conflicts <n>', 'exit 1 only when there are more conflicts than this (-1: never)', parseCount, 0)
    .option('--color', 'force colour in the terminal report')
    .option('--no-color', 'no colour in the terminal report')
    .option('--verbose', 'also report skipped files')
    .option('--debug', 'print stack traces of internal errors')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(`factcheck: ${text.replace(/^error: /, '')}`),
    });
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new InvalidArgumentError('expected a whole number, or -1 for no limit');
  return n;
}

/** --color/--no-color, then FORCE_COLOR, then NO_COLOR (set and not empty), then whether stdout is a terminal. */
function useColor(flag: boolean | undefined, io: CliIo): boolean {
  if (flag !== undefined) return flag;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR) return false;
  return io.isTTY;
}
