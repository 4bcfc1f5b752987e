import { describe, expect, it } from 'vitest';
import { coordinatedRuns } from '../../src/extract/coordination.js';
import { buildLexicon } from '../../src/lexicon.js';
import { sentenceWith } from './_sentences.js';

const lexicon = buildLexicon();

function runs(text: string, mentions: Parameters<typeof sentenceWith>[1]) {
  const { sentence, slots } = sentenceWith(text, mentions);
  return coordinatedRuns(sentence.tokens, slots, lexicon).map((run) => ({ members: run.members, items: run.items?.map((item) => item.map((t) => t.text).join(' ')) }));
}

describe('coordinatedRuns', () => {
  it('shares figures out over the items a "respectively" sentence lists', () => {
    expect(runs('Lisk and Varrow have 21 and 18 schools, respectively.', [['21'], ['18']])).toEqual([{ members: [0, 1], items: ['Lisk', 'Varrow'] }]);
  });

  it('keeps names of several words whole', () => {
    const text = 'Anna Lisk and Ben Varrow were sentenced to 21 months and 18 months, respectively.';
    expect(runs(text, [['21 months', 'number', 'mo'], ['18 months', 'number', 'mo']])[0]?.items).toEqual(['Anna Lisk', 'Ben Varrow']);
  });

  it('finds no run in a sentence with one figure', () => {
    expect(runs('The crash killed 14 passengers.', [['14']])).toEqual([]);
  });
});
