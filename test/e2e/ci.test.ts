import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { closedSchema, DATE_CLASH, writeCorpus } from '../helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/factcheck.js');

/** Runs the built binary as a user would: its own process, a pipe for stdout and stderr. */
function factcheck(args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, CI: undefined, GITHUB_STEP_SUMMARY: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, encoding: 'utf8', env, input: options.input ?? '' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const reportSchema = JSON.parse(readFileSync(path.join(root, 'schema/factcheck-report-v1.schema.json'), 'utf8'));
const validateReport = new Ajv2020({ allErrors: true }).compile(closedSchema(reportSchema) as object);
const sarifAjv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(sarifAjv);
const validateSarif = sarifAjv.compile(JSON.parse(readFileSync(path.join(root, 'test/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')));

describe('machine formats from the built binary', () => {
  const json = factcheck(['corpus/', '--format', 'json']);
  const report = JSON.parse(json.stdout);

  it('json validates against schema/factcheck-report-v1.schema.json, with and without --claims', () => {
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    const withClaims = JSON.parse(factcheck(['corpus/', '--json', '--claims']).stdout);
    expect(validateReport(withClaims), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.conflicts.map((c: { severity: string }) => c.severity)).toEqual(['error']);
  });

  it('ndjson prints one conflict per line, each the JSON document\'s conflict', () => {
    const run = factcheck(['corpus/', '-f', 'ndjson']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual(report.conflicts);
  });

  it('sarif validates against the SARIF 2.1.0 schema and carries one result per conflict', () => {
    const run = factcheck(['corpus/', '-f', 'sarif']);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const results = log.runs[0].results;
    expect(results).toHaveLength(report.conflicts.length);
    for (const [i, result] of results.entries()) {
      const conflict = report.conflicts[i];
      expect(result.ruleId).toBe(conflict.kind === 'number' ? 'number-mismatch' : 'date-mismatch');
      expect(result.partialFingerprints).toEqual({ 'factcheckConflict/v1': conflict.id });
      const [first, ...others] = conflict.claims;
      expect(result.locations[0].physicalLocation).toMatchObject({
        artifactLocation: { uri: first.source },
        region: { startLine: first.line, startColumn: first.column, snippet: { text: first.text } },
      });
      expect(result.relatedLocations.map((l: { physicalLocation: { artifactLocation: { uri: string } } }) => l.physicalLocation.artifactLocation.uri)).toEqual(others.map((c: { source: string }) => c.source));
    }
  });

  it('github prints escaped annotations, then the full plain report, and appends a summary', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factcheck-summary-'));
    const summary = path.join(dir, 'step-summary.md');
    const run = factcheck(['corpus/', '-f', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.code).toBe(1);
    const [annotations, plain] = run.stdout.split('\n\n', 2) as [string, string];
    const lines = annotations.split('\n');
    expect(lines).toHaveLength(report.conflicts.length);
    for (const line of lines) expect(line).toMatch(/^::error file=corpus\/[^,]+\.txt,line=\d+,endLine=\d+,col=\d+(,endColumn=\d+)?,title=(number|date)-mismatch%3A [^:]+::[^\n]+$/);
    expect(lines[0]).toContain('%0ASee also: corpus/001_ba8bd417a7b0a7e5.txt:21:136');
    expect(run.stdout).toContain(plain);
    expect(run.stdout.trimEnd().split('\n').pop()).toMatch(/^✖ 1 conflict /);
    expect(readFileSync(summary, 'utf8')).toMatch(/^## factcheck: 1 conflict\n/);
  });

  it('markdown prints a report to paste into an issue', () => {
    const run = factcheck(['corpus/', '-f', 'markdown']);
    expect(run.stdout).toMatch(/^## factcheck: 1 conflict\n\n5 sources · \d+ claims · 1 error · 0 warnings\n/);
    const dated = factcheck(['.', '-f', 'markdown'], { cwd: writeCorpus(DATE_CLASH) });
    expect(dated.stdout).toContain('| `a.txt:2:46` | outlier |');
  });

  it('keeps stdout one valid document when there are input problems: notes go to stderr', () => {
    const dir = writeCorpus({ 'a.txt': 'The Lorn bridge opened on May 3, 2024.', 'b.txt': 'The Lorn bridge opened on May 5, 2024.', 'c.txt': Buffer.from([0, 1]) });
    for (const format of ['json', 'sarif']) {
      const run = factcheck(['.', '-f', format], { cwd: dir });
      expect(() => JSON.parse(run.stdout)).not.toThrow();
      expect(run.stderr).toBe('factcheck: c.txt: skipped: binary file (NUL bytes)\n');
    }
  });
});

describe('colour from the built binary', () => {
  const ansi = (text: string) => text.includes('\u001b[');
  it.each([
    [[], {}, false],
    [[], { FORCE_COLOR: '1' }, true],
    [[], { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    [['--no-color'], { FORCE_COLOR: '1' }, false],
    [['--color'], { NO_COLOR: '1' }, true],
    [['--json'], { FORCE_COLOR: '1' }, false],
    [['-f', 'sarif', '--color'], {}, false],
    [['-f', 'github'], { FORCE_COLOR: '1' }, false],
  ])('args %j with env %j: colour %s', (args, env, colour) => {
    expect(ansi(factcheck(['corpus/', ...args], { env }).stdout)).toBe(colour);
  });
});

describe('baseline round trip on corpus/', () => {
  it('keeps matching its entries after the articles are re-scraped with shifted lines', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factcheck-baseline-'));
    cpSync(path.join(root, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
    const before = JSON.parse(factcheck(['corpus/', '--json'], { cwd: dir }).stdout);
    const update = factcheck(['corpus/', '--update-baseline'], { cwd: dir });
    expect(update.code).toBe(0);
    expect(update.stderr).toBe('factcheck: factcheck-baseline.json: wrote 1 entry\n');
    const baseline = readFileSync(path.join(dir, 'factcheck-baseline.json'), 'utf8');
    expect(baseline.split('\n').filter((line) => line.startsWith('    {"id"'))).toHaveLength(1);

    // re-scrape: a banner and blank lines after the date line move every claim down
    for (const name of readdirSync(path.join(dir, 'corpus'))) {
      const file = path.join(dir, 'corpus', name);
      const [first, ...rest] = readFileSync(file, 'utf8').split('\n');
      writeFileSync(file, [first, '', 'Republished from our archive. Subscribe for more.', '', ...rest].join('\n'));
    }
    const after = factcheck(['corpus/', '--json', '--claims'], { cwd: dir });
    expect(after.code).toBe(0);
    const report = JSON.parse(after.stdout);
    expect(report.conflicts).toEqual([]);
    expect(report.staleBaseline).toEqual([]);
    expect(report.suppressed.map((c: { id: string }) => c.id)).toEqual(before.conflicts.map((c: { id: string }) => c.id));
    const moved = report.suppressed[0].claims[0];
    expect(moved.line).toBe(before.conflicts[0].claims[0].line + 3);
    expect(after.stderr).toBe('');
  });
});

describe('inputs from the built binary', () => {
  it('reads an article from standard input with -', () => {
    const run = factcheck(['corpus/', '-', '--stdin-filename', 'wire/extra.txt', '--json'], {
      input: 'date 2024-02-10 His English account on X has 2 million followers, the office said.',
    });
    const report = JSON.parse(run.stdout);
    expect(report.sources.map((s: { path: string }) => s.path)).toContain('wire/extra.txt');
  });

  it('expands quoted globs, and fails on one that matches nothing unless told not to', () => {
    const globbed = JSON.parse(factcheck(['corpus/00[01]_*.txt', '--json']).stdout);
    expect(globbed.sources.map((s: { path: string }) => s.path)).toEqual(['corpus/000_c450104ecb76527d.txt', 'corpus/001_ba8bd417a7b0a7e5.txt']);
    const none = factcheck(['corpus/*.html']);
    expect(none).toMatchObject({ code: 2, stdout: '', stderr: 'factcheck: no files match the pattern: corpus/*.html\n' });
    const allowed = factcheck(['corpus/', 'corpus/*.html', '--no-error-on-unmatched-pattern', '--max-conflicts', '-1']);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toBe('factcheck: corpus/*.html: no files match the pattern: corpus/*.html\n');
  });

  it('reads HTML pages and reports positions in the HTML file', () => {
    const page = [
      '<!doctype html><html><head><title>Lorn</title>',
      '<meta property="article:published_time" content="2024-05-10T08:00:00+02:00">',
      '<script>var s = "opened on May 9, 2024";</script></head><body>',
      '<nav>Home · Archive 2019</nav>',
      '<article><h1>Lorn bridge opens</h1>',
      '<p>The Lorn bridge opened on <b>May&nbsp;3</b>, the council said.</p>',
      '<p>It took four years to build.</p></article>',
      '<footer>© 2020 Lorn News</footer></body></html>',
    ].join('\n');
    const dir = writeCorpus({ 'a.html': page, 'b.txt': 'date 2024-05-20 The Lorn bridge opened on May 5 after delays.' });
    const run = factcheck(['.', '--json', '--claims'], { cwd: dir });
    const report = JSON.parse(run.stdout);
    expect(report.sources[0]).toEqual({ path: 'a.html', published: '2024-05-10', claims: expect.any(Number) });
    const claim = report.claims.find((c: { source: string; kind: string }) => c.source === 'a.html' && c.kind === 'date');
    expect(claim).toMatchObject({ text: 'May&nbsp;3</b>'.slice(0, 10), display: 'May\u00a03', line: 6, column: 33, value: { start: '2024-05-03' } });
    expect(page.slice(claim.start, claim.end)).toBe(claim.text);
    expect(report.claims.some((c: { text: string }) => /2019|2020|May 9/.test(c.text))).toBe(false);
    expect(report.conflicts).toHaveLength(1);
  });

  it('reads .jsonl articles as separate sources named by url or title, located in the file', () => {
    const lines = [
      JSON.stringify({ url: 'https://example.org/a', date: '2024-05-10', text: 'The Lorn bridge opened on May 3, 2024,\nthe council said.' }),
      JSON.stringify({ title: 'Lorn wire', body: 'The Lorn bridge opened on May 5, 2024 after delays.' }),
    ].join('\n');
    const dir = writeCorpus({ 'feed.jsonl': `${lines}\n` });
    const report = JSON.parse(factcheck(['.', '--json'], { cwd: dir }).stdout);
    expect(report.sources.map((s: { path: string; file: string }) => [s.path, s.file])).toEqual([['Lorn wire', 'feed.jsonl'], ['https://example.org/a', 'feed.jsonl']]);
    const [claim] = report.conflicts[0].claims.filter((c: { source: string }) => c.source === 'Lorn wire');
    expect(claim).toMatchObject({ file: 'feed.jsonl', line: 2, text: 'May 5, 2024' });
    expect(lines.slice(claim.start, claim.end)).toBe('May 5, 2024');
  });

  it('takes the date of Markdown front matter and --published for undated sources', () => {
    const dir = writeCorpus({
      'a.md': '---\ntitle: Lorn\ndate: 2024-05-10\n---\nThe Lorn bridge opened on May 3, the council said.\n',
      'b.txt': 'The Lorn bridge opened on May 5 after delays.',
    });
    const report = JSON.parse(factcheck(['.', '--json', '--published', '2024-06-01'], { cwd: dir }).stdout);
    expect(report.sources.map((s: { published: string }) => s.published)).toEqual(['2024-05-10', '2024-06-01']);
    expect(report.conflicts[0].claims.map((c: { value: { start: string } }) => c.value.start)).toEqual(['2024-05-03', '2024-05-05']);
  });

  it('reads paths from --file-list and skips node_modules and .git when walking', () => {
    const dir = writeCorpus({
      'a.txt': 'The Lorn bridge opened on May 3, 2024.',
      'node_modules/x/b.txt': 'The Lorn bridge opened on May 5, 2024.',
      '.git/c.txt': 'The Lorn bridge opened on May 6, 2024.',
      'list.txt': 'a.txt\n',
    });
    expect(JSON.parse(factcheck(['.', '--json'], { cwd: dir }).stdout).sources.map((s: { path: string }) => s.path)).toEqual(['a.txt', 'list.txt']);
    expect(JSON.parse(factcheck(['--file-list', 'list.txt', '--json'], { cwd: dir }).stdout).summary.sources).toBe(1);
  });
});

describe('help, version and usage errors from the built binary', () => {
  it('leads --help with copy-pasteable examples and exits 0', () => {
    const help = factcheck(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Examples:\n {2}factcheck articles\//);
    for (const example of ['"news/**/*.html"', 'factcheck - ', '| jq', '-f sarif', '--update-baseline']) expect(help.stdout).toContain(example);
  });

  it.each([[['--bogus', 'corpus/']], [['corpus/', '--max-conflicts', 'x']], [['corpus/', '-f', 'xml']], [[]]])('exits 2 for %j with one line on stderr', (args) => {
    const run = factcheck(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n').filter((l) => l.startsWith('factcheck:'))).toHaveLength(1);
  });
});
