import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession } from 'playwright-core';
import { formatHtml } from '../../src/report/html/format-html.js';
import type { Claim, ReportedConflict, Story } from '../../src/types.js';
import { makeConflict, makeDateClaim, makeNumberClaim, makeReport } from '../report/html/builders.js';
import { executable, launch, NO_PROBLEMS, open } from './chromium.js';

const CONFLICTS = 1000;

/**
 * 1,000 conflicts in 50 stories, the same every time: two to five claims each, figures (exact,
 * "about", "more than") and dates, with sentences as long as news sentences are.
 */
function thousandConflicts() {
  const conflicts: ReportedConflict[] = [];
  for (let i = 0; i < CONFLICTS; i++) {
    const story = (i % 50) + 1;
    const claims: Claim[] = [];
    for (let j = 0; j < 2 + (i % 4); j++) {
      const source = `stories/story-${story}/source-${j}.txt`;
      // the first source is the outlier; the others agree
      const figure = j === 0 ? (i + 1) * 7 : (i + 1) * 10;
      const text = i % 3 === 2 ? `${10 + j === 10 ? 'October' : '7 October'} ${j === 0 ? 2022 : 2023}` : `${j === 2 ? 'about ' : j === 3 ? 'more than ' : ''}${figure.toLocaleString('en-US')}`;
      const sentence = `Officials in the district said on Tuesday that ${text} people had been affected by the closure, while the operator disputed the figure in a statement to reporters.`;
      claims.push(i % 3 === 2
        ? makeDateClaim(j === 0 ? { start: '2022-10-01', end: '2022-10-31', granularity: 'month' } : { start: '2023-10-07', end: '2023-10-07' }, { source, text, sentence, line: 3 + j, column: 48 })
        : makeNumberClaim({ source, text, sentence, line: 3 + j, column: 48, value: j === 2 ? { min: figure * 0.9, max: figure * 1.1 } : { min: figure, max: j === 3 ? null : figure }, approximate: j === 2 }));
    }
    conflicts.push(makeConflict(claims, { id: i.toString(16).padStart(12, '0'), story, severity: i % 4 === 0 ? 'warning' : 'error', confidence: 0.5 + (i % 5) / 10, subject: `affected · closure · district ${story}` }));
  }
  const stories: Story[] = Array.from({ length: 50 }, (_, k) => ({ id: k + 1, label: `district ${k + 1} · closure`, sources: [0, 1, 2, 3, 4].map((j) => `stories/story-${k + 1}/source-${j}.txt`) }));
  return makeReport(conflicts, { stories });
}

describe.skipIf(!executable)('1,000 conflicts in Chromium', () => {
  let browser: Browser;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'factcheck-speed-')), 'report.html');

  beforeAll(async () => {
    writeFileSync(file, formatHtml(thousandConflicts()));
    browser = await launch();
  }, 60_000);
  afterAll(async () => browser?.close());

  it('renders, and the time it takes is printed as a benchmark figure', async () => {
    let cdp: CDPSession | undefined;
    const cpu = async () => ((await cdp?.send('Performance.getMetrics'))?.metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
    let before = 0;
    const { page, problems } = await open(browser, file, {
      beforeLoad: async (p) => {
        cdp = await p.context().newCDPSession(p);
        await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
        before = await cpu();
      },
    });
    // from the start of navigation to the first frame painted after the load event
    const painted = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())))));
    const mainThread = (await cpu()) - before;
    const firstPaint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0);
    const filtered = await page.evaluate(() => {
      const start = performance.now();
      const select = document.getElementById('f-severity') as HTMLSelectElement;
      select.value = 'warning';
      select.dispatchEvent(new Event('change'));
      document.body.getBoundingClientRect();
      return performance.now() - start;
    });
    console.log(`factcheck benchmark: ${CONFLICTS} conflicts (${(statSync(file).size / 1e6).toFixed(1)} MB of HTML): first paint ${Math.round(firstPaint)} ms, `
      + `loaded and painted in ${Math.round(painted)} ms (main-thread CPU ${Math.round(mainThread)} ms), a filter applied in ${Math.round(filtered)} ms; `
      + `load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`);
    expect(problems).toEqual(NO_PROBLEMS);
    expect(await page.locator('article.card').count()).toBe(CONFLICTS);
    expect(await page.locator('article.card:visible').count()).toBe(CONFLICTS / 4);
    // a sanity bound only, far above the figure printed: the suite must not flake on a busy machine
    expect(painted).toBeLessThan(20_000);
  });
});
