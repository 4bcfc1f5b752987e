/**
 * Faults around the run, through the built binary: internal errors, closed pipes, full disks,
 * hostile article text, and content that must stay data (no scripts, no network).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, factcheck, folder, RAW_CONTROL, schemaErrors, tempDir } from './support.js';

const preload = (name: string) => path.join(import.meta.dirname, 'preload', name);


const clash = {
  'a.txt': 'date 2024-03-01\nThe Lorn bridge fire killed 12 people on Monday.\n',
  'b.txt': 'date 2024-03-01\nThe Lorn bridge fire killed 19 people on Monday.\n',
};

describe('internal errors', () => {
  it('an error inside the run prints one line naming what to report, exits 2, and no stack trace', () => {
    const run = factcheck([folder(clash), '--json'], { node: ['--import', preload('internal-error.mjs')] });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('factcheck: internal error: injected fault with a second line (please report it with the command you ran; --debug shows details)\n');
  });

  it('--debug adds the stack trace', () => {
    const run = factcheck([folder(clash), '--json', '--debug'], { node: ['--import', preload('internal-error.mjs')] });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^factcheck: internal error: injected fault/);
    expect(run.stderr).toMatch(/\n\s+at .+/);
  });

  it('an error thrown outside any promise chain is caught by the binary: one line, exit 2', () => {
    const run = factcheck([folder(clash)], { node: ['--import', preload('async-crash.mjs')] });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('factcheck: internal error: injected asynchronous fault (please report it with the command you ran; --debug shows details)\n');
  });
});

describe('output that cannot be written', () => {
  it('a reader that closes the pipe early (| head) is not an error: no stack trace', () => {
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`a${i}.txt`, `The Lorn bridge fire killed ${i + 10} people on Monday, ${i} were hurt and ${i * 3} fled.\n`.repeat(20)]));
    const dir = folder(many);
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" . --json --claims | head -c 100 > /dev/null`], { cwd: dir, encoding: 'utf8' });
    expect(result.stderr).toBe('');
  });

  it('a full disk on standard output is one line and exit 2', () => {
    if (!existsSync('/dev/full')) return;
    const fd = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [bin, folder(clash), '--json'], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe('factcheck: cannot write to standard output (ENOSPC)\n');
    } finally {
      closeSync(fd);
    }
  });

  it('a report file that cannot be written is one line and exit 2', () => {
    if (!existsSync('/dev/full')) return;
    const run = factcheck([folder(clash), '-o', '/dev/full']);
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: 'factcheck: cannot write /dev/full (ENOSPC)\n' });
  });
});

describe('hostile article text', () => {
  const hostile = {
    'a.txt': 'date 2024-03-01\nThe Lorn \u001b[31mbridge\u001b[0m fire killed 12 \u001b]8;;http://x\u0007people\u001b]8;;\u0007 on Monday.\u009b2J\u202e txet desrever\n',
    'b.txt': 'date 2024-03-01\nThe Lorn bridge fire killed 19 people on Monday.\u202e txet desrever\n',
    // a third source that agrees, so the clash stands out from the escapes' noise
    'c.txt': 'date 2024-03-01\nThe Lorn bridge fire killed 19 people on Monday, police said.\n',
  };

  it('ANSI escapes, C1 controls and bidi overrides in articles are shown as escapes in the terminal report', () => {
    const run = factcheck(['.', '--color'], { cwd: folder(hostile) });
    expect(run.code).toBe(1);
    const withoutOwnColour = run.stdout.replace(/\u001b\[\d+(;\d+)*m/g, (sgr) => (sgr.length <= 6 ? '' : sgr));
    expect(run.stdout).toContain('\\x1b[31mbridge\\x1b[0m');
    expect(run.stdout).toContain('\\u202e');
    expect(withoutOwnColour).not.toMatch(RAW_CONTROL);
  });

  it.each(['github', 'markdown', 'stylish'])('%s output holds no raw control character', (format) => {
    const run = factcheck(['.', '-f', format], { cwd: folder(hostile) });
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('JSON, NDJSON and SARIF stay valid and keep the text exactly, escaped', () => {
    const dir = folder(hostile);
    const json = factcheck(['.', '--json', '--claims'], { cwd: dir });
    expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    const report = JSON.parse(json.stdout);
    expect(schemaErrors(report)).toBeNull();
    expect(report.claims.find((c: { text: string }) => c.text === '12').sentence).toContain('\u001b[31mbridge');
    for (const line of factcheck(['.', '-f', 'ndjson'], { cwd: dir }).stdout.trim().split('\n')) JSON.parse(line);
    expect(JSON.parse(factcheck(['.', '-f', 'sarif'], { cwd: dir }).stdout).version).toBe('2.1.0');
  });
});

describe('output stays valid when some files fail', () => {
  it.each(['json', 'sarif', 'ndjson'])('%s parses with a binary, an unreadable JSON and an undecodable file among the inputs', (format) => {
    const dir = folder({ ...clash, 'c.txt': Buffer.from([0, 1, 2]), 'd.json': '{"text": ', 'e.txt': Buffer.from([0xff, 0xfe, 0x41]) });
    const run = factcheck(['.', '-f', format], { cwd: dir });
    expect(run.code).toBe(1);
    const docs = format === 'ndjson' ? run.stdout.trim().split('\n').map((l) => JSON.parse(l)) : [JSON.parse(run.stdout)];
    expect(docs.length).toBeGreaterThan(0);
    if (format === 'json') expect(schemaErrors(docs[0])).toBeNull();
    if (format === 'sarif') expect(docs[0].runs[0].invocations[0].toolExecutionNotifications).toHaveLength(3);
  });
});

describe('untrusted content stays data', () => {
  it('HTML scripts are never run and nothing is fetched: no network, no process, no file written', () => {
    const marker = path.join(tempDir(), 'pwned');
    const html = `<html><head><script>require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); fetch('http://example.invalid/')</script>
      <link rel="stylesheet" href="http://example.invalid/a.css"><meta http-equiv="refresh" content="0; url=http://example.invalid/"></head>
      <body onload="fetch('http://example.invalid/')"><article><p>The Lorn bridge fire killed 12 people on Monday.</p>
      <img src="http://example.invalid/a.png"><iframe src="http://example.invalid/"></iframe><script src="http://example.invalid/x.js"></script></article></body></html>`;
    const run = factcheck(['.', '--json'], { cwd: folder({ 'a.html': html, 'b.txt': clash['b.txt'] }), node: ['--import', preload('no-network.mjs')] });
    expect(run.stderr).not.toContain('FORBIDDEN');
    expect(run.code).toBe(1);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('standard input', () => {
  it('is decoded like a file: UTF-16 with a byte order mark', () => {
    const input = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(clash['b.txt'], 'utf16le')]);
    const run = factcheck(['-', 'a.txt', '--json'], { cwd: folder({ 'a.txt': clash['a.txt'] }), input });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).summary).toMatchObject({ sources: 2, conflicts: 1 });
  });

  it('binary standard input is one line and exit 2', () => {
    const run = factcheck(['-'], { cwd: tempDir(), input: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]) });
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: 'factcheck: standard input: binary file (PNG image)\n' });
  });

  it('binary standard input beside other inputs is one unreadable article: the rest is checked', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), 'The Lorn bridge opened on May 3, 2024.\n');
    const run = factcheck(['a.txt', '-', '--json'], { cwd: dir, input: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]) });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('factcheck: <stdin>: binary file (PNG image)\n');
    expect(JSON.parse(run.stdout)).toMatchObject({ summary: { sources: 1 }, errors: [{ path: '<stdin>', severity: 'error', message: 'binary file (PNG image)' }] });
  });
});
