/**
 * Big inputs through the built binary, generated at test time in a temporary folder (never
 * committed). By default the 50 MB file is mostly claimless prose with claims at its start and
 * end (about 10 s); FACTCHECK_BIG=full makes it 50 MB of dense news prose (about 40 s and 2 GB of
 * memory on a 2-core machine).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { factcheck, root, schemaErrors, tempDir } from './support.js';

const FULL = process.env.FACTCHECK_BIG === 'full';
const MB = 1_000_000;

interface JsonClaim { source: string; text: string; start: number; line: number; column: number }

/** The seed corpus's articles, without their date lines: real prose, dense with claims. */
const prose = readdirSync(path.join(root, 'corpus'))
  .sort()
  .map((f) => readFileSync(path.join(root, 'corpus', f), 'utf8').replace(/^\s*date \S+/, ''))
  .join('\n\n');

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

describe('big inputs', () => {
  it(`a 50 MB file is read whole: claims at its very end have the right line and column (${FULL ? 'dense prose' : 'sparse prose'})`, () => {
    const dir = tempDir();
    const filler = FULL ? `${prose}\n\n` : `${'The river runs past the old mill and the town hall, where the council meets and the market fills the square. '.repeat(4)}\n\n`;
    const head = 'date 2024-03-01\nThe Lorn bridge fire killed 12 people on Monday.\n\n';
    const tail = 'Officials said the Lorn bridge fire killed 19 people on Monday.\n';
    const text = head + filler.repeat(Math.ceil((50 * MB - head.length - tail.length) / filler.length)) + tail;
    writeFileSync(path.join(dir, 'big.txt'), text);
    const run = factcheck(['big.txt', '--json', '--claims'], { cwd: dir, timeout: 600_000 });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(schemaErrors(report)).toBeNull();
    const last = report.claims.filter((c: JsonClaim) => c.text === '19').at(-1) as JsonClaim;
    expect(last.start).toBe(text.lastIndexOf('19 people'));
    expect({ line: last.line, column: last.column }).toEqual(lineAndColumn(text, last.start));
  }, 600_000);

  it('a 5 MB single line of news prose is read: claims near its end have the right column', () => {
    const dir = tempDir();
    const flat = `${prose.replace(/\s+/g, ' ')} `;
    const text = `date 2024-03-01\n${flat.repeat(Math.ceil((5 * MB) / flat.length))}The Lorn bridge fire killed 12 people on Monday.\n`;
    writeFileSync(path.join(dir, 'line.txt'), text);
    writeFileSync(path.join(dir, 'other.txt'), 'date 2024-03-01\nThe Lorn bridge fire killed 19 people on Monday.\n');
    const run = factcheck(['.', '--json', '--claims'], { cwd: dir, timeout: 600_000 });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(schemaErrors(report)).toBeNull();
    const claim = report.claims.filter((c: JsonClaim) => c.source === 'line.txt' && c.text === '12').at(-1);
    expect(claim).toMatchObject({ start: text.lastIndexOf('12 people'), line: 2, column: text.lastIndexOf('12 people') - text.indexOf('\n') });
  }, 600_000);

  it('20,000 tiny files in 100 folders are all read, in sorted order', () => {
    const dir = tempDir();
    for (let i = 0; i < 20_000; i++) {
      const sub = path.join(dir, 'many', String(i % 100).padStart(2, '0'));
      if (i < 100) mkdirSync(sub, { recursive: true });
      writeFileSync(path.join(sub, `${String(i).padStart(5, '0')}.txt`), i % 2000 === 0 ? `date 2024-03-01\nThe Lorn bridge fire killed ${12 + (i % 3)} people on Monday.\n` : 'A short note.\n');
    }
    const run = factcheck(['many', '--json'], { cwd: dir, timeout: 600_000 });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.summary.sources).toBe(20_000);
    expect(report.sources.map((s: { path: string }) => s.path)).toEqual(report.sources.map((s: { path: string }) => s.path).sort());
    expect(report.summary.conflicts).toBeGreaterThan(0);
  }, 600_000);
});
