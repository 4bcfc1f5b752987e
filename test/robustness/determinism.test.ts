/**
 * The same input gives byte-identical output from the built binary whatever the time zone,
 * locale, current date and order of files on disk.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { factcheck, root, tempDir } from './support.js';

/** corpus/ plus an article with relative dates, resolved against its own publication date only. */
function inputs(order: 'forward' | 'reverse'): string {
  const dir = tempDir();
  const target = path.join(dir, 'articles');
  mkdirSync(target);
  const files = readdirSync(path.join(root, 'corpus')).sort();
  const extra: Array<[string, string]> = [
    ['relative.txt', 'date 2023-12-31\nThe Lorn bridge closed last month, three years ago it reopened, and on Thursday 12 people were hurt.\n'],
    ['relative-2.txt', 'date 2024-01-01\nThe Lorn bridge closed in November 2023, and on Thursday 14 people were hurt.\n'],
  ];
  // files created in the opposite order lie in another order on disk (and in readdir)
  const all: Array<[string, string]> = [...files.map((f): [string, string] => [f, readFileSync(path.join(root, 'corpus', f), 'utf8')]), ...extra];
  for (const [name, text] of order === 'forward' ? all : [...all].reverse()) writeFileSync(path.join(target, name), text);
  cpSync(path.join(root, 'fixtures/dunmore-mill-closure'), path.join(target, 'dunmore'), { recursive: true });
  return dir;
}

describe('determinism of the built binary', () => {
  const forward = inputs('forward');
  const base = factcheck(['articles', '--json', '--claims'], { cwd: forward, env: { TZ: 'UTC', LANG: 'C' } });

  it('produced a report to compare', () => {
    expect(base.code).toBe(1);
    expect(JSON.parse(base.stdout).summary.conflicts).toBeGreaterThan(0);
  });

  it.each(['Pacific/Kiritimati', 'America/Adak', 'Asia/Kathmandu', 'Pacific/Pago_Pago'])('prints the same bytes under TZ=%s', (tz) => {
    expect(factcheck(['articles', '--json', '--claims'], { cwd: forward, env: { TZ: tz, LANG: 'C' } }).stdout).toBe(base.stdout);
  });

  it.each(['tr_TR.UTF-8', 'de_DE.UTF-8', 'ar_EG.UTF-8'])('prints the same bytes under LANG=%s', (lang) => {
    const env = { TZ: 'UTC', LANG: lang, LC_ALL: lang };
    expect(factcheck(['articles', '--json', '--claims'], { cwd: forward, env }).stdout).toBe(base.stdout);
  });

  it('prints the same terminal report under another locale and time zone', () => {
    const stylish = factcheck(['articles'], { cwd: forward, env: { TZ: 'UTC', LANG: 'C' } }).stdout;
    expect(factcheck(['articles'], { cwd: forward, env: { TZ: 'America/Adak', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' } }).stdout).toBe(stylish);
  });

  it.each(['1999-12-31T23:59:59Z', '2038-01-19T03:14:08Z', '2100-02-28T12:00:00-10:00'])('prints the same bytes when today is %s', (now) => {
    const preload = path.join(import.meta.dirname, 'preload/fake-now.mjs');
    const run = factcheck(['articles', '--json', '--claims'], { cwd: forward, env: { TZ: 'UTC', FACTCHECK_TEST_NOW: now }, node: ['--import', preload] });
    expect(run.stdout).toBe(base.stdout);
  });

  it.each(['1', '2', '4'])('prints the same bytes with --concurrency %s', (threads) => {
    expect(factcheck(['articles', '--json', '--claims', '--concurrency', threads], { cwd: forward, env: { TZ: 'UTC', LANG: 'C' } }).stdout).toBe(base.stdout);
  });

  it('prints the same bytes when the files were created in the opposite order', () => {
    const reverse = inputs('reverse');
    expect(factcheck(['articles', '--json', '--claims'], { cwd: reverse, env: { TZ: 'UTC', LANG: 'C' } }).stdout).toBe(base.stdout);
  });

  it('prints the same bytes when the files are named in another order on the command line', () => {
    const names = readdirSync(path.join(forward, 'articles')).sort().reverse().map((f) => `articles/${f}`);
    expect(factcheck([...names, '--json', '--claims'], { cwd: forward, env: { TZ: 'UTC', LANG: 'C' } }).stdout).toBe(base.stdout);
  });
});
