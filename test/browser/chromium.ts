/**
 * Chromium for the browser suite: Debian's `chromium` package (or FACTCHECK_CHROMIUM), driven by
 * playwright-core, which never downloads a browser of its own. Without one the suite is skipped
 * with a note, so `npm test` still passes on a machine with no browser.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const CANDIDATES = [process.env.FACTCHECK_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The browser binary to use, or null when there is none (FACTCHECK_CHROMIUM=none: skip on purpose). */
export const executable = process.env.FACTCHECK_CHROMIUM === 'none' ? null : (CANDIDATES.find((file): file is string => Boolean(file) && existsSync(file as string)) ?? null);

if (!executable) {
  console.warn('factcheck: browser suite skipped: no Chromium at /usr/bin/chromium (apt-get install chromium, or set FACTCHECK_CHROMIUM to its path)');
}

/** Headless Chromium that stays off the network: no background requests, updates or sync. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: executable as string,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** What went wrong while a page was open: console errors, uncaught errors, dialogs (a script that ran), requests beyond the page itself. */
export interface Problems {
  console: string[];
  errors: string[];
  dialogs: string[];
  requests: string[];
}

/** Opens a report file in a new page, recording every problem from the first byte on. */
export async function open(
  browser: Browser,
  file: string,
  options: { colorScheme?: 'light' | 'dark'; width?: number; beforeLoad?: (page: Page) => Promise<void> } = {},
): Promise<{ page: Page; problems: Problems }> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1100, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
  const problems: Problems = { console: [], errors: [], dialogs: [], requests: [] };
  const url = pathToFileURL(file).href;
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.console.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(error.message));
  page.on('dialog', (dialog) => {
    problems.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (request.url() !== url) problems.requests.push(request.url());
  });
  page.on('requestfailed', (request) => problems.requests.push(`failed: ${request.url()}`));
  await options.beforeLoad?.(page);
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/** The clean record of a page that did nothing it should not. */
export const NO_PROBLEMS: Problems = { console: [], errors: [], dialogs: [], requests: [] };
