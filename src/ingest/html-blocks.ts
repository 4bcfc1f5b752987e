import type { Parser } from 'htmlparser2';
import { lazyRequire } from '../lazy.js';

const htmlparser2 = lazyRequire<typeof import('htmlparser2')>('htmlparser2');

/** A run of text read from the file: verbatim, or decoded from an entity spanning `from`–`to`. */
export interface TextChunk {
  text: string;
  from: number;
  to: number;
  verbatim: boolean;
}

/** The text of one block element (a paragraph, a heading, a list item …), as chunks of the file. */
export type Block = TextChunk[];

/**
 * Splits an HTML page into the text of its block elements with the file span of every piece,
 * leaving out what is never article text: scripts, styles, the head, navigation, headers,
 * footers, asides, forms and hidden elements.
 */
export function htmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  let current: Block = [];
  const stack: boolean[] = [];
  let skipping = 0;
  const breakBlock = () => {
    if (current.some((c) => c.text.trim())) blocks.push(current);
    current = [];
  };
  const parser: Parser = new (htmlparser2().Parser)(
    {
      onopentag(name, attributes) {
        const skip = SKIPPED.has(name) || isHidden(attributes);
        stack.push(skip);
        if (skip) skipping++;
        if (BLOCKS.has(name)) breakBlock();
      },
      onclosetag(name) {
        if (stack.pop()) skipping--;
        if (BLOCKS.has(name)) breakBlock();
      },
      ontext(text) {
        if (skipping > 0) return;
        const from = parser.startIndex;
        const to = parser.endIndex + 1;
        current.push({ text, from, to, verbatim: to - from === text.length && html.slice(from, to) === text });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  breakBlock();
  return blocks;
}

/** A block's text with runs of white space collapsed, as a browser shows it. */
export function blockText(block: Block): string {
  return block.map((c) => c.text).join('').replace(WHITESPACE_RUN, ' ').trim();
}

export const WHITESPACE_RUN = /[ \t\n\r\f]+/g;

// --- internal ---

const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas',
  'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'dialog',
]);

const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar']);

function isHidden(attributes: Record<string, string>): boolean {
  return 'hidden' in attributes
    || attributes['aria-hidden'] === 'true'
    || BOILERPLATE_ROLES.has((attributes.role ?? '').toLowerCase())
    || /display\s*:\s*none/i.test(attributes.style ?? '');
}
