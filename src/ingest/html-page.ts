import { lazyRequire } from '../lazy.js';
import { isoDay } from './iso-day.js';

const linkedom = lazyRequire<typeof import('linkedom')>('linkedom');
const readability = lazyRequire<typeof import('@mozilla/readability')>('@mozilla/readability');

/** What the page says about itself beyond its text. */
export interface PageInfo {
  /** The publication date from the page's metadata, ISO `YYYY-MM-DD`, or null. */
  published: string | null;
  /**
   * Whether a block of text (white space collapsed) belongs to the main article, as Mozilla's
   * Readability finds it; every block belongs when Readability finds no article.
   */
  inArticle(text: string): boolean;
}

/** Reads an HTML page's publication date and main article with a DOM (linkedom) and Readability. */
export function readPage(html: string): PageInfo {
  const { document } = linkedom().parseHTML(html) as unknown as { document: DomDocument };
  // metadata first: Readability rewrites the document it parses
  const published = publishedDate(document);
  let article: string | null = null;
  try {
    article = new (readability().Readability)(document as never).parse()?.textContent ?? null;
  } catch {
    article = null;
  }
  const main = article ? collapse(article) : '';
  return {
    published,
    inArticle: (text) => !main || main.includes(text) || (main.includes(text.slice(0, EDGE)) && main.includes(text.slice(-EDGE))),
  };
}

// --- internal ---

/** How much of a block's start and end must appear in the article when Readability trimmed something inside it. */
const EDGE = 40;

interface DomElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

interface DomDocument {
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

/** Where pages state their publication date, most specific first. */
const META_SELECTORS: Array<[string, string]> = [
  ['meta[property="article:published_time"]', 'content'],
  ['meta[name="article:published_time"]', 'content'],
  ['meta[itemprop="datePublished"]', 'content'],
  ['[itemprop="datePublished"][datetime]', 'datetime'],
  ['meta[name="date"]', 'content'],
  ['meta[name="pubdate"]', 'content'],
];

function publishedDate(document: DomDocument): string | null {
  for (const [selector, attribute] of META_SELECTORS.slice(0, 2)) {
    const date = isoDay(document.querySelector(selector)?.getAttribute(attribute));
    if (date) return date;
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const date = isoDay(findDatePublished(parseJson(script.textContent ?? '')));
    if (date) return date;
  }
  for (const [selector, attribute] of META_SELECTORS.slice(2)) {
    const date = isoDay(document.querySelector(selector)?.getAttribute(attribute));
    if (date) return date;
  }
  return isoDay(document.querySelector('time[datetime]')?.getAttribute('datetime'));
}

/** The first `datePublished` in a JSON-LD value, looking through arrays and `@graph`. */
function findDatePublished(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDatePublished(item);
      if (found) return found;
    }
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished;
  return findDatePublished(record['@graph']);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}
