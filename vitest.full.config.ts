import { defineConfig } from 'vitest/config';

/** `npm run test:full`: every suite, the slow ones included (see SLOW in vitest.config.ts). */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 120_000,
  },
});
