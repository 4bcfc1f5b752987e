import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runCliCaptured, writeCorpus } from '../../helpers.js';

const ARTICLES = {
  'news/a.txt': 'date 2024-05-04\nAbout 1,200 people marched in Oldmere on 3 May 2024, the police said.',
  'news/b.txt': 'date 2024-05-05\nSome 4,000 people marched in Oldmere on 3 May 2024, organisers said.',
};

describe('factcheck -f html', () => {
  it('writes the page to -o, with links from its folder back to the articles', async () => {
    const cwd = writeCorpus(ARTICLES);
    const run = await runCliCaptured(['news/', '-f', 'html', '-o', 'out/report.html'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const { document } = parseHTML(readFileSync(path.join(cwd, 'out/report.html'), 'utf8'));
    expect(document.querySelectorAll('article.card')).toHaveLength(1);
    expect([...document.querySelectorAll('li.claim a')].map((a) => a.getAttribute('href'))).toEqual(['../news/a.txt', '../news/b.txt']);
    expect(document.querySelector('.run')?.textContent).toContain('No baseline · minimum confidence 0');
  });

  it('writes it beside another format with --report html=PATH, and the JSON holds the same conflicts', async () => {
    const cwd = writeCorpus(ARTICLES);
    const run = await runCliCaptured(['news/', '--json', '--report', 'html=report.html', '--min-confidence', '0.3'], { cwd });
    const json = JSON.parse(run.stdout) as { conflicts: Array<{ id: string }> };
    const { document } = parseHTML(readFileSync(path.join(cwd, 'report.html'), 'utf8'));
    expect([...document.querySelectorAll('article.card')].map((card) => card.id)).toEqual(json.conflicts.map((c) => `conflict-${c.id}`));
    expect(document.querySelector('li.claim a')?.getAttribute('href')).toBe('news/a.txt');
    expect(document.querySelector('.run')?.textContent).toContain('minimum confidence 0.3');
  });

  it('is accepted as the config format and listed in --help', async () => {
    const cwd = writeCorpus({ ...ARTICLES, 'factcheck.config.json': '{"format": "html"}' });
    const run = await runCliCaptured(['news/'], { cwd });
    expect(run.stdout).toMatch(/^<!doctype html>/);
    expect((await runCliCaptured(['--help'])).stdout).toContain('"html"');
  });
});
