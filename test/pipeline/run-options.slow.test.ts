import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { DEFAULTS, resolveOptions, type RunStats } from '../../src/options.js';
import { formatReport } from '../../src/report/format.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = readdirSync(path.join(root, 'fixtures'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(path.join(root, 'fixtures', e.name, 'gold.json')))
  .map((e) => e.name)
  .sort();

function copyCorpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'factcheck-run-'));
  cpSync(path.join(root, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  for (const name of fixtures) cpSync(path.join(root, 'fixtures', name), path.join(dir, name), { recursive: true, filter: (f) => !f.endsWith('gold.json') });
  return dir;
}

const json = (report: Awaited<ReturnType<typeof check>>) => formatReport(report, 'json', { color: false, claims: true });

describe('--concurrency', () => {
  it('gives the same report, byte for byte, on 1, 2 and 3 threads', { timeout: 60_000 }, async () => {
    const dir = copyCorpus();
    const one = json(await check(['.'], { cwd: dir, concurrency: 1 }));
    let stats: RunStats | null = null;
    // every byte pays for a worker here (the corpus is below the real threshold), on an idle machine
    const forced = { bytesPerWorker: 0, machineLoad: () => 0 };
    const two = json(await check(['.'], { cwd: dir, concurrency: 2, ...forced, onStats: (s) => (stats = s) }));
    expect(stats).toMatchObject({ threads: Math.min(2, availableParallelism()) });
    expect(two).toBe(one);
    expect(json(await check(['.'], { cwd: dir, concurrency: 3, ...forced }))).toBe(one);
  });

  it.each([
    ['auto', 5, 0, 0, 1],
    ['auto', 5, DEFAULTS.bytesPerWorker - 1, 0, 1],
    ['auto', 5, DEFAULTS.bytesPerWorker, 0, 2],
    ['auto', 1, DEFAULTS.bytesPerWorker * 4, 0, 1],
    [1, 50, DEFAULTS.bytesPerWorker * 4, 0, 1],
    [2, 50, DEFAULTS.bytesPerWorker * 4, 0, 2],
    ['auto', 50, DEFAULTS.bytesPerWorker * 4, availableParallelism() - 0.4, 1],
    [2, 50, DEFAULTS.bytesPerWorker * 4, availableParallelism() + 3, 1],
  ] as const)('with concurrency %s, %i files of %i bytes and a load of %d take at most %i threads (one per free core)', (concurrency, files, bytes, load, threads) => {
    expect(resolveOptions({ concurrency, machineLoad: () => load }).threadsFor(files, bytes)).toBe(Math.min(threads, availableParallelism()));
  });

  it('starts no worker thread for fewer bytes than one pays for, whatever the concurrency', async () => {
    const dir = copyCorpus();
    let stats: RunStats | null = null;
    await check(['corpus'], { cwd: dir, concurrency: 4, onStats: (s) => (stats = s) });
    expect(stats).toMatchObject({ threads: 1 });
  });

  it('rejects a concurrency that is not auto or a whole number of at least 1', async () => {
    await expect(check(['.'], { cwd: root, concurrency: 0 })).rejects.toThrow(/concurrency/);
  });
});

describe('--cache', () => {
  it('reuses every unchanged file, gives the same report, and re-extracts a changed file', { timeout: 60_000 }, async () => {
    const dir = copyCorpus();
    const cache = path.join(dir, '.cache');
    const runs: RunStats[] = [];
    const options = { cwd: dir, cache, concurrency: 1, onStats: (s: RunStats) => runs.push(s) };
    const plain = json(await check(['.'], { cwd: dir, concurrency: 1 }));
    expect(json(await check(['.'], options))).toBe(plain);
    expect(json(await check(['.'], options))).toBe(plain);
    expect(json(await check(['.'], { ...options, concurrency: 2 }))).toBe(plain);
    const files = runs[0]?.files ?? 0;
    expect(runs.map((r) => r.cache)).toEqual([{ hits: 0, misses: files }, { hits: files, misses: 0 }, { hits: files, misses: 0 }]);

    appendFileSync(path.join(dir, 'corpus', '000_c450104ecb76527d.txt'), 'The bridge opened on May 3, 2024.\n');
    const changed = await check(['.'], options);
    expect(runs[3]?.cache).toEqual({ hits: files - 1, misses: 1 });
    expect(json(changed)).toBe(json(await check(['.'], { cwd: dir, concurrency: 1 })));
  });

  it('is keyed by the settings extraction depends on', async () => {
    const dir = copyCorpus();
    const runs: RunStats[] = [];
    const options = { cwd: dir, cache: '.cache', concurrency: 1, onStats: (s: RunStats) => runs.push(s) };
    await check(['corpus'], options);
    await check(['corpus'], { ...options, published: '2024-01-01' });
    await check(['corpus'], { ...options, lexicon: { entityAliases: [['lorn', 'lorne']] } });
    expect(runs.map((r) => r.cache.hits)).toEqual([0, 0, 0]);
  });
});

describe('stories', () => {
  it('keeps every fixture story apart in one mixed run: no conflict pairs claims of two stories', { timeout: 60_000 }, async () => {
    const dir = copyCorpus();
    const report = await check(['.'], { cwd: dir, concurrency: 1 });
    const folder = (source: string) => source.split('/')[0];
    for (const conflict of report.conflicts) {
      expect(new Set(conflict.claims.map((c) => folder(c.source))).size).toBe(1);
      const story = report.stories?.find((s) => s.id === conflict.story);
      expect(conflict.claims.every((c) => story?.sources.includes(c.source))).toBe(true);
    }
    expect(report.stories?.length).toBeGreaterThanOrEqual(fixtures.length - 2);
    // and finds what each folder checked alone finds
    const alone = await Promise.all(['corpus', ...fixtures].map(async (f) => (await check([f], { cwd: dir, concurrency: 1 })).conflicts.map((c) => c.id)));
    expect(report.conflicts.map((c) => c.id).sort()).toEqual(alone.flat().sort());
  });
});

/**
 * The fast tagger against compromise's full parse, over corpus/ and every fixture. A tag that
 * differs can move a link's score across the threshold, so a fixture or two may differ whichever
 * model is fitted; the two must find nearly all the same conflicts.
 */
describe('parser: fast and full', () => {
  const folders = ['corpus', ...fixtures.map((f) => `fixtures/${f}`)];
  it('find nearly all the same conflicts', { timeout: 600_000 }, async () => {
    const key = (conflict: string[]) => conflict.join(' ');
    let fast = 0;
    let full = 0;
    let both = 0;
    for (const folder of folders) {
      const [a, b] = [await conflictsBy('fast', folder), await conflictsBy('full', folder)];
      const inFull = new Set(b.map(key));
      fast += a.length;
      full += b.length;
      both += a.filter((c) => inFull.has(key(c))).length;
    }
    expect(full).toBeGreaterThan(10);
    expect(both / full).toBeGreaterThanOrEqual(0.9);
    expect(both / fast).toBeGreaterThanOrEqual(0.9);
  });
});

async function conflictsBy(parser: 'fast' | 'full', folder: string): Promise<string[][]> {
  const dir = path.join(root, folder);
  return (await check(['.'], { cwd: dir, parser, concurrency: 1 })).conflicts.map((c) => c.claims.map((x) => `${x.source}:${x.start}`));
}
