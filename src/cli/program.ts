import { Command, Option } from 'commander';
import { FORMATS, type Format } from '../report/format.js';
import type { Severity } from '../types.js';
import { VERSION } from '../version.js';
import { collect, collectReport, parseConcurrency, parseConfidence, parseCount, parseDay } from './_parse-flags.js';

/** The flags of every command that reads articles, before config and defaults are merged in. */
export interface InputFlags {
  config?: string;
  configLookup: boolean;
  ignorePattern: string[];
  errorOnUnmatchedPattern: boolean;
  followSymlinks?: boolean;
  stdinFilename?: string;
  fileList?: string;
  published?: string;
  quiet?: boolean;
  debug?: boolean;
  concurrency?: number | 'auto';
  cache?: boolean;
  cacheLocation?: string;
  parser?: 'fast' | 'full';
}

/** The flags of `factcheck check` and `factcheck reconcile`: the inputs' and the report's. */
export interface Flags extends InputFlags {
  format?: Format;
  json?: boolean;
  outputFile?: string;
  report: Array<{ format: Format; file: string }>;
  claims?: boolean;
  explain?: boolean;
  minConfidence?: number;
  maxConflicts?: number;
  failOn?: Severity;
  exitCode: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  pruneBaseline?: boolean;
  printConfig?: boolean;
  color?: boolean;
  progress: boolean;
  verbose?: boolean;
}

/** The flags of `factcheck extract`. */
export interface ExtractFlags extends InputFlags {
  format: 'ndjson' | 'json';
}

/** The command a command line chose, with its arguments and flags. */
export type Chosen =
  | { command: 'check' | 'reconcile'; paths: string[]; flags: Flags }
  | { command: 'extract'; paths: string[]; flags: ExtractFlags };

/**
 * The command-line interface: `factcheck [check] PATHS`, `factcheck extract PATHS` and
 * `factcheck reconcile STREAMS`. Parsing calls `choose` with what the command line asks for;
 * parsing errors are thrown (exitOverride), never exit the process.
 */
export function buildProgram(write: { out: (text: string) => void; err: (text: string) => void }, choose: (chosen: Chosen) => void): Command {
  const checkAction = (command: 'check' | 'reconcile') => (paths: string[], flags: Flags) => choose({ command, paths, flags });
  const program = withCheckOptions(new Command().name('factcheck'))
    .description('Find numbers and dates that contradict each other across articles about one story.')
    .argument('[paths...]', 'article files, folders or quoted globs (.txt .md .html .htm .json .jsonl); - reads standard input')
    .action(checkAction('check'))
    .version(VERSION, '-V, --version')
    .helpOption('-h, --help', 'print this help')
    .addHelpText('before', EXAMPLES)
    .showSuggestionAfterError()
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: write.out,
      writeErr: write.err,
      outputError: (text, print) => print(`factcheck: ${text.replace(/^error: /, '')}`),
    });
  withCheckOptions(program.command('check'))
    .description('Check articles for numbers and dates that contradict each other (what factcheck PATHS does).')
    .argument('[paths...]', 'article files, folders or quoted globs; - reads standard input')
    .action(checkAction('check'));
  withInputOptions(program.command('extract'))
    .description('Print every number and date mention the extractor recognises (the extract stage alone).')
    .argument('[paths...]', 'article files, folders or quoted globs; - reads standard input')
    .addOption(new Option('-f, --format <format>', 'ndjson: a source line, then one mention per line (default); json: one document').choices(['ndjson', 'json']).default('ndjson'))
    .action((paths: string[], flags: ExtractFlags) => choose({ command: 'extract', paths, flags }));
  withCheckOptions(program.command('reconcile'))
    .description('Report the conflicts of streams written by factcheck extract, as one run over their articles would.')
    .argument('[streams...]', 'ndjson files of factcheck extract; - reads standard input')
    .action(checkAction('reconcile'));
  return program;
}

// --- internal ---

