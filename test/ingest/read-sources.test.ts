import { describe, expect, it } from 'vitest';
import { INGEST_DEFAULTS, readContent, readInputs, readSources, readStdinArticle, STDIN_NAME } from '../../src/ingest/read-sources.js';
import { DEFAULTS } from '../../src/options.js';
import { writeCorpus } from '../helpers.js';

describe('reading sources', () => {
  it('reads each file by its type', () => {
    expect(readContent('a.md', '---\ndate: 2024-05-10\n---\nIt opened.').documents[0]).toMatchObject({ path: 'a.md', published: '2024-05-10' });
    expect(readContent('a.html', '<p>It opened.</p>').documents[0]?.text).toContain('It opened.');
    expect(readContent('a.jsonl', '{"title":"one","text":"It opened."}\n{"title":"two","text":"It closed."}\n').documents.map((d) => d.path)).toEqual(['one', 'two']);
  });

  it('names two articles of one name apart and dates the undated ones', async () => {
    const dir = writeCorpus({ 'feed.jsonl': '{"title":"Lorn","text":"It opened."}\n{"title":"Lorn","text":"It closed."}\n' });
    const { documents } = await readInputs(['.'], { ...INGEST_DEFAULTS, extensions: ['.jsonl'], cwd: dir, published: '2024-05-10' });
    expect(documents.map((d) => [d.path, d.published])).toEqual([['Lorn', '2024-05-10'], ['Lorn (2)', '2024-05-10']]);
  });

  it('reads with the defaults `check` uses when only extensions and a folder are given', async () => {
    const dir = writeCorpus({ 'a.txt': 'It opened.', 'b.md': 'It closed.', '.factcheckignore': 'b.md\n' });
    const { documents } = await readSources(['.'], ['.txt', '.md'], dir);
    expect(documents.map((d) => d.path)).toEqual(['a.txt']);
    expect({ ignoreFile: INGEST_DEFAULTS.ignoreFile, errorOnUnmatchedPattern: INGEST_DEFAULTS.errorOnUnmatchedPattern, followSymlinks: INGEST_DEFAULTS.followSymlinks }).toEqual({
      ignoreFile: DEFAULTS.ignoreFile,
      errorOnUnmatchedPattern: DEFAULTS.errorOnUnmatchedPattern,
      followSymlinks: DEFAULTS.followSymlinks,
    });
  });

  it('reads standard input under its own name, and says why when it cannot', () => {
    expect(readStdinArticle({ text: 'It opened.', filename: null, unreadable: null }).documents[0]?.path).toBe(STDIN_NAME);
    expect(readStdinArticle({ text: '', filename: 'in.txt', unreadable: 'binary content' }).diagnostics).toEqual([{ path: 'in.txt', severity: 'error', message: 'binary content' }]);
  });
});
