import { describe, expect, it } from 'vitest';
import { byPath, claimsOf, extractSource, summarize, uniqueSources } from '../../src/pipeline/extracted-source.js';
import { buildLexicon } from '../../src/lexicon.js';
import { makeClaim, makeMention, makeSource, makeSourceDocument } from '../builders.js';

const lexicon = buildLexicon();

describe('extracted sources', () => {
  it('keeps what reconcile needs of a document: mentions, names, story names and contrasts', () => {
    const doc = makeSourceDocument('a.txt', 'The storm hit Varrow and Lisk on May 3, 2024. In Varrow, 14 homes were flooded.', { published: '2024-05-10' });
    const source = extractSource(doc, lexicon, 'fast');
    expect(source).toMatchObject({ path: 'a.txt', published: '2024-05-10', names: ['in', 'lisk', 'may', 'the', 'varrow'], storyNames: ['lisk', 'varrow'], contrasts: [['varrow', 'lisk']] });
    expect(source.mentions.map((m) => m.text)).toEqual(['May 3, 2024', '14']);
    expect(source).not.toHaveProperty('text');
  });

  it('moves mentions of a converted document back to their place in its file', () => {
    const text = 'It cost 12 million.';
    const doc = makeSourceDocument('a.html', text, { origin: { file: 'a.html', content: `<p>${text}</p>`, span: (start, end) => [start + 3, end + 3] } });
    const [mention] = extractSource(doc, lexicon, 'fast').mentions;
    expect(mention).toMatchObject({ text: '12 million', start: 11, end: 21 });
  });

  it('gives the claims without their flag, and counts them in the summary', () => {
    const source = makeSource({ mentions: [makeMention(makeClaim()), makeMention(makeClaim({ start: 9 }), false)] });
    expect(claimsOf(source)).toEqual([makeClaim()]);
    expect(summarize(source)).toEqual({ path: 'a.txt', published: null, claims: 1 });
  });

  it('names two sources of one path apart, claim ids included', () => {
    const twice = uniqueSources([makeSource({ mentions: [makeMention()] }), makeSource({ mentions: [makeMention()] })]);
    expect(twice.map((s) => s.path)).toEqual(['a.txt', 'a.txt (2)']);
    expect(twice[1]?.mentions[0]).toMatchObject({ source: 'a.txt (2)', id: 'a.txt (2)#0' });
  });

  it('sorts sources by path, code unit by code unit', () => {
    expect(['b.txt', 'B.txt', 'a.txt'].map((path) => ({ path })).sort(byPath).map((s) => s.path)).toEqual(['B.txt', 'a.txt', 'b.txt']);
  });
});