const EXAMPLES = `Examples:
  factcheck articles/                                  check every article in a folder
  factcheck "news/**/*.html" notes.md                  quoted globs and files
  cat story.txt | factcheck - articles/                one more article from standard input
  factcheck articles/ --json | jq '.conflicts[] | {id, severity, message}'
  factcheck articles/ -f sarif -o factcheck.sarif      SARIF for GitHub code scanning
  factcheck articles/ --update-baseline                record today's conflicts in factcheck-baseline.json
  factcheck articles/ -f github                        in CI: fails only on conflicts not in the baseline
  factcheck extract shard1/ > shard1.ndjson            the extract stage alone (factcheck extract --help)
  factcheck reconcile shard*.ndjson --json             conflicts of extracted streams, as one run would report

`;

/** The report's options, then the inputs': `check` and `reconcile`. */
function withCheckOptions(command: Command): Command {
  command
    .addOption(new Option('-f, --format <format>', 'output format (default: stylish, or the config\'s)').choices(FORMATS))
    .option('--json', 'shorthand for --format json')
    .option('-o, --output-file <path>', 'write the report to a file instead of standard output')
    .option('--report <format=path>', 'also write a report in another format to a file (repeatable)', collectReport, [])
    .option('--claims', 'add every extracted claim to the JSON output')
    .option('--explain', 'print, per conflict, why its claims were grouped and why their values clash')
    .option('--min-confidence <n>', 'report only conflicts at least this sure (0 to 1)', parseConfidence)
    .option('--max-conflicts <n>', 'exit 1 only when more conflicts than this count (default 0; -1: never)', parseCount)
    .addOption(new Option('--fail-on <severity>', 'which conflicts count towards --max-conflicts (default: warning, i.e. all)').choices(['error', 'warning']))
    .option('--no-exit-code', 'exit 0 even when conflicts are over the limit (input errors still exit 2)')
    .option('--baseline <file>', 'known conflicts that do not count (default: factcheck-baseline.json when present)')
    .option('--update-baseline', 'write every current conflict to the baseline file')
    .option('--prune-baseline', 'remove baseline entries that no longer match any conflict')
    .option('--print-config', 'print the configuration in effect as JSON and exit')
    .option('--color', 'force colour in the terminal report')
    .option('--no-color', 'no colour in the terminal report')
    .option('--no-progress', 'no progress line on a terminal')
    .option('--verbose', 'also print per-file notes, skipped files and claims not compared (with why)');
  return withInputOptions(command);
}

/** The options of every command that reads articles: config, inputs, threads, cache, parser. */
function withInputOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'use this config file')
    .option('--no-config-lookup', 'do not look for factcheck.config.json, .factcheckrc.json or package.json#factcheck')
    .option('--ignore-pattern <pattern>', 'leave out inputs matching this gitignore pattern (repeatable)', collect, [])
    .option('--no-error-on-unmatched-pattern', 'do not fail when a path or pattern matches no file')
    .option('--follow-symlinks', 'follow symbolic links inside folders and globs (default: skip them)')
    .option('--stdin-filename <name>', 'name the article read from - (its ending picks the reader: .html, .md …)')
    .option('--file-list <path>', 'read input paths from a file, one per line (- for standard input)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that state none', parseDay)
    .option('--quiet', 'print only errors on standard error (no warnings or notes)')
    .option('--debug', 'print stack traces of internal errors')
    .option('--concurrency <n>', 'threads that read and extract files: auto (default: up to one per core) or at most n (1: no worker); a worker starts only for enough text to pay for it, on a core the machine has free', parseConcurrency)
    .option('--cache', 'keep extracted claims per file in .factcheck-cache/ and reuse them while a file is unchanged')
    .option('--cache-location <dir>', 'the cache folder (implies --cache)')
    .addOption(new Option('--parser <parser>', 'sentence parser: fast (default) or full (compromise\'s whole tagger; slow, for comparison)').choices(['fast', 'full']));
}
