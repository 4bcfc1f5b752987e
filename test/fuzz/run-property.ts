/**
 * Runs each property from each seed, and keeps what it finds: a failing case, shrunk by
 * fast-check, is written to cases/ beside the known hard ones, where known-cases.test.ts runs it
 * from then on.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { problemsOf, type FuzzProperty } from './properties.js';

export const CASES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');

/** A written case: the files, and the property whose oracles apply. */
export interface FuzzCase {
  why: string;
  property?: string;
  /** Set on a known product bug: the case is expected to fail until it is fixed (known-bugs.ts). */
  fails?: string;
  files: Array<{ name: string; content: string }>;
}

/** One test per property and seed; the suite is split into files so that vitest runs them side by side. */
export function describeFuzzing(title: string, properties: FuzzProperty[]): void {
  describe(title, () => {
    const runs = properties.flatMap((property) => SEEDS.map((seed) => [property.name, RUNS ?? property.quickRuns, seed, property] as const));
    // room for the slowest property (about 100 ms a case on 2 cores) and for shrinking a failure
    const timeout = Math.max(120_000, (RUNS ?? 0) * 300);
    it.each(runs)('%s: %i cases from seed %i keep every invariant and oracle', (_name, count, seed, property) => fuzz(property, count, seed), timeout);
  });
}

// --- internal ---

/** Cases per property and seed: FUZZ_RUNS, or else each property's quick share, which keeps `npm test` short. */
const RUNS = process.env.FUZZ_RUNS === undefined ? null : positiveInteger('FUZZ_RUNS', process.env.FUZZ_RUNS);

/** Seeds to run each property from: FUZZ_SEEDS=1,2,3 or FUZZ_SEED=7, else a fixed set so `npm test` is reproducible. */
const SEEDS = (process.env.FUZZ_SEEDS ?? process.env.FUZZ_SEED ?? '20261121,11,4242').split(',').map((s) => positiveInteger('FUZZ_SEEDS', s.trim()));

function fuzz(property: FuzzProperty, runs: number, seed: number): void {
  const details = fc.check(
    fc.property(property.corpus(), (files) => {
      const problems = problemsOf(property.name, files);
      if (problems.length > 0) throw new Error(problems.join('\n'));
    }),
    { numRuns: runs, seed },
  );
  if (!details.failed) return;
  const [files] = details.counterexample ?? [[]];
  const saved = path.join(CASES_DIR, `found-${slug(property.name)}-seed-${seed}.json`);
  const found: FuzzCase = { why: `found by fuzzing from seed ${seed} (path ${details.counterexamplePath}): ${firstLine(details.errorInstance)}`, property: property.name, files };
  mkdirSync(CASES_DIR, { recursive: true });
  writeFileSync(saved, `${escapeInvisible(JSON.stringify(found, null, 2))}\n`);
  throw new Error(`${fc.defaultReportMessage(details)}\n${String(details.errorInstance)}\nsaved as ${path.relative(process.cwd(), saved)}`);
}

function positiveInteger(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name}: expected positive whole numbers, got ${JSON.stringify(text)}`);
  return n;
}

/** C1 controls, bidi and zero-width characters as \u escapes, so that a saved case reads as it parses. */
function escapeInvisible(json: string): string {
  return json.replace(/[\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
