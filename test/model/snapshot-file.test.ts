import { describe, expect, it } from 'vitest';
import { parseSnapshot, serializeSnapshot } from '../../src/model/snapshot-file.js';
import type { CompromiseSnapshot } from '../../src/model/snapshot.js';

const snapshot: CompromiseSnapshot = {
  version: '1.0.0',
  lexicon: { fire: 'Singular', fired: ['PastTense', 'Adjective'], firm: 'Singular', naïve: 'Adjective', a: 'Determiner' },
  suffixPatterns: [null, { ed: 'PastTense' }],
  switches: { fire: 'Noun|Verb', firm: 'Noun|Adj' },
  clues: { 'Noun|Verb': { beforeWords: { the: 'Noun' } } },
  abbreviations: ['mr'],
  parents: { PastTense: ['Verb'] },
  singulars: { mice: 'mouse' },
  singularRules: [['ies$', 'i', 'y']],
  infinitives: { PastTense: { fwd: { ed: '' } }, PresentTense: {}, Gerund: {}, Participle: {} },
  prefixes: { over: true },
};

describe('the snapshot file', () => {
  const file = serializeSnapshot(snapshot);
  const loaded = parseSnapshot(Buffer.from(file, 'latin1'));

  it('is ASCII JSON Lines: a header, then one line per bucket (fi, na and a of the lexicon, fi of the switches)', () => {
    expect(/^[\x00-\x7f]*$/.test(file)).toBe(true);
    expect(file.trimEnd().split('\n').map((line) => Object.keys(JSON.parse(line) as object).length)).toEqual([11, 3, 1, 1, 2]);
    expect(JSON.parse(file.split('\n')[2] as string)).toEqual([['naïve', 'Adjective']]);
  });

  it('looks each word up as the whole table would, inherited keys and absent words included', () => {
    for (const word of ['fire', 'fired', 'firm', 'naïve', 'a', 'fir', 'water', 'constructor', 'toString', '']) {
      expect(loaded.lexicon(word)).toEqual(snapshot.lexicon[word]);
    }
    expect(loaded.switches('fire')).toBe('Noun|Verb');
    expect(loaded.switches('fired')).toBeUndefined();
  });

  it('keeps the small tables whole', () => {
    const { lexicon, switches, ...rest } = loaded;
    const { lexicon: _l, switches: _s, ...expected } = snapshot;
    expect(rest).toEqual(expected);
  });
});
