/**
 * Every bad input of the README's "Bad input" table, run through the built binary as a user
 * would. Each test builds its inputs in a fresh temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { factcheck, folder, RAW_CONTROL, schemaErrors } from './support.js';

interface JsonClaim { source: string; text: string; start: number; end: number; line: number; column: number; value: Record<string, unknown>; sentence: string }
interface JsonReport {
  sources: Array<{ path: string; published: string | null; claims: number }>;
  conflicts: Array<{ claims: JsonClaim[] }>;
  claims: JsonClaim[];
  errors: Array<{ path: string; severity: string; message: string }>;
  summary: { sources: number; claims: number; conflicts: number };
}


/** Runs with --json --claims in `cwd`; the report must parse and validate whatever happened. */
function checkJson(args: string[], cwd: string, extra: Parameters<typeof factcheck>[1] = {}) {
  const run = factcheck([...args, '--json', '--claims'], { cwd, ...extra });
  const report = JSON.parse(run.stdout) as JsonReport;
  expect(schemaErrors(report)).toBeNull();
  return { ...run, report };
}

const clash = {
  'a.txt': 'date 2024-03-01\nThe Lorn bridge fire killed 12 people on Monday.\n',
  'b.txt': 'date 2024-03-01\nThe Lorn bridge fire killed 19 people on Monday.\n',
};

const lines = (text: string) => text.split('\n').filter(Boolean);

