import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyze } from '../src/check.js';
import type { Report, SourceDocument } from '../src/types.js';
import { parseHeader } from '../src/ingest/parse-header.js';

/** A document as ingest would make it. */
export function makeDocument(pathName: string, text: string): SourceDocument {
  const header = parseHeader(text);
  return { path: pathName, text, published: header.published, bodyStart: header.bodyStart };
}

/** Runs the pure pipeline over inline articles: { 'a.txt': '...', 'b.txt': '...' }. */
export function analyzeTexts(files: Record<string, string>): Report {
  return analyze(Object.entries(files).map(([name, text]) => makeDocument(name, text)));
}

/** Writes inline files to a fresh temporary folder and returns its path. */
export function writeCorpus(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'factcheck-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
