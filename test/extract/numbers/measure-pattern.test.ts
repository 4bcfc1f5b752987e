import { describe, expect, it } from 'vitest';
import { UNIT_SPELLINGS } from '../../../src/data/units.js';
import { matchMeasure } from '../../../src/extract/numbers/_measure-pattern.js';

// the one alternation of every spelling that the per-letter patterns stand in for
const ALL = new RegExp(
  String.raw`^(?<gap>[ 	]?-?[ 	]?|[ 	]?[(\[{<][ 	]?)(?<unit>${[...UNIT_SPELLINGS.keys()].sort((a, b) => b.length - a.length).map((u) => u.replace(/ /g, String.raw`\s+`)).join('|')})(?![\p{L}\d])`,
  'iu',
);
const found = (match: RegExpExecArray | null) => (match ? [match[0], match.groups] : null);

describe('matchMeasure', () => {
  it.each([
    [' km away', ' km'],
    ['-mile walk', '-mile'],
    [' (kg) of', ' (kg'],
    [' miles an hour', ' miles an hour'],
    [' miles per\nhour', ' miles per\nhour'],
    ['m2 of land', 'm2'],
    [' KM', ' KM'],
    [' \u212Am', ' \u212Am'], // KELVIN SIGN folds to k
    [' ſecs', ' ſecs'], // LONG S folds to s
    ['µg', 'µg'], // MICRO SIGN folds to μ
    [' °C', ' °C'],
    [' people', null],
    [' kmh', null],
    ['    km', null],
    ['', null],
  ])('finds in %j the unit %j', (after, unit) => {
    expect(matchMeasure(after)?.[0] ?? null).toBe(unit);
  });

  it('matches as one alternation of every spelling does', () => {
    const pieces = [' ', '\t', '-', '(', '<', 'K', 'x', '2', '/', 'h', '\n', 'é', ...UNIT_SPELLINGS.keys()];
    for (const a of ['', ' ', '\t', '-', ' (', ' - ', 'x']) for (const b of pieces) for (const c of [' ', 's', 'ton', '', ' (']) {
      const after = a + b + c;
      expect(found(matchMeasure(after)), after).toEqual(found(ALL.exec(after)));
    }
  });
});
