import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATE_CLASH, runCliCaptured, writeCorpus } from '../helpers.js';
import { root } from '../robustness/support.js';
import { executable, launch, NO_PROBLEMS, open } from './chromium.js';

interface JsonReport {
  conflicts: Array<{ id: string; kind: string; severity: string; story: number; confidence: number; claims: Array<{ source: string; text: string }> }>;
}

const out = mkdtempSync(path.join(tmpdir(), 'factcheck-html-'));

/** Writes the HTML and the JSON report of `inputs` (the CLI run in process, from the project folder) and returns both. */
async function reports(name: string, inputs: string[]): Promise<{ html: string; json: JsonReport }> {
  const html = path.join(out, `${name}.html`);
  const run = await runCliCaptured([...inputs, '-f', 'html', '-o', html, '--report', `json=${path.join(out, `${name}.json`)}`], { cwd: root });
  expect(run.stderr).toBe('');
  return { html, json: JSON.parse(readFileSync(path.join(out, `${name}.json`), 'utf8')) as JsonReport };
}

/** The horizontal extent of each mark's shape in a card, by claim number. */
async function markBoxes(page: Page, cardId: string): Promise<Array<{ claim: number; left: number; right: number }>> {
  return page.locator(`#conflict-${cardId} g.mark`).evaluateAll((marks) => marks.map((mark) => {
    const box = (mark.querySelector('.shape') as Element).getBoundingClientRect();
    return { claim: Number(mark.getAttribute('data-claim')), left: box.left, right: box.right };
  }));
}

describe.skipIf(!executable)('the HTML report of corpus/ in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let problems: typeof NO_PROBLEMS;
  let corpus: Awaited<ReturnType<typeof reports>>;

  beforeAll(async () => {
    corpus = await reports('corpus', ['corpus/']);
    browser = await launch();
    ({ page, problems } = await open(browser, corpus.html));
  }, 60_000);
  afterAll(async () => browser?.close());

  it('loads with no console error, no request and no script error', () => {
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('is under 150 KB and byte-identical across runs', async () => {
    expect(statSync(corpus.html).size).toBeLessThan(150 * 1024);
    expect(readFileSync((await reports('corpus-again', ['corpus/'])).html, 'utf8')).toBe(readFileSync(corpus.html, 'utf8'));
  });

  it('shows one card per conflict of the JSON report, and one mark per claim in each picture', async () => {
    expect(await page.locator('article.card').evaluateAll((cards) => cards.map((c) => c.id))).toEqual(corpus.json.conflicts.map((c) => `conflict-${c.id}`));
    for (const conflict of corpus.json.conflicts) {
      const marks = await markBoxes(page, conflict.id);
      expect(marks.map((m) => m.claim)).toEqual(conflict.claims.map((_, i) => i + 1));
      expect(marks.every((m) => m.right > m.left)).toBe(true);
    }
  });

  it('draws "727 thousand" left of "over one million"', async () => {
    const conflict = corpus.json.conflicts.find((c) => c.claims.some((claim) => claim.text === '727 thousand')) as JsonReport['conflicts'][number];
    const marks = await markBoxes(page, conflict.id);
    const at = (text: string) => marks[conflict.claims.findIndex((c) => c.text === text)] as { left: number; right: number };
    expect(at('727 thousand').right).toBeLessThan(at('over one million').left);
  });

  it('draws the October 2022 span left of every 2023 date (three invented articles)', async () => {
    const dated = await reports('date-clash', [writeCorpus(DATE_CLASH)]);
    const datePage = await open(browser, dated.html);
    const conflict = dated.json.conflicts.find((c) => c.claims.some((claim) => claim.text === 'October 2022')) as JsonReport['conflicts'][number];
    const marks = await markBoxes(datePage.page, conflict.id);
    const october = marks[conflict.claims.findIndex((c) => c.text === 'October 2022')] as { right: number };
    const others = marks.filter((_, i) => conflict.claims[i]?.text !== 'October 2022');
    expect(others.length).toBeGreaterThan(0);
    for (const mark of others) expect(october.right).toBeLessThan(mark.left);
    await datePage.page.close();
  });

  it('honours the dark colour scheme and hides the filters in print', async () => {
    const dark = await open(browser, corpus.html, { colorScheme: 'dark' });
    const background = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(14, 17, 23)');
    await dark.page.emulateMedia({ media: 'print' });
    expect(await dark.page.locator('nav.toolbar').isVisible()).toBe(false);
    await dark.page.close();
  });

  it('takes a screenshot that is not blank (UPDATE_SCREENSHOT=1 writes it to docs/report-corpus.png)', async () => {
    const file = path.join(out, 'report-corpus.png');
    const png = await page.screenshot({ path: file, fullPage: true });
    const blank = await browser.newPage();
    const colours = await blank.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < pixels.length; i += 4 * 7) seen.add((pixels[i] as number) << 16 | (pixels[i + 1] as number) << 8 | (pixels[i + 2] as number));
      return seen.size;
    }, png.toString('base64'));
    await blank.close();
    expect(colours).toBeGreaterThan(50);
    if (process.env.UPDATE_SCREENSHOT) {
      mkdirSync(path.join(root, 'docs'), { recursive: true });
      copyFileSync(file, path.join(root, 'docs/report-corpus.png'));
    }
  });
});

