import { describe, expect, it } from 'vitest';
import { diagnosticLine, sourceLines, StreamReader } from '../../src/pipeline/mention-stream.js';
import { day, makeClaim, makeDate, makeMention, makeSource } from '../builders.js';

const source = makeSource({
  path: 'a.txt',
  published: '2024-05-10',
  names: ['lisk'],
  storyNames: ['lisk'],
  contrasts: [['welsh', 'gaelic']],
  mentions: [
    makeMention(makeClaim({ when: day('2024-05-03'), about: { owner: 'lisk', terms: ['crash'] } })),
    makeMention(makeDate({ start: 30 }), false),
  ],
});

function readBack(text: string, name = 'a.ndjson'): StreamReader {
  const reader = new StreamReader();
  text.split('\n').forEach((line, i) => reader.add(line, name, i + 1));
  reader.end();
  return reader;
}

describe('the factcheck extract stream', () => {
  it('writes a source line, then one line per mention', () => {
    const lines = sourceLines(source).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ type: 'source', source: 'a.txt', mentions: 2, claims: 1, storyNames: ['lisk'] });
    expect(lines[1]).toMatchObject({ kind: 'number', claim: true, key: 'passenger', when: day('2024-05-03') });
  });

  it('reads back exactly the source it wrote', () => {
    expect(readBack(sourceLines(source)).sources).toEqual([source]);
  });

  it('reads problems with inputs back as diagnostics', () => {
    const reader = readBack(diagnosticLine({ path: 'b.txt', severity: 'warning', message: 'invalid UTF-8' }) + diagnosticLine({ path: 'c.png', severity: 'info', message: 'not text' }));
    expect(reader.diagnostics).toEqual([
      { path: 'b.txt', severity: 'warning', message: 'invalid UTF-8' },
      { path: 'c.png', severity: 'info', message: 'not text' },
    ]);
  });

  it('names the stream and line of anything that is not a line of factcheck extract', () => {
    expect(() => readBack('{"type":"source","source":"a.txt"}\nnot json')).toThrow('a.ndjson:2: not a line of factcheck extract (invalid JSON)');
    expect(() => readBack('{"kind":"number","source":"a.txt"}')).toThrow('a.ndjson:1: a mention of "a.txt" without its source line');
  });
});
