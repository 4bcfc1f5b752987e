import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/read-text.js';

describe('readText', () => {
  it('takes date: from Markdown front matter and starts the body after it', () => {
    const text = '---\ntitle: "Lorn"\ndate: 2024-05-10T09:00:00Z\n---\nBody here.\n';
    const { document } = readText('a.md', text, true);
    expect(document.published).toBe('2024-05-10');
    expect(text.slice(document.bodyStart)).toBe('Body here.\n');
  });

  it('leaves front matter alone in plain text and warns about broken YAML', () => {
    expect(readText('a.txt', '---\ndate: 2024-05-10\n---\nBody', false).document.published).toBeNull();
    const broken = readText('a.md', '---\ndate: [2024\n---\nBody', true);
    expect(broken.document.published).toBeNull();
    expect(broken.diagnostics[0]?.message).toMatch(/^front matter is not valid YAML/);
  });

  it('still reads a date line after the front matter', () => {
    expect(readText('a.md', '---\ntitle: x\n---\ndate 2021-02-03 Body', true).document.published).toBe('2021-02-03');
  });
});
