import path from 'node:path';
import { check } from '../check.js';
import { failsGate } from '../gate.js';
import { reconcileStreams } from '../pipeline/reconcile-streams.js';
import { applyBaseline } from '../postprocess/apply-baseline.js';
import { toBaselineEntry } from '../postprocess/baseline.js';
import type { Report } from '../types.js';
import { readBaselineFile, writeBaselineFile } from './baseline-file.js';
import { appendStepSummary, emit, type Output } from './emit.js';
import { gatherInputs } from './inputs.js';
import { EXIT, type CliIo } from './io.js';
import { runNotes } from './notes.js';
import type { Flags } from './program.js';
import { progressLine } from './progress.js';
import { describeSettings, loadRunConfig, resolveSettings, type RunSettings } from './settings.js';

/**
 * `factcheck [check] PATHS` and `factcheck reconcile STREAMS`: runs the pipeline (or its reconcile
 * stage on extracted streams), keeps the baseline, writes every output and returns the exit code.
 */
export async function runCheck(command: 'check' | 'reconcile', paths: string[], flags: Flags, io: CliIo): Promise<number> {
  const progress = progressLine(io.stderr, Boolean(io.stderrIsTTY) && !io.env.CI && flags.progress && !flags.quiet);
  try {
    const settings = resolveSettings(flags, await loadRunConfig(flags, io.cwd), io.cwd);
    if (flags.printConfig) {
      io.stdout(describeSettings(settings, io.cwd));
      return EXIT.OK;
    }
    const { inputs, stdin } = await gatherInputs(paths, flags, io);
    const shownBaseline = shown(settings.baseline.file, io.cwd);
    const entries = settings.updateBaseline ? [] : await readBaselineFile(settings.baseline.file, shownBaseline, settings.baseline.explicit);
    let report = await (command === 'reconcile' ? reconcileStreams : check)(inputs, { ...settings.check, baseline: entries, ...(stdin ? { stdin } : {}), onProgress: progress.update });
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
  } finally {
    progress.done();
  }
}

// --- internal ---

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
