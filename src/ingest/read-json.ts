import type { Node, ParseError } from 'jsonc-parser';
import { lazyRequire } from '../lazy.js';
import type { Diagnostic, SourceDocument } from '../types.js';
import { isoDay } from './iso-day.js';
import { buildLineIndex } from './line-index.js';
import { TextBuilder } from './text-builder.js';

const jsonc = lazyRequire<typeof import('jsonc-parser')>('jsonc-parser');

export interface JsonArticles {
  documents: SourceDocument[];
  diagnostics: Diagnostic[];
}

/**
 * Reads articles from a .json file (one object, or an array of objects) or a .jsonl file (one
 * object per line). Each object with a `text`, `body` or `content` string is its own source,
 * named by its `url` or `title`; `date` or `published` is its publication date. Positions map
 * back into the file, inside the JSON string.
 */
export function readJson(file: string, content: string, lines: boolean): JsonArticles {
  const documents: SourceDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const position = buildLineIndex(content);
  const objects: Node[] = [];
  for (const { text, offset } of lines ? splitLines(content) : [{ text: content, offset: 0 }]) {
    const errors: ParseError[] = [];
    const root = jsonc().parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    const [error] = errors;
    if (error || !root) {
      const { line, column } = position(offset + (error?.offset ?? 0));
      const why = error ? jsonc().printParseErrorCode(error.error) : 'no value';
      diagnostics.push({ path: file, severity: 'error', message: `skipped: invalid JSON at ${line}:${column} (${why})` });
      continue;
    }
    const shifted = shift(root, offset);
    objects.push(...(shifted.type === 'array' ? (shifted.children ?? []) : [shifted]));
  }
  objects.forEach((node, i) => {
    const field = (...names: string[]) => names.map((n) => property(node, n)).find((v) => v !== undefined);
    const body = field('text', 'body', 'content');
    if (!body || body.type !== 'string') {
      if (node.type === 'object' && (field('title', 'url') || objects.length > 1)) {
        const { line } = position(node.offset);
        diagnostics.push({ path: file, severity: 'warning', message: `skipped the object at line ${line}: no text, body or content string` });
      }
      return;
    }
    const name = [field('url'), field('title')].find((n) => n?.type === 'string' && String(n.value).trim());
    const builder = new TextBuilder();
    decodeString(builder, content, body);
    documents.push({
      path: name ? String(name.value).trim() : `${file}#${i + 1}`,
      text: builder.text(),
      published: isoDay(field('date', 'published', 'datePublished')?.value),
      bodyStart: 0,
      origin: builder.origin(file, content),
    });
  });
  if (documents.length === 0 && diagnostics.length === 0) {
    diagnostics.push({ path: file, severity: 'info', message: 'skipped: no article objects (with text, body or content)' });
  }
  return { documents, diagnostics };
}

// --- internal ---

function splitLines(content: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  const pattern = /[^\r\n]+/g;
  for (let match = pattern.exec(content); match; match = pattern.exec(content)) {
    if (match[0].trim()) out.push({ text: match[0], offset: match.index });
  }
  return out;
}

function shift(node: Node, by: number): Node {
  if (by === 0) return node;
  return { ...node, offset: node.offset + by, children: node.children?.map((c) => shift(c, by)) } as Node;
}

function property(node: Node, name: string): Node | undefined {
  if (node.type !== 'object') return undefined;
  const pair = node.children?.find((p) => p.children?.[0]?.value === name);
  return pair?.children?.[1];
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };

/** Appends a JSON string's value, each character mapped to the file characters (or escape) it was read from. */
function decodeString(builder: TextBuilder, content: string, node: Node): void {
  const end = node.offset + node.length - 1;
  let i = node.offset + 1;
  let runStart = i;
  const flush = () => builder.appendVerbatim(content.slice(runStart, i), runStart);
  while (i < end) {
    if (content[i] !== '\\') {
      i++;
      continue;
    }
    flush();
    const kind = content[i + 1] ?? '';
    const width = kind === 'u' ? 6 : 2;
    const decoded = kind === 'u' ? String.fromCharCode(parseInt(content.slice(i + 2, i + 6), 16)) : (ESCAPES[kind] ?? kind);
    builder.appendDecoded(decoded, i, i + width);
    i += width;
    runStart = i;
  }
  flush();
}
