/**
 * Inputs the fuzzer found or the issues name, kept in cases/ so they stay fixed: each is held to
 * every invariant (and its property's oracles) with no known bug exempted. A case marked `fails`
 * records a product bug that is not fixed yet (known-bugs.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemsOf } from './properties.js';
import { CASES_DIR, type FuzzCase } from './run-property.js';

const cases = readdirSync(CASES_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(path.join(CASES_DIR, f), 'utf8')) as FuzzCase] as const);

describe('known hard cases and cases found by fuzzing', () => {
  it.each(cases.filter(([, c]) => !c.fails))('%s: every invariant holds', (_file, known) => {
    expect(problemsOf(known.property, known.files, [])).toEqual([]);
  });

  // each is a product bug waiting for its owner; the fix makes it pass, and then this marker goes
  it.fails.each(cases.filter(([, c]) => c.fails))('%s: a known product bug still breaks an invariant', (_file, known) => {
    expect(problemsOf(known.property, known.files, [])).toEqual([]);
  });
});
