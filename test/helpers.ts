import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyze } from '../src/check.js';
import { runCli, type CliIo } from '../src/cli.js';
import type { Report, SourceDocument } from '../src/types.js';
import { parseHeader } from '../src/ingest/parse-header.js';
import { resolveDate, statedYears } from '../src/extract/dates/resolve-dates.js';
import { scanDates } from '../src/extract/dates/scan-dates.js';

/** A document as ingest would make it. */
export function makeDocument(pathName: string, text: string): SourceDocument {
  const header = parseHeader(text);
  return { path: pathName, text, published: header.published, bodyStart: header.bodyStart };
}

/** The dates of a text as scan and resolve read them, each with its surface text. */
export function resolveDates(text: string, published: string | null = null, future = false) {
  const mentions = scanDates(text, 0);
  const context = { published, statedYears: statedYears(mentions) };
  return mentions.map((m) => ({ text: text.slice(m.start, m.end), ...resolveDate(m, context, future).value }));
}

/** Runs the pure pipeline over inline articles: { 'a.txt': '...', 'b.txt': '...' }. */
export function analyzeTexts(files: Record<string, string>): Report {
  return analyze(Object.entries(files).map(([name, text]) => makeDocument(name, text)));
}

/** Writes inline files to a fresh temporary folder and returns its path. */
export function writeCorpus(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'factcheck-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Runs the CLI in process, capturing what it writes; `overrides` replace parts of its I/O. */
export async function runCliCaptured(argv: string[], overrides: Partial<CliIo> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: {},
    isTTY: false,
    cwd: process.cwd(),
    ...overrides,
  });
  return { code, stdout, stderr };
}

/**
 * The report schema with every object closed, so a test also catches fields the schema does not
 * declare (the shipped schema stays open: fields may be added within schemaVersion 1).
 * Subschemas under oneOf/allOf only refine, so they stay open.
 */
export function closedSchema(schema: unknown, refining = false): unknown {
  if (Array.isArray(schema)) return schema.map((s) => closedSchema(s, refining));
  if (!schema || typeof schema !== 'object') return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' || key === '$defs') {
      copy[key] = Object.fromEntries(Object.entries(value as object).map(([name, sub]) => [name, closedSchema(sub)]));
    } else {
      copy[key] = closedSchema(value, key === 'oneOf' || key === 'allOf' || (refining && key !== 'items'));
    }
  }
  if (!refining && 'properties' in copy && !('additionalProperties' in copy)) copy.additionalProperties = false;
  return copy;
}

/**
 * Three invented articles where one dates an attack a year before the other two: the date clash
 * corpus/ was seeded with, in sentences the linker reads plainly (corpus/'s own is a known miss).
 */
export const DATE_CLASH: Record<string, string> = {
  'a.txt': 'Crowds gathered in the capital on Sunday to remember the victims of the attack.\nThe militants\' attack on the border towns in October 2022 killed 300 people, officials said.\n',
  'b.txt': 'A memorial service was held on Sunday for the victims.\nThe militants launched their attack on the border towns on October 7, 2023, killing 300 people.\n',
  'c.txt': 'Relatives of the victims attended the ceremony on Sunday.\nThe attack on the border towns on October 7, 2023 killed 300 people, the army said.\n',
};
