import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { closedSchema } from '../helpers.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = path.join(root, 'bin/factcheck.js');

export interface BinRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface BinOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  input?: string | Buffer;
  /** Node options before the script (`--import` of a fault-injecting preload). */
  node?: string[];
  /** Run as another command in front (`setpriv …`), given as its argv. */
  wrapper?: string[];
  timeout?: number;
}

/** Runs the built binary as a user would: its own process, pipes for stdout and stderr, no colour settings inherited. */
export function factcheck(args: string[], options: BinOptions = {}): BinRun {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, CI: undefined, GITHUB_STEP_SUMMARY: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const argv = [...(options.node ?? []), bin, ...args];
  const [command, ...rest] = options.wrapper ? [...options.wrapper, process.execPath, ...argv] : [process.execPath, ...argv];
  const spawnOptions: SpawnSyncOptions = { cwd: options.cwd ?? root, encoding: 'utf8', env, input: options.input ?? '', timeout: options.timeout ?? 120_000, maxBuffer: 512 * 1024 * 1024 };
  const result = spawnSync(command as string, rest, spawnOptions);
  if (result.error) throw result.error;
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Writes files (text or bytes) into a new temporary folder others can read and returns it. */
export function folder(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** A fresh temporary folder others can read (mkdtemp makes it private; a test may run the binary as another user). */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'factcheck-robust-'));
  chmodSync(dir, 0o755);
  return dir;
}

const schema = JSON.parse(readFileSync(path.join(root, 'schema/factcheck-report-v1.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(closedSchema(schema) as object);

/** Null when the parsed JSON report validates against schema/factcheck-report-v1.schema.json, else the errors. */
export function schemaErrors(report: unknown): string | null {
  return validate(report) ? null : JSON.stringify(validate.errors);
}

/** Raw control characters other than a line feed, or an ANSI escape, anywhere in terminal output. */
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
