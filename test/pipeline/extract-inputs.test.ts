import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/options.js';
import { extractInputs } from '../../src/pipeline/extract-inputs.js';
import type { FileResult } from '../../src/pipeline/extract-file.js';
import { writeCorpus } from '../helpers.js';

const corpus = () => writeCorpus({ 'b.txt': 'It cost 12 million.\n', 'a.txt': 'The bridge opened on May 3.\n', 'img.png': 'x', 'c.md': '# Lorn\n\nSome 40 people came.\n' });

describe('extractInputs', () => {
  it('extracts every file in input order, and hands each on as soon as it is done', async () => {
    const dir = corpus();
    const seen: string[] = [];
    const skipped: string[] = [];
    const { sources, stats, fingerprint } = await extractInputs(['.'], resolveOptions({ cwd: dir, concurrency: 1 }), {
      onCollected: (diagnostics) => skipped.push(...diagnostics.map((d) => d.path)),
      onFile: (result: FileResult) => seen.push(...result.sources.map((s) => s.path)),
    });
    expect(sources.map((s) => s.path)).toEqual(['a.txt', 'b.txt', 'c.md']);
    expect(seen).toEqual(['a.txt', 'b.txt', 'c.md']);
    expect(skipped).toEqual(['img.png']);
    expect(stats).toMatchObject({ files: 3, sources: 3, threads: 1, cache: { hits: 0, misses: 0 } });
    expect(fingerprint).toBeNull();
  });

  it('keeps no sources when asked not to', async () => {
    const { sources, stats } = await extractInputs(['.'], resolveOptions({ cwd: corpus(), concurrency: 1 }), { keep: false });
    expect(sources).toEqual([]);
    expect(stats.sources).toBe(3);
  });

  it('reads the article on standard input after the files', async () => {
    const dir = corpus();
    const { sources } = await extractInputs(['a.txt', '-'], resolveOptions({ cwd: dir, concurrency: 1, stdin: { text: 'It cost 9 million.', filename: 'piped.txt' } }));
    expect(sources.map((s) => s.path)).toEqual(['a.txt', 'piped.txt']);
  });

  it('fingerprints a cached run by every file\'s key, the same while nothing changes', async () => {
    const dir = corpus();
    const options = resolveOptions({ cwd: dir, concurrency: 1, cache: path.join(dir, '.cache') });
    const first = await extractInputs(['.'], options);
    const second = await extractInputs(['.'], options);
    expect(first.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(second.fingerprint).toBe(first.fingerprint);
    expect(second.stats.cache).toEqual({ hits: 3, misses: 0 });
  });
});