describe('empty and claimless inputs', () => {
  it('an empty folder exits 2 with one line and nothing on stdout', () => {
    const dir = folder({});
    mkdirSync(path.join(dir, 'empty'));
    const run = factcheck(['empty', '--json'], { cwd: dir });
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: 'factcheck: no files in empty\n' });
  });

  it('a folder with no supported files exits 2 with one line', () => {
    const dir = folder({ 'docs/photo.jpeg': 'x', 'docs/notes.csv': 'a,b', 'docs/.hidden.txt': 'The fire killed 3 people.' });
    const run = factcheck(['docs'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toEqual(['factcheck: no readable article (.txt, .md, .html, .htm, .json, .jsonl) under docs']);
  });

  it('an empty file, a whitespace-only file and a file with no claims are read: no claims, exit 0', () => {
    const dir = folder({ 'empty.txt': '', 'blank.md': '  \n\t\r\n\n  ', 'prose.txt': 'Nothing here is counted or dated.' });
    const run = checkJson(['.'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.report.sources.map((s) => [s.path, s.claims])).toEqual([['blank.md', 0], ['empty.txt', 0], ['prose.txt', 0]]);
  });
});

describe('bytes that are not plain UTF-8 text', () => {
  it('a PNG and a gzip archive named .txt are skipped with one line each; the rest is checked', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const dir = folder({ ...clash, 'photo.txt': png, 'archive.txt': gzipSync('The fire killed 40 people.') });
    const run = checkJson(['.'], dir);
    expect(run.code).toBe(1);
    expect(run.report.summary).toMatchObject({ sources: 2, conflicts: 1 });
    expect(lines(run.stderr)).toEqual(['factcheck: archive.txt: skipped: binary file (gzip archive)', 'factcheck: photo.txt: skipped: binary file (PNG image)']);
    expect(run.report.errors).toEqual([
      { path: 'archive.txt', severity: 'error', message: 'skipped: binary file (gzip archive)' },
      { path: 'photo.txt', severity: 'error', message: 'skipped: binary file (PNG image)' },
    ]);
  });

  it('a file with NUL bytes is skipped as binary', () => {
    const dir = folder({ ...clash, 'dump.md': Buffer.concat([Buffer.from('The fire killed 5 people.'), Buffer.from([0, 0, 1, 2])]) });
    const run = checkJson(['.'], dir);
    expect(run.report.errors).toEqual([{ path: 'dump.md', severity: 'error', message: 'skipped: binary file (NUL bytes)' }]);
  });

  it('an 8-bit file that is not UTF-8 is read as Windows-1252, with a warning', () => {
    // “12” – in Windows-1252: curly quotes 0x93/0x94, en dash 0x96
    const dir = folder({ 'a.txt': Buffer.from('The Lorn bridge fire killed \x9312\x94 people \x96 officials said.\n', 'latin1'), 'b.txt': clash['b.txt'] });
    const run = checkJson(['.'], dir);
    expect(run.report.errors).toEqual([{ path: 'a.txt', severity: 'warning', message: 'not valid UTF-8 (byte 28); read as Windows-1252' }]);
    expect(run.stderr).toBe('factcheck: a.txt: not valid UTF-8 (byte 28); read as Windows-1252\n');
    const claim = run.report.claims.find((c) => c.source === 'a.txt' && c.text === '12');
    expect(claim?.sentence).toContain('“12” people – officials');
  });

  it('invalid bytes in a UTF-8 file become U+FFFD, with a warning; offsets count the decoded text', () => {
    const bytes = Buffer.concat([Buffer.from('Café owners said the Lorn bridge fire killed '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' 12 people.')]);
    const dir = folder({ 'a.txt': bytes, 'b.txt': clash['b.txt'] });
    const run = checkJson(['.'], dir);
    expect(run.report.errors).toEqual([{ path: 'a.txt', severity: 'warning', message: 'invalid UTF-8 (first at byte 46) replaced with U+FFFD' }]);
    const text = 'Café owners said the Lorn bridge fire killed \uFFFD(\uFFFD 12 people.';
    const claim = run.report.claims.find((c) => c.source === 'a.txt' && c.text === '12');
    expect(claim).toMatchObject({ start: text.indexOf('12'), line: 1, column: text.indexOf('12') + 1 });
  });

  it('a UTF-8 byte order mark is dropped: the date line is found and columns do not count it', () => {
    const dir = folder({ 'a.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(clash['a.txt'])]), 'b.txt': clash['b.txt'] });
    const run = checkJson(['.'], dir);
    expect(run.stderr).toBe('');
    expect(run.report.sources[0]).toMatchObject({ path: 'a.txt', published: '2024-03-01' });
    expect(run.report.claims.find((c) => c.source === 'a.txt' && c.text === '12')).toMatchObject({ line: 2, column: 29 });
    expect(run.code).toBe(1);
  });

  it.each([
    ['UTF-16 LE', Buffer.from([0xff, 0xfe]), (s: string) => Buffer.from(s, 'utf16le')],
    ['UTF-16 BE', Buffer.from([0xfe, 0xff]), (s: string) => Buffer.from(s, 'utf16le').swap16()],
  ])('%s with a byte order mark is decoded: date line, claims and the conflict as in UTF-8', (_name, bom, encode) => {
    const dir = folder({ 'a.txt': Buffer.concat([bom, encode(clash['a.txt'].replace(/\n/g, '\r\n'))]), 'b.txt': clash['b.txt'] });
    const run = checkJson(['.'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.report.sources[0]).toMatchObject({ path: 'a.txt', published: '2024-03-01', claims: 2 });
    expect(run.report.conflicts[0]?.claims.find((c) => c.source === 'a.txt')).toMatchObject({ text: '12', line: 2, column: 29 });
  });

  it('Windows CRLF and old Mac CR line endings keep lines and columns right', () => {
    const body = ['date 2024-03-01', 'Intro.', '', 'Officials said the Lorn bridge fire', 'killed 12 people on Monday.', ''];
    const dir = folder({ 'lf.txt': body.join('\n'), 'crlf.txt': body.join('\r\n'), 'cr.txt': body.join('\r') });
    const run = checkJson(['.'], dir);
    expect(run.stderr).toBe('');
    const figures = run.report.claims.filter((c) => c.text === '12').map((c) => [c.source, c.line, c.column]);
    expect(figures).toEqual([
      ['cr.txt', 5, 8],
      ['crlf.txt', 5, 8],
      ['lf.txt', 5, 8],
    ]);
    expect(run.report.sources.map((s) => s.published)).toEqual(['2024-03-01', '2024-03-01', '2024-03-01']);
  });
});

describe('folders, links and files that go away', () => {
  it('deeply nested folders (300 levels) are walked', () => {
    const deep = path.join(...Array.from({ length: 300 }, (_, i) => `d${i % 10}`));
    const dir = folder({ [path.join(deep, 'a.txt')]: clash['a.txt'], 'b.txt': clash['b.txt'] });
    const run = checkJson(['.'], dir);
    expect(run.code).toBe(1);
    expect(run.report.sources.map((s) => s.path)).toEqual(['b.txt', `${deep.split(path.sep).join('/')}/a.txt`].sort());
  });

  it('symbolic links are not followed by default: a link out of the inputs, a loop and a broken link are skipped (listed with --verbose)', () => {
    const dir = folder({ 'outside/secret.txt': clash['b.txt'], 'in/a.txt': clash['a.txt'] });
    symlinkSync('../outside/secret.txt', path.join(dir, 'in/secret.txt'));
    symlinkSync('../outside', path.join(dir, 'in/outside-folder'));
    symlinkSync('loop2.txt', path.join(dir, 'in/loop1.txt'));
    symlinkSync('loop1.txt', path.join(dir, 'in/loop2.txt'));
    symlinkSync('..', path.join(dir, 'in/up'));
    symlinkSync('missing.txt', path.join(dir, 'in/broken.txt'));
    const run = checkJson(['in'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.report.sources.map((s) => s.path)).toEqual(['in/a.txt']);
    const verbose = factcheck(['in', '--verbose'], { cwd: dir });
    expect(verbose.stderr).toContain('factcheck: in/secret.txt: skipped: symbolic link (--follow-symlinks reads it)\n');
    expect(verbose.stderr).toContain('factcheck: in/loop1.txt: skipped: symbolic link (--follow-symlinks reads it)\n');
    expect(verbose.stderr).toContain('factcheck: in/broken.txt: skipped: symbolic link (--follow-symlinks reads it)\n');
  });

  it('--follow-symlinks reads links, each file once; loops and broken links are warnings', () => {
    const dir = folder({ 'outside/secret.txt': clash['b.txt'], 'in/a.txt': clash['a.txt'] });
    symlinkSync('../outside/secret.txt', path.join(dir, 'in/secret.txt'));
    symlinkSync('../outside', path.join(dir, 'in/outside-folder'));
    symlinkSync('a.txt', path.join(dir, 'in/same.txt'));
    symlinkSync('loop2.txt', path.join(dir, 'in/loop1.txt'));
    symlinkSync('loop1.txt', path.join(dir, 'in/loop2.txt'));
    symlinkSync('..', path.join(dir, 'in/up'));
    symlinkSync('missing.txt', path.join(dir, 'in/broken.txt'));
    const run = checkJson(['in', '--follow-symlinks'], dir);
    expect(run.code).toBe(1);
    expect(run.report.sources.map((s) => s.path)).toEqual(['in/a.txt', 'in/outside-folder/secret.txt']);
    expect(lines(run.stderr)).toEqual([
      'factcheck: in/broken.txt: skipped: broken symbolic link',
      'factcheck: in/loop1.txt: skipped: symbolic link loop',
      'factcheck: in/loop2.txt: skipped: symbolic link loop',
      'factcheck: in/up: skipped: symbolic link loop (links to a folder above it)',
    ]);
  });

  it('a file that cannot be read (permissions) is reported and the rest is checked', () => {
    const dir = folder({ ...clash, 'locked.txt': 'The fire killed 40 people.' });
    chmodSync(path.join(dir, 'locked.txt'), 0o000);
    // root reads anything: drop to nobody when running as root (setpriv, util-linux)
    const asRoot = process.getuid?.() === 0;
    if (asRoot && spawnSync('setpriv', ['--version']).status !== 0) return void console.warn('skipped: running as root without setpriv');
    const run = checkJson(['.'], dir, asRoot ? { wrapper: ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] } : {});
    expect(run.code).toBe(1);
    expect(run.report.summary).toMatchObject({ sources: 2, conflicts: 1 });
    expect(run.stderr).toBe('factcheck: locked.txt: cannot read: permission denied (EACCES)\n');
  });

  it('a folder that cannot be listed (permissions) is a warning and the rest is walked', () => {
    const dir = folder({ ...clash, 'private/c.txt': 'The fire killed 40 people.' });
    chmodSync(path.join(dir, 'private'), 0o000);
    const asRoot = process.getuid?.() === 0;
    if (asRoot && spawnSync('setpriv', ['--version']).status !== 0) return void console.warn('skipped: running as root without setpriv');
    const run = checkJson(['.'], dir, asRoot ? { wrapper: ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] } : {});
    chmodSync(path.join(dir, 'private'), 0o755);
    expect(run.code).toBe(1);
    expect(run.report.summary).toMatchObject({ sources: 2, conflicts: 1 });
    expect(run.stderr).toBe('factcheck: private: skipped folder: permission denied (EACCES)\n');
  });

  it('a FIFO inside a folder is skipped, never opened for a blocking read', () => {
    const dir = folder(clash);
    if (spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]).status !== 0) return void console.warn('skipped: no mkfifo');
    const run = checkJson(['.'], dir, { timeout: 30_000 });
    expect(run.code).toBe(1);
    expect(run.report.summary).toMatchObject({ sources: 2, conflicts: 1 });
    expect(factcheck(['.', '--verbose'], { cwd: dir, timeout: 30_000 }).stderr).toContain('factcheck: pipe.txt: skipped: not a regular file\n');
  });

  it('a file deleted between listing and reading is reported and the rest is checked', () => {
    const dir = folder({ ...clash, 'gone.txt': 'The fire killed 40 people.' });
    const preload = path.join(import.meta.dirname, 'preload/delete-before-read.mjs');
    const run = checkJson(['.'], dir, { node: ['--import', preload], env: { FACTCHECK_TEST_DELETE: path.join(dir, 'gone.txt') } });
    expect(existsSync(path.join(dir, 'gone.txt'))).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('factcheck: gone.txt: cannot read: no longer exists (deleted while factcheck ran?) (ENOENT)\n');
    expect(run.report.summary).toMatchObject({ sources: 2, conflicts: 1 });
  });

  it('paths with spaces, quotes, Unicode and a leading dash are read and reported as they are', () => {
    const names = ['-weird.txt', 'with space.txt', `it's "quoted".txt`, 'ünïcødé 📰.txt'];
    const dir = folder(Object.fromEntries(names.map((n, i) => [n, `The Lorn bridge fire killed ${10 + i} people on Monday.`])));
    // options go before `--`: after it everything is a path
    const run = factcheck(['--json', '--', ...names], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(schemaErrors(report)).toBeNull();
    expect(report.sources.map((s) => s.path)).toEqual([...names].sort());
    const sarif = JSON.parse(factcheck(['-f', 'sarif', '--', ...names], { cwd: dir }).stdout);
    const uris = sarif.runs[0].results.flatMap((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations.map((l) => l.physicalLocation.artifactLocation.uri));
    expect(uris.every((u: string) => !/[ "'📰]/.test(u))).toBe(true);
  });

  it('a file name holding an escape sequence is printed inert', () => {
    const evil = 'evil\u001b[31mred\u001b[0m.txt';
    const dir = folder({ [evil]: clash['a.txt'], 'b.txt': clash['b.txt'], 'z\u001b[2J.txt': Buffer.from([0, 1]) });
    const run = factcheck(['.'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('evil\\x1b[31mred\\x1b[0m.txt:2:29');
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe('malformed content', () => {
  it('malformed HTML (unclosed tags, a huge inline script, entities) keeps the visible text only', () => {
    const script = `<script>var s = "The Lorn bridge fire killed 999 people."; ${'x = 1 + 2;'.repeat(200_000)}</script>`;
    const html = `<html><head><title>Fire</title>${script}<body><article><p>The Lorn bridge fire killed&nbsp;12 people on Monday<p>Officials said &bogus; &#x31;&#50; more <b>were <i>hurt</article><div><span>`;
    const dir = folder({ 'a.html': html, 'b.txt': clash['b.txt'] });
    const run = checkJson(['.'], dir);
    expect(run.code).toBe(1);
    expect(run.report.claims.some((c) => c.text.includes('999'))).toBe(false);
    const claim = run.report.claims.find((c) => c.source === 'a.html' && c.value.min === 12);
    expect(claim).toBeDefined();
    expect(html.slice(claim?.start, claim?.end)).toBe(claim?.text);
  });

  it('malformed JSON and JSON Lines: the broken file or line is reported, good articles are read', () => {
    const dir = folder({
      'broken.json': '{"title": "Fire", "text": "The Lorn bridge fire killed 40 people.",',
      'feed.jsonl': [
        '{"url": "https://a.example/1", "date": "2024-03-01", "text": "The Lorn bridge fire killed 12 people on Monday."}',
        '{"url": "https://a.example/2", "text": "unterminated',
        'not json at all',
        '[1, 2',
        '{"url": "https://a.example/3", "date": "2024-03-01", "text": "The Lorn bridge fire killed 19 people on Monday."}',
      ].join('\n'),
    });
    const run = checkJson(['.'], dir);
    expect(run.code).toBe(1);
    expect(run.report.sources.map((s) => s.path)).toEqual(['https://a.example/1', 'https://a.example/3']);
    expect(run.report.errors.map((e) => `${e.path} ${e.message}`)).toEqual([
      'broken.json skipped: invalid JSON at 1:68 (PropertyNameExpected)',
      'feed.jsonl skipped: invalid JSON at 2:40 (UnexpectedEndOfString)',
      'feed.jsonl skipped: invalid JSON at 3:1 (InvalidSymbol)',
      'feed.jsonl skipped: invalid JSON at 4:6 (CloseBracketExpected)',
    ]);
  });

  it('a date line with an impossible date (2023-02-30) is a warning; the article is read undated', () => {
    const dir = folder({ 'a.txt': 'date 2023-02-30\nThe Lorn bridge fire killed 12 people.', 'b.txt': clash['b.txt'] });
    const run = checkJson(['.'], dir);
    expect(run.stderr).toBe('factcheck: a.txt: date line holds an impossible date (2023-02-30); publication date ignored\n');
    expect(run.report.sources[0]).toMatchObject({ path: 'a.txt', published: null, claims: 1 });
  });

  it('dates far in the past or future and odd numbers do not break the run or the JSON', () => {
    const text = [
      'date 2024-03-01',
      'The town was founded in 12 BC and in 1066, and will close on 1 January 9999 or in the year 30000.',
      'The blast killed 1e308 people and 2e308 more; NaN people were hurt. The fund held 9,99,999 rupees.',
      'Version 1.2.3 of the plan counted --5 votes and 1/3 of 7½ million residents, ¾ of them.',
      `The crowd was ${'9'.repeat(400)} people; the army sent ١٢٣ soldiers, １２３ trucks and 𝟏𝟐𝟑 tents.`,
    ].join('\n');
    const [head, ...body] = text.split('\n');
    const dir = folder({ 'a.txt': text, 'b.txt': [head, ...body.map((l) => l.replace(/\d/g, (d) => String((Number(d) + 1) % 10)))].join('\n') });
    const run = checkJson(['.'], dir);
    expect([0, 1]).toContain(run.code);
    expect(run.stderr).toBe('');
    for (const claim of run.report.claims) {
      expect(text.length > 0 && claim.text.length > 0).toBe(true);
      if ('min' in claim.value) for (const bound of [claim.value.min, claim.value.max]) expect(bound === null || Number.isFinite(bound)).toBe(true);
    }
    expect(run.report.claims.some((c) => c.text.includes('2e308'))).toBe(false);
  });
});
