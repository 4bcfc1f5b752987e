import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, resolveOptions } from '../src/options.js';

describe('resolveOptions', () => {
  it('fills every option from DEFAULTS', () => {
    const resolved = resolveOptions({ cwd: '/work' });
    expect(resolved.extensions).toEqual([...DEFAULTS.extensions]);
    expect(resolved.ingest).toMatchObject({ ignoreFile: DEFAULTS.ignoreFile, errorOnUnmatchedPattern: DEFAULTS.errorOnUnmatchedPattern, followSymlinks: DEFAULTS.followSymlinks, stdin: null, published: null });
    expect(resolved.postprocess).toEqual({ relativeTolerance: DEFAULTS.tolerances.relative, accepted: [], baseline: [], minConfidence: 0 });
    expect(resolved.lexicon.approximateTolerance).toBe(DEFAULTS.tolerances.approximate);
    expect(resolved.parser).toBe(DEFAULTS.parser);
    expect(resolved.cache).toBeNull();
  });

  it('normalises extensions and makes the cache folder absolute', () => {
    const resolved = resolveOptions({ cwd: '/work', extensions: ['TXT', '.md'], cache: '.cache' });
    expect(resolved.extensions).toEqual(['.txt', '.md']);
    expect(resolved.cache).toBe('/work/.cache');
  });

  it('starts no worker thread for fewer bytes than one pays for, and never more threads than files', () => {
    expect(resolveOptions({}).threadsFor(10, 1000)).toBe(1);
    const idle = { bytesPerWorker: 0, machineLoad: () => 0 };
    expect(resolveOptions({ concurrency: 4, ...idle }).threadsFor(2, 1000)).toBe(Math.min(2, availableParallelism()));
    expect(resolveOptions({ concurrency: 4, ...idle }).threadsFor(0, 0)).toBe(1);
  });

  it.each([
    [{ tolerances: { relative: 2 } }, /tolerances.relative: expected a number from 0 to 1/],
    [{ published: '2024-02-30' }, /published: expected a date/],
    [{ parser: 'slow' as never }, /parser: expected fast or full/],
    [{ concurrency: 0 }, /concurrency: expected auto or a whole number/],
  ])('rejects %j with a usage error', (options, message) => {
    expect(() => resolveOptions(options)).toThrow(message);
  });
});