describe.skipIf(!executable)('the HTML report of a fixture with many conflicts in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let problems: typeof NO_PROBLEMS;
  let many: Awaited<ReturnType<typeof reports>>;
  const visible = () => page.locator('article.card:visible').evaluateAll((cards) => cards.map((c) => c.id.replace('conflict-', '')));
  // the page groups cards by story, in story order, each story's cards in the JSON report's order
  const inPage = () => [...many.json.conflicts].sort((a, b) => (a.story ?? Infinity) - (b.story ?? Infinity));
  const ids = (keep: (c: JsonReport['conflicts'][number]) => boolean) => inPage().filter(keep).map((c) => c.id);

  beforeAll(async () => {
    many = await reports('fixtures', ['fixtures/', '--ignore-pattern', 'summary-pairs', '--ignore-pattern', '*.json']);
    browser = await launch();
    ({ page, problems } = await open(browser, many.html));
  }, 60_000);
  afterAll(async () => browser?.close());

  it('loads cleanly, with one card per conflict and one mark per claim', async () => {
    expect(problems).toEqual(NO_PROBLEMS);
    expect(many.json.conflicts.length).toBeGreaterThan(20);
    expect(await visible()).toEqual(ids(() => true));
    const marks = await page.locator('article.card').evaluateAll((cards) => cards.map((c) => c.querySelectorAll('g.mark').length || c.querySelectorAll('li.claim').length));
    expect(marks).toEqual(inPage().map((c) => c.claims.length));
  });

  it('filters by kind, severity, story and source, and shows them all again on reset', async () => {
    await page.selectOption('#f-kind', 'date');
    expect(await visible()).toEqual(ids((c) => c.kind === 'date'));
    await page.selectOption('#f-severity', 'error');
    expect(await visible()).toEqual(ids((c) => c.kind === 'date' && c.severity === 'error'));
    await page.click('#f-reset');
    const story = many.json.conflicts[3]?.story as number;
    await page.selectOption('#f-story', String(story));
    expect(await visible()).toEqual(ids((c) => c.story === story));
    await page.click('#f-reset');
    // a path short enough to be shown whole in the menu (longer ones are shortened)
    const source = many.json.conflicts.flatMap((c) => c.claims.map((claim) => claim.source)).find((p) => p.length <= 60) as string;
    await page.selectOption('#f-source', { label: source });
    expect(await visible()).toEqual(ids((c) => c.claims.some((claim) => claim.source === source)));
    expect(await page.textContent('#f-count')).toBe(`${ids((c) => c.claims.some((claim) => claim.source === source)).length} of ${many.json.conflicts.length} conflicts shown`);
    await page.click('#f-reset');
    expect(await visible()).toHaveLength(many.json.conflicts.length);
  });

  it('sorts by confidence within each story, and moves between cards with j and k', async () => {
    await page.selectOption('#f-sort', 'confidence');
    const order = await page.locator('section.story').evaluateAll((sections) => sections.map((s) => [...s.querySelectorAll('article.card')].map((c) => Number((c as HTMLElement).dataset.confidence))));
    for (const confidences of order) expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    await page.click('#f-reset');
    await page.locator('h1').click();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`conflict-${inPage()[1]?.id}`);
    await page.keyboard.press('k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`conflict-${inPage()[0]?.id}`);
  });
});
