import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cueScanner } from '../../../src/extract/dates/_cues.js';
import type { DatePattern } from '../../../src/extract/dates/_pattern-parts.js';
import * as named from '../../../src/extract/dates/_named-periods.js';
import * as numeric from '../../../src/extract/dates/_numeric-dates.js';
import * as relative from '../../../src/extract/dates/_relative-patterns.js';
import * as weekday from '../../../src/extract/dates/_weekday-patterns.js';
import * as written from '../../../src/extract/dates/_written-dates.js';
import * as years from '../../../src/extract/dates/_year-patterns.js';

const patterns = Object.entries({ ...named, ...numeric, ...relative, ...weekday, ...written, ...years })
  .filter((entry): entry is [string, DatePattern] => typeof entry[1] === 'object' && entry[1] !== null && 'needs' in entry[1])
  .sort(([a], [b]) => (a < b ? -1 : 1));
const mayMatch = cueScanner(patterns.map(([, p]) => p));
const letThrough = (paragraph: string) => patterns.filter((_, i) => mayMatch(paragraph)[i]).map(([name]) => name);
const uncued = patterns.filter(([, p]) => !p.cues).map(([name]) => name);

/** Every line of corpus/ and fixtures/. */
function lines(): string[] {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(txt|md|html)$/.test(entry.name)) found.push(...readFileSync(file, 'utf8').split(/\r?\n|\r/));
    }
  };
  walk(path.join(root, 'corpus'));
  walk(path.join(root, 'fixtures'));
  return found;
}

describe('the pre-scan for date words', () => {
  it('lets through every pattern whose own test passes, on every line of corpus/ and the fixtures', () => {
    const missed = lines().flatMap((line) => patterns.filter(([, p], i) => p.needs.test(line) && !mayMatch(line)[i]).map(([name]) => `${name}: ${line}`));
    expect(missed).toEqual([]);
  });

  it('lets through only the patterns without cues when a paragraph holds no date word', () => {
    expect(letThrough('Police said 12 people were hurt in the blaze.')).toEqual(uncued);
  });

  it('finds cues inside longer ones and in any case ("MONTHLY" holds month and mon)', () => {
    expect(letThrough('MONTHLY')).toEqual(expect.arrayContaining(['THIS_PERIOD', 'DISTANCE', 'WEEKDAY_DATE']));
    expect(letThrough('Christmas Eve')).toContain('HOLIDAY');
    expect(letThrough('at this time')).toContain('TODAY');
  });

  it('lets every pattern through a paragraph with ſ or K, which Unicode patterns read as s and k', () => {
    expect(letThrough('on Chriſtmas day')).toEqual(patterns.map(([name]) => name));
  });
});
