import { Command, InvalidArgumentError, Option } from 'commander';
import { FORMATS, type Format } from '../report/format.js';
import type { Severity } from '../types.js';
import { VERSION } from '../version.js';

/** The parsed command line, before config and defaults are merged in. */
export interface Flags {
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
  config?: string;
  configLookup: boolean;
  printConfig?: boolean;
  ignorePattern: string[];
  errorOnUnmatchedPattern: boolean;
  followSymlinks?: boolean;
  stdinFilename?: string;
  fileList?: string;
  published?: string;
  color?: boolean;
  progress: boolean;
  quiet?: boolean;
  verbose?: boolean;
  debug?: boolean;
  concurrency?: number | 'auto';
  cache?: boolean;
  cacheLocation?: string;
  parser?: 'fast' | 'full';
}

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

/** The command-line interface; parsing errors are thrown (exitOverride), never exit the process. */
export function buildProgram(write: { out: (text: string) => void; err: (text: string) => void }): Command {
  return new Command()
    .name('factcheck')
    .description('Find numbers and dates that contradict each other across articles about one story.')
    .argument('[paths...]', 'article files, folders or quoted globs (.txt .md .html .htm .json .jsonl); - reads standard input')
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
    .option('-c, --config <file>', 'use this config file')
    .option('--no-config-lookup', 'do not look for factcheck.config.json, .factcheckrc.json or package.json#factcheck')
    .option('--print-config', 'print the configuration in effect as JSON and exit')
    .option('--ignore-pattern <pattern>', 'leave out inputs matching this gitignore pattern (repeatable)', collect, [])
    .option('--no-error-on-unmatched-pattern', 'do not fail when a path or pattern matches no file')
    .option('--follow-symlinks', 'follow symbolic links inside folders and globs (default: skip them)')
    .option('--stdin-filename <name>', 'name the article read from - (its ending picks the reader: .html, .md …)')
    .option('--file-list <path>', 'read input paths from a file, one per line (- for standard input)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that state none', parseDay)
    .option('--color', 'force colour in the terminal report')
    .option('--no-color', 'no colour in the terminal report')
    .option('--no-progress', 'no progress line on a terminal')
    .option('--quiet', 'print only errors on standard error (no warnings or notes)')
    .option('--verbose', 'also print per-file notes, skipped files and claims not compared (with why)')
    .option('--debug', 'print stack traces of internal errors')
    .option('--concurrency <n>', 'threads that read and extract files: auto (default: up to one per core) or at most n (1: no worker); a worker starts only for enough text to pay for it, on a core the machine has free', parseConcurrency)
    .option('--cache', 'keep extracted claims per file in .factcheck-cache/ and reuse them while a file is unchanged')
    .option('--cache-location <dir>', 'the cache folder (implies --cache)')
    .addOption(new Option('--parser <parser>', 'sentence parser: fast (default) or full (compromise\'s whole tagger; slow, for comparison)').choices(['fast', 'full']))
    .version(VERSION, '-V, --version')
    .helpOption('-h, --help', 'print this help')
    .addHelpText('before', EXAMPLES)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: write.out,
      writeErr: write.err,
      outputError: (text, print) => print(`factcheck: ${text.replace(/^error: /, '')}`),
    });
}

// --- internal ---

function parseConfidence(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isInteger(n) || n < -1) throw new InvalidArgumentError('expected a whole number, or -1 for no limit');
  return n;
}

/** `auto` or a whole number of threads of at least 1. */
export function parseConcurrency(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError('expected auto or a whole number of at least 1');
  return Number(value);
}

function parseDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('expected a date YYYY-MM-DD');
  return value;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function collectReport(value: string, previous: Array<{ format: Format; file: string }>): Array<{ format: Format; file: string }> {
  const at = value.indexOf('=');
  const format = value.slice(0, at) as Format;
  const file = value.slice(at + 1);
  if (at < 0 || !FORMATS.includes(format) || !file) {
    throw new InvalidArgumentError(`expected FORMAT=PATH with FORMAT one of ${FORMATS.join(', ')}`);
  }
  return [...previous, { format, file }];
}
