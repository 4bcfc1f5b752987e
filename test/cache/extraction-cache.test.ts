import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, readBytes, readCached, readRun, writeCached, writeRun } from '../../src/cache/extraction-cache.js';
import { makeConflict, makeMention, makeSource } from '../builders.js';
import { writeCorpus } from '../helpers.js';

const entry = { sources: [makeSource({ mentions: [makeMention()] })], diagnostics: [] };

describe('the extraction cache', () => {
  it('keys a file by the version, the settings, its name and its content', () => {
    const key = cacheKey('1.0.0', '{}', 'a.txt', 'text');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey('1.0.0', '{}', 'a.txt', 'text')).toBe(key);
    for (const other of [cacheKey('1.0.1', '{}', 'a.txt', 'text'), cacheKey('1.0.0', '[]', 'a.txt', 'text'), cacheKey('1.0.0', '{}', 'b.txt', 'text'), cacheKey('1.0.0', '{}', 'a.txt', 'text!')]) {
      expect(other).not.toBe(key);
    }
  });

  it('gives back what was stored under a key, and nothing under another', async () => {
    const folder = path.join(writeCorpus({}), 'cache');
    const key = cacheKey('1', '', 'a.txt', 'x');
    await writeCached(folder, key, entry);
    expect(await readCached(folder, key)).toEqual(entry);
    expect(await readCached(folder, cacheKey('1', '', 'a.txt', 'y'))).toBeNull();
    expect(readdirSync(folder)).toEqual([key.slice(0, 2)]);
  });

  it('reads a damaged entry as a miss', async () => {
    const folder = writeCorpus({});
    const key = cacheKey('1', '', 'a.txt', 'x');
    mkdirSync(path.join(folder, key.slice(0, 2)));
    writeFileSync(path.join(folder, key.slice(0, 2), `${key.slice(2)}.json`), '{"key":');
    expect(await readCached(folder, key)).toBeNull();
  });

  it('goes on without caching when the folder cannot be written', async () => {
    const file = path.join(writeCorpus({ 'not-a-folder': '' }), 'not-a-folder');
    await expect(writeCached(file, 'ab12', entry)).resolves.toBeUndefined();
  });

  it('keeps a run\'s stories and conflicts apart from the files\'', async () => {
    const folder = writeCorpus({});
    const run = { stories: [{ id: 1, label: 'sarn', sources: ['a.txt', 'b.txt'] }], conflicts: [makeConflict()] };
    await writeRun(folder, 'ab12', run);
    expect(await readRun(folder, 'ab12')).toEqual(run);
    expect(await readCached(folder, 'ab12')).toBeNull();
  });

  it('reads the bytes of a regular file only', () => {
    const folder = writeCorpus({ 'a.txt': 'hello' });
    expect(readBytes(path.join(folder, 'a.txt'))?.toString()).toBe('hello');
    expect(readBytes(folder)).toBeNull();
    expect(readBytes(path.join(folder, 'missing.txt'))).toBeNull();
  });
});
