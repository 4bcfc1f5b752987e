import { defineConfig } from 'vitest/config';

/**
 * Suites that only `npm run test:full` runs: the real binary run many times over (e2e,
 * robustness: bad, faulty and big inputs, determinism), fuzzing, the browser, and any
 * `*.slow.test.ts` (whole corpora through `check`). `npm test` runs the rest: unit tests of every
 * stage, the CLI in process, and a few runs of the real binary (test/bin/).
 */
export const SLOW = ['test/e2e/**', 'test/robustness/**', 'test/browser/**', 'test/**/*.fuzz.test.ts', 'test/**/*.slow.test.ts'];

/** Seeds or case counts asked for in the environment: a fuzz run, so the fuzz suites are in. */
const FUZZING = ['FUZZ_SEED', 'FUZZ_SEEDS', 'FUZZ_RUNS'].some((name) => process.env[name]);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...SLOW.filter((glob) => !(FUZZING && glob.includes('.fuzz.')))],
    testTimeout: 30_000,
    // the unit suites share each worker's modules (compromise's model loads once per worker, not once per file)
    isolate: false,
  },
});
