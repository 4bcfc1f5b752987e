import type { Diagnostic, SourceDocument } from '../types.js';
import { parseFrontMatter } from './front-matter.js';
import { parseHeader } from './parse-header.js';

export interface TextArticle {
  document: SourceDocument;
  diagnostics: Diagnostic[];
}

/**
 * A plain-text or Markdown article. Its publication date comes from a `date YYYY-MM-DD` first
 * line or, in Markdown, from `date:` in YAML front matter; the text is the file content as is.
 */
export function readText(path: string, text: string, markdown: boolean): TextArticle {
  const diagnostics: Diagnostic[] = [];
  const front = markdown ? parseFrontMatter(text) : null;
  if (front?.error) diagnostics.push({ path, severity: 'warning', message: `front matter is not valid YAML (${front.error}); publication date ignored` });
  const from = front?.bodyStart ?? 0;
  const header = parseHeader(text.slice(from));
  if (header.invalidDate) {
    diagnostics.push({ path, severity: 'warning', message: `date line holds an impossible date (${header.invalidDate}); publication date ignored` });
  }
  const published = header.published ?? front?.published ?? null;
  return { document: { path, text, published, bodyStart: from + header.bodyStart }, diagnostics };
}
