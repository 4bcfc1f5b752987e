import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importProblems } from '../scripts/check-imports.js';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');

describe('the imports of src/', () => {
  it('hold no cycle, keep compromise in its wrapper and the core free of files and terminals', () => {
    expect(importProblems(src)).toEqual([]);
  });
});
