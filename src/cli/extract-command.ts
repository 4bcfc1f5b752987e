import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { CliIo } from '../cli.js';
import { loadConfig } from '../config/load-config.js';
import { optionsFromConfig } from '../config/to-options.js';
import { FactcheckError } from '../errors.js';
import { resolveOptions, type CheckOptions } from '../options.js';
import { extractInputs } from '../pipeline/extract-inputs.js';
import { byPath, summarize } from '../pipeline/extracted-source.js';
import type { ExtractedSource } from '../pipeline/types.js';
import { diagnosticLine, mentionToJson, sourceLines } from '../pipeline/mention-stream.js';
import type { Diagnostic } from '../types.js';
import { VERSION } from '../version.js';
import { parseConcurrency, type Flags } from './program.js';
import { pipelineOptions } from './settings.js';

interface ExtractFlags extends Pick<Flags, 'concurrency' | 'cache' | 'cacheLocation' | 'parser' | 'config' | 'configLookup' | 'ignorePattern' | 'errorOnUnmatchedPattern' | 'stdinFilename' | 'published' | 'quiet' | 'debug'> {
  format: 'ndjson' | 'json';
}

/**
 * `factcheck extract PATHS`: every number and date mention the extractor recognises. ndjson
 * (default) streams a source line, then its mentions, file by file, as they are extracted;
 * `factcheck reconcile` reads it back. json prints one document. Exit 0 unless the input is unusable.
 */
export async function runExtract(argv: string[], io: CliIo): Promise<number> {
  const program = buildExtractProgram(io);
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const flags = program.opts<ExtractFlags>();
  try {
    const loaded = await loadConfig({ cwd: io.cwd, file: flags.config ?? null, lookup: flags.configLookup });
    const fromConfig = optionsFromConfig(loaded.config, loaded.file ? path.dirname(loaded.file) : io.cwd);
    const paths = program.args;
    if (paths.length === 0) throw new FactcheckError('E_USAGE', "missing required argument 'paths' (files, folders, quoted globs, - for standard input)");
    const stdin = paths.includes('-') && io.readStdin ? { text: await io.readStdin(), ...(flags.stdinFilename ? { filename: flags.stdinFilename } : {}) } : undefined;
    const options: CheckOptions = {
      ...fromConfig,
      cwd: io.cwd,
      ignore: [...(fromConfig.ignore ?? []), ...(flags.ignorePattern.length > 0 ? [{ base: io.cwd, patterns: flags.ignorePattern }] : [])],
      errorOnUnmatchedPattern: flags.errorOnUnmatchedPattern,
      ...(flags.published ? { published: flags.published } : {}),
      ...(stdin ? { stdin } : {}),
      ...pipelineOptions(flags),
    };
    const resolved = resolveOptions(options);
    const streaming = flags.format === 'ndjson';
    let sources = 0;
    const { sources: kept, diagnostics } = await extractInputs(paths, resolved, {
      onCollected: (skipped) => {
        if (streaming && skipped.length > 0) io.stdout(skipped.map(diagnosticLine).join(''));
      },
      onFile: (result) => {
        sources += result.sources.length;
        if (streaming) io.stdout(result.diagnostics.map(diagnosticLine).join('') + result.sources.map(sourceLines).join(''));
      },
      keep: !streaming,
    });
    if (!streaming) io.stdout(formatExtractJson(kept, diagnostics));
    if (!flags.quiet) for (const d of diagnostics) if (d.severity !== 'info') io.stderr(`factcheck: ${d.path}: ${d.message}\n`);
    if (sources === 0) throw new FactcheckError('E_NO_INPUT', `no readable article under ${paths.join(', ')}`);
    return 0;
  } catch (error) {
    if (error instanceof FactcheckError) {
      io.stderr(`factcheck: ${error.message}\n`);
      return 2;
    }
    const detail = flags.debug && error instanceof Error ? `\n${error.stack}` : '';
    io.stderr(`factcheck: internal error: ${error instanceof Error ? error.message : String(error)}${detail}\n`);
    return 2;
  }
}

// --- internal ---

function buildExtractProgram(io: CliIo): Command {
  return new Command()
    .name('factcheck extract')
    .description('Print every number and date mention the extractor recognises (the extract stage alone).')
    .argument('[paths...]', 'article files, folders or quoted globs; - reads standard input')
    .addOption(new Option('-f, --format <format>', 'ndjson: a source line, then one mention per line (default); json: one document').choices(['ndjson', 'json']).default('ndjson'))
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that state none')
    .option('--ignore-pattern <pattern>', 'leave out inputs matching this gitignore pattern (repeatable)', (v: string, p: string[]) => [...p, v], [])
    .option('--no-error-on-unmatched-pattern', 'do not fail when a path or pattern matches no file')
    .option('--stdin-filename <name>', 'name the article read from -')
    .option('--concurrency <n>', 'worker threads: auto (default) or a number (1: none)', parseConcurrency)
    .option('--cache', 'reuse extracted mentions of unchanged files from .factcheck-cache/')
    .option('--cache-location <dir>', 'the cache folder (implies --cache)')
    .addOption(new Option('--parser <parser>', 'sentence parser').choices(['fast', 'full']))
    .option('-c, --config <file>', 'use this config file')
    .option('--no-config-lookup', 'do not look for a config file')
    .option('--quiet', 'no warnings on standard error')
    .option('--debug', 'print stack traces of internal errors')
    .helpOption('-h, --help', 'print this help')
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, print) => print(`factcheck: ${text.replace(/^error: /, '')}`),
    });
}

/** The json format: sources sorted by path, each with what reconcile needs, then every mention. */
function formatExtractJson(sources: ExtractedSource[], diagnostics: Diagnostic[]): string {
  const sorted = [...sources].sort(byPath);
  const document = {
    schemaVersion: 1,
    tool: { name: 'factcheck', version: VERSION },
    sources: sorted.map((s) => ({ ...summarize(s), mentions: s.mentions.length, names: s.names, storyNames: s.storyNames, contrasts: s.contrasts })),
    mentions: sorted.flatMap((s) => s.mentions.map(mentionToJson)),
    errors: diagnostics.filter((d) => d.severity !== 'info'),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
