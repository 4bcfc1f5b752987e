import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CommanderError } from 'commander';
import { check } from './check.js';
import { appendStepSummary, emit, type Output } from './cli/emit.js';
import { runExtract } from './cli/extract-command.js';
import { readBaselineFile, writeBaselineFile } from './cli/baseline-file.js';
import { fatalNotes, oneLine, runNotes } from './cli/notes.js';
import { buildProgram, type Flags } from './cli/program.js';
import { progressLine } from './cli/progress.js';
import { describeSettings, resolveSettings, type RunSettings } from './cli/settings.js';
import { loadConfig } from './config/load-config.js';
import { FactcheckError } from './errors.js';
import { failsGate } from './gate.js';
import type { CheckOptions } from './options.js';
import { applyBaseline } from './postprocess/apply-baseline.js';
import { reconcileStreams } from './pipeline/reconcile-streams.js';
import { toBaselineEntry } from './postprocess/baseline.js';
import type { Report } from './types.js';

/** What the CLI may touch of the outside world; bin/factcheck passes the real process's. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal. */
  isTTY: boolean;
  /** Whether stderr is a terminal (for the progress line). Default: false. */
  stderrIsTTY?: boolean;
  /** Reads all of standard input; called only for `-` or `--file-list -`. */
  readStdin?: () => Promise<string>;
  cwd: string;
}

/** Exit codes: 0 within the conflict budget, 1 over it, 2 usage or input error. */
export const EXIT = { OK: 0, CONFLICTS: 1, ERROR: 2 } as const;

/** Runs factcheck with the given arguments (without node and the script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'extract') return runExtract(argv.slice(1), io);
  // `factcheck reconcile STREAMS…`: the run after extraction, on streams of `factcheck extract`
  const reconcile = argv[0] === 'reconcile';
  const program = buildProgram({ out: io.stdout, err: io.stderr });
  try {
    program.parse(reconcile ? argv.slice(1) : argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.ERROR;
    throw error;
  }
  const flags = program.opts<Flags>();
  const progress = progressLine(io.stderr, Boolean(io.stderrIsTTY) && !io.env.CI && flags.progress && !flags.quiet);
  try {
    const loaded = await loadConfig({ cwd: io.cwd, file: flags.config ?? null, lookup: flags.configLookup });
    const settings = resolveSettings(flags, loaded, io.cwd);
    if (flags.printConfig) {
      io.stdout(describeSettings(settings, io.cwd));
      return EXIT.OK;
    }
    const { inputs, stdin } = await gatherInputs(program.args, flags, io);
    const shownBaseline = shown(settings.baseline.file, io.cwd);
    const entries = settings.updateBaseline ? [] : await readBaselineFile(settings.baseline.file, shownBaseline, settings.baseline.explicit);
    let report = await (reconcile ? reconcileStreams : check)(inputs, { ...settings.check, baseline: entries, ...(stdin ? { stdin } : {}), onProgress: progress.update });
    progress.done();
    report = await maintainBaseline(report, settings, shownBaseline, io, flags.quiet ?? false);

    const outputs: Output[] = [{ format: settings.format, file: settings.outputFile }, ...settings.reports];
    const run = { baseline: entries.length > 0 || settings.updateBaseline || settings.pruneBaseline ? shownBaseline : null, minConfidence: settings.check.minConfidence ?? 0 };
    await emit(report, outputs, { color: useColor(flags.color, io), claims: settings.claims, explain: settings.explain, stdout: io.stdout, cwd: io.cwd, run });
    const summaryFile = io.env.GITHUB_STEP_SUMMARY;
    if (summaryFile && outputs.some((o) => o.format === 'github')) await appendStepSummary(summaryFile, report);

    const verbosity = flags.quiet ? 'quiet' : flags.verbose ? 'verbose' : 'normal';
    for (const line of runNotes(report, verbosity, shownBaseline)) io.stderr(line);
    return settings.exitCode && failsGate(report, settings.gate) ? EXIT.CONFLICTS : EXIT.OK;
  } catch (error) {
    progress.done();
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
}

// --- internal ---

/** The input paths (arguments and --file-list) and, when `-` is among them, the article on standard input. */
async function gatherInputs(args: string[], flags: Flags, io: CliIo): Promise<{ inputs: string[]; stdin: NonNullable<CheckOptions['stdin']> | null }> {
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

/** --update-baseline writes every current conflict; --prune-baseline drops stale entries. Returns the report under the new baseline. */
async function maintainBaseline(report: Report, settings: RunSettings, name: string, io: CliIo, quiet: boolean): Promise<Report> {
  if (!settings.updateBaseline && !settings.pruneBaseline) return report;
  // with --update-baseline the run had no baseline, so every conflict is in report.conflicts
  const matched = report.suppressed.filter((c) => c.suppression?.by === 'baseline');
  const kept = (settings.updateBaseline ? report.conflicts : matched).map(toBaselineEntry);
  const stale = report.staleBaseline.length;
  await writeBaselineFile(settings.baseline.file, name, kept);
  if (!quiet) {
    const what = settings.updateBaseline ? `wrote ${kept.length} ${kept.length === 1 ? 'entry' : 'entries'}` : `removed ${stale} stale ${stale === 1 ? 'entry' : 'entries'}`;
    io.stderr(`factcheck: ${name}: ${what}\n`);
  }
  return applyBaseline(report, kept);
}

function shown(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return (relative && !relative.startsWith('..') ? relative : file).split(path.sep).join('/');
}

/** --color/--no-color, then FORCE_COLOR, then NO_COLOR (set and not empty), then whether stdout is a terminal. */
function useColor(flag: boolean | undefined, io: CliIo): boolean {
  if (flag !== undefined) return flag;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR) return false;
  return io.isTTY;
}
