import { describe, expect, it } from 'vitest';
import { findContrastLists, findNames, findNamesInSentences, namesMidSentence } from '../../src/extract/find-names.js';
import { buildLexicon } from '../../src/lexicon.js';

const lexicon = buildLexicon({ entityAliases: [['x', 'twitter']] });

describe('names', () => {
  it('lists the names a text coordinates as alternatives, canonical', () => {
    expect(findContrastLists('Signs are in Welsh and Gaelic, and posts go out on Twitter, Mastodon or Bluesky.', lexicon)).toEqual([
      ['welsh', 'gaelic'],
      ['x', 'mastodon', 'bluesky'],
    ]);
  });

  it('finds every capitalised word, possessive stripped, canonical and sorted', () => {
    expect(findNames("Varrow's mayor told Twitter users in Lisk.", lexicon)).toEqual(['lisk', 'varrow', 'x']);
  });

  it('tells names inside sentences from words that only open them', () => {
    expect([...namesMidSentence('Rescuers reached Varrow. Later, Lisk sent help.')]).toEqual(['Varrow', 'Lisk']);
  });

  it('leaves out common words written with a capital inside a sentence', () => {
    expect(findNamesInSentences('Boats left the Harbour for Varrow, the Fishing fleet said.', lexicon)).toEqual(['varrow']);
  });
});
