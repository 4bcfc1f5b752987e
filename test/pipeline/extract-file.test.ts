import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocuments, extractFile, lookUpFile, type ExtractSettings } from '../../src/pipeline/extract-file.js';
import { makeSourceDocument } from '../builders.js';
import { writeCorpus } from '../helpers.js';

const settings: ExtractSettings = { lexicon: {}, approximateTolerance: 0.1, parser: 'fast', published: null, cache: null };

describe('extracting one file', () => {
  it('reads a file and extracts every article in it, with what it cost', async () => {
    const dir = writeCorpus({ 'a.txt': 'date 2024-05-10\nThe bridge opened on May 3. It cost 12 million.\n' });
    const result = await extractFile({ file: path.join(dir, 'a.txt'), shown: 'a.txt' }, settings);
    expect(result).toMatchObject({ cached: false, bytes: 64, diagnostics: [] });
    expect(result.sources.map((s) => [s.path, s.published, s.mentions.map((m) => m.text)])).toEqual([['a.txt', '2024-05-10', ['May 3', '12 million']]]);
  });

  it('gives the publication date of the settings to articles that state none', () => {
    const [source] = extractDocuments([makeSourceDocument('a.txt', 'It opened on May 3.')], { ...settings, published: '2024-05-10' });
    expect(source?.mentions[0]).toMatchObject({ kind: 'date', value: { start: '2024-05-03' } });
  });

  it('turns a file it cannot read into a diagnostic', async () => {
    const result = await extractFile({ file: path.join(writeCorpus({}), 'missing.txt'), shown: 'missing.txt' }, settings);
    expect(result.sources).toEqual([]);
    expect(result.diagnostics).toEqual([{ path: 'missing.txt', severity: 'error', message: expect.stringContaining('ENOENT') }]);
  });

  it('stores a result under its cache key and finds it again while the file is unchanged', async () => {
    const dir = writeCorpus({ 'a.txt': 'It cost 12 million.\n' });
    const cached = { ...settings, cache: path.join(dir, '.cache') };
    const task = { file: path.join(dir, 'a.txt'), shown: 'a.txt' };
    const miss = await lookUpFile(task, cached);
    expect(miss).toMatchObject({ key: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const extracted = await extractFile(miss as typeof task, cached);
    const hit = await lookUpFile(task, cached);
    expect(hit).toMatchObject({ cached: true, sources: extracted.sources });
    writeFileSync(task.file, 'It cost 13 million.\n');
    expect(await lookUpFile(task, cached)).not.toHaveProperty('sources');
  });
});
