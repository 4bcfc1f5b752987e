import { describe, expect, it } from 'vitest';
import { readJson } from '../../src/ingest/read-json.js';

describe('readJson', () => {
  it('reads an array of articles, each its own source named by url, then title, then position', () => {
    const content = JSON.stringify([{ url: 'https://x.test/a', title: 'A', text: 'One.' }, { title: 'B', body: 'Two.' }, { content: 'Three.', date: '2024-01-02' }]);
    const { documents } = readJson('feed.json', content, false);
    expect(documents.map((d) => [d.path, d.text, d.published])).toEqual([
      ['https://x.test/a', 'One.', null],
      ['B', 'Two.', null],
      ['feed.json#3', 'Three.', '2024-01-02'],
    ]);
  });

  it('maps text positions through JSON escapes into the file', () => {
    const content = '{"text": "Line one.\\nIt cost \\u00a312 million."}';
    const [doc] = readJson('a.json', content, false).documents;
    expect(doc?.text).toBe('Line one.\nIt cost £12 million.');
    const at = doc?.text.indexOf('£12') ?? 0;
    const [start, end] = doc?.origin?.span(at, at + 3) ?? [0, 0];
    expect(content.slice(start, end)).toBe('\\u00a312');
  });

  it('reports invalid lines and objects without text, and skips a JSON file that holds no article', () => {
    const { documents, diagnostics } = readJson('a.jsonl', '{"text": "Fine."}\n{broken\n{"title": "No text"}\n', true);
    expect(documents).toHaveLength(1);
    expect(diagnostics.map((d) => [d.severity, d.message])).toEqual([
      ['error', expect.stringMatching(/^skipped: invalid JSON at 2:2/)],
      ['warning', 'skipped the object at line 3: no text, body or content string'],
    ]);
    expect(readJson('gold.json', '{"conflicts": []}', false).diagnostics).toEqual([{ path: 'gold.json', severity: 'info', message: 'skipped: no article objects (with text, body or content)' }]);
  });
});
