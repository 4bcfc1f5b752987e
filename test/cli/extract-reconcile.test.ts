import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli.js';
import { writeCorpus } from '../helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function run(argv: string[], cwd: string, stdin?: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, isTTY: false, cwd, ...(stdin !== undefined ? { readStdin: async () => stdin } : {}) };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** corpus/ and every fixture, copied into one folder: a mixed corpus of many stories. */
function mixedCorpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'factcheck-mixed-'));
  cpSync(path.join(root, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  for (const name of readdirSync(path.join(root, 'fixtures'), { withFileTypes: true })) {
    if (name.isDirectory() && existsSync(path.join(root, 'fixtures', name.name, 'gold.json'))) cpSync(path.join(root, 'fixtures', name.name), path.join(dir, name.name), { recursive: true, filter: (f) => !f.endsWith('gold.json') });
  }
  return dir;
}

const html = `<html><head><meta property="article:published_time" content="2024-05-10"></head><body><article>
<h1>Lorn bridge</h1><p>The Lorn&nbsp;bridge opened on May&nbsp;3, 2024, the council said. It cost 12 million.</p></article></body></html>`;
const jsonl = `${JSON.stringify({ title: 'Lorn wire', date: '2024-05-10', text: 'The Lorn bridge opened on May 5, 2024, after delays. It cost \\"12 million\\".' })}\n`;

describe('factcheck extract | factcheck reconcile', () => {
  it('reports byte for byte what one full run reports, from one stream or from shards', { timeout: 60_000 }, async () => {
    const dir = mixedCorpus();
    const full = await run(['.', '--json'], dir);
    expect(JSON.parse(full.stdout).summary.conflicts).toBeGreaterThan(5);
    const whole = await run(['extract', '.'], dir);
    expect(whole.code).toBe(0);
    writeFileSync(path.join(dir, 'all.ndjson'), whole.stdout);
    const reconciled = await run(['reconcile', 'all.ndjson', '--json'], dir);
    expect(reconciled.stdout).toBe(full.stdout);
    expect(reconciled.code).toBe(full.code);

    // shards: any split of the inputs, reconciled together, in any order
    const names = readdirSync(dir).filter((n) => !n.endsWith('.ndjson')).sort();
    const shards = [names.filter((_, i) => i % 2 === 0), names.filter((_, i) => i % 2 === 1)];
    for (const [i, shard] of shards.entries()) writeFileSync(path.join(dir, `shard${i}.ndjson`), (await run(['extract', ...shard], dir)).stdout);
    expect((await run(['reconcile', 'shard1.ndjson', 'shard0.ndjson', '--json'], dir)).stdout).toBe(full.stdout);
    expect((await run(['reconcile', '-', '--json'], dir, whole.stdout)).stdout).toBe(full.stdout);
  });

  it('keeps positions in the HTML and JSON files, and the same report, through the stream', async () => {
    const dir = writeCorpus({ 'a.html': html, 'feed.jsonl': jsonl });
    const full = await run(['.', '--json'], dir);
    const stream = (await run(['extract', '.'], dir)).stdout;
    writeFileSync(path.join(dir, 'x.ndjson'), stream);
    expect((await run(['reconcile', 'x.ndjson', '--json'], dir)).stdout).toBe(full.stdout);
    const mentions = stream.trim().split('\n').map((l) => JSON.parse(l)).filter((l) => l.kind);
    const date = mentions.find((m) => m.source === 'a.html' && m.kind === 'date');
    expect(date).toMatchObject({ text: 'May&nbsp;3, 2024', display: 'May\u00a03, 2024', claim: true });
    expect(html.slice(date.start, date.end)).toBe(date.text);
    const wire = mentions.find((m) => m.source === 'Lorn wire' && m.kind === 'number');
    expect(wire).toMatchObject({ file: 'feed.jsonl', claim: true, unit: null });
    expect(jsonl.slice(wire.start, wire.end)).toBe(wire.text);
  });

  it('prints one line per mention with its claim flag, unit and offsets counted from the date line', async () => {
    const text = 'date 2024-03-09\nTurnout was 54.2 percent on Sunday, up from 48 percent in 2019.\n';
    const { code, stdout } = await run(['extract', 'a.txt'], writeCorpus({ 'a.txt': text }));
    expect(code).toBe(0);
    const [source, ...mentions] = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(source).toMatchObject({ type: 'source', source: 'a.txt', published: '2024-03-09' });
    expect(mentions.length).toBe(source.mentions);
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(typeof m.claim).toBe('boolean');
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['source', 'kind', 'text', 'start', 'end', 'line', 'column', 'sentence', 'value', 'about', 'key', 'claim']));
    }
    expect(mentions.find((m) => m.text.startsWith('54.2'))).toMatchObject({ kind: 'number', unit: 'percent', value: { min: 54.2, max: 54.2 }, line: 2 });
  });

  it('prints one JSON document with --format json, and exits 2 when there is nothing to read', async () => {
    const dir = writeCorpus({ 'a.txt': 'The bridge opened on May 3, 2024.' });
    const doc = JSON.parse((await run(['extract', '.', '--format', 'json'], dir)).stdout);
    expect(doc.sources).toEqual([expect.objectContaining({ path: 'a.txt', mentions: doc.mentions.length })]);
    expect((await run(['extract', 'missing/'], dir)).code).toBe(2);
    mkdirSync(path.join(dir, 'empty'));
    expect((await run(['reconcile', 'a.txt'], dir)).code).toBe(2);
  });
});
