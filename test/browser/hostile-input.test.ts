import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured, writeCorpus } from '../helpers.js';
import { executable, launch, NO_PROBLEMS, open, type Problems } from './chromium.js';

/** Markup, a style break-out, an event handler, a script link, a bidi override and control characters. */
const EVIL = '<script>alert(1)</script></style>"><img src=x onerror=alert(2)> <a href="javascript:alert(3)">x</a> \u202eexe\u202c \u001b[31m\u0007';
/** How the page must show it: as written, the invisible characters as visible escapes. */
const SHOWN = '<script>alert(1)</script></style>"><img src=x onerror=alert(2)> <a href="javascript:alert(3)">x</a> \\u202eexe\\u202c \\x1b[31m\\x07';

const FILES = {
  '"><img src=x onerror=alert(5)>.txt': `date 2024-05-04\nReporters saw ${EVIL} as about 1,200 people marched in Oldmere on 3 May 2024, the police said.`,
  '<script>alert(6)</script>.txt': `date 2024-05-05\nReporters saw ${EVIL} as some 1,200 people marched in Oldmere on 3 May 2024, organisers said.`,
  'javascript:alert(7).txt': `date 2024-05-05\nReporters saw ${EVIL} as nearly 1,200 people marched in Oldmere on 3 May 2024, a rival count said.`,
  '\u202etxt.exe\u0007.txt': `date 2024-05-06\nReporters saw ${EVIL} as about 2,100 people marched in Oldmere on 3 May 2024, the council said.`,
};

describe.skipIf(!executable)('the HTML report of hostile articles and file names in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let problems: Problems;
  let html: string;

  beforeAll(async () => {
    const cwd = writeCorpus(FILES);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'factcheck-hostile-')), 'report.html');
    await runCliCaptured(['.', '-f', 'html', '-o', file], { cwd });
    html = readFileSync(file, 'utf8');
    browser = await launch();
    ({ page, problems } = await open(browser, file));
  }, 60_000);
  afterAll(async () => browser?.close());

  it('finds the conflict in spite of the noise', async () => {
    expect(await page.locator('article.card').count()).toBeGreaterThan(0);
    expect(await page.locator('li.claim').count()).toBeGreaterThanOrEqual(2);
  });

  it('runs no script from the data: no dialog, no error, no request, no handler, no image', async () => {
    expect(problems).toEqual(NO_PROBLEMS);
    expect(await page.evaluate(() => document.scripts.length)).toBe(1);
    expect(await page.locator('img').count()).toBe(0);
    const handlers = await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)));
    expect(handlers).toEqual([]);
  });

  it('links every file by a file: URL, never a javascript: one', async () => {
    const protocols = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).protocol));
    expect(protocols.length).toBeGreaterThanOrEqual(2);
    expect(new Set(protocols)).toEqual(new Set(['file:']));
  });

  it('shows the text as written, control and bidi characters as visible escapes', async () => {
    const quotes = await page.locator('.quote').allInnerTexts();
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    for (const quote of quotes) expect(quote).toContain(`${SHOWN} as `);
    // every file's name, in the sources table (the conflict holds the claims the linker put in it)
    const names = await page.locator('#sources td.path').allInnerTexts();
    expect(names).toEqual(expect.arrayContaining(['"><img src=x onerror=alert(5)>.txt', '<script>alert(6)</script>.txt', 'javascript:alert(7).txt', '\\u202etxt.exe\\x07.txt']));
    expect(html).not.toMatch(/[\u202e\u202c\u0007\u001b]/);
  });
});
