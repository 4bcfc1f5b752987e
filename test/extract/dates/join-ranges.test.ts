import { describe, expect, it } from 'vitest';
import { scanDates } from '../../../src/extract/dates/scan-dates.js';

/** The surface of every date (a range as one) and the year of its start. */
const dates = (text: string) => scanDates(text, 0).map((m) => ({ text: text.slice(m.start, m.end), year: m.year, range: m.until !== undefined }));

describe('joining dates into ranges', () => {
  it.each([
    ['from March to May 2023', 'March to May 2023', 2023],
    ['between May 3 and May 5, 2024', 'May 3 and May 5, 2024', 2024],
    ['in 2019–2021', '2019–2021', 2019],
    ['Nov-Feb 2017', 'Nov-Feb 2017', 2016],
    ['from 2014 through May 2018', '2014 through May 2018', 2014],
  ])('reads %j as one range', (text, surface, year) => {
    expect(dates(text)).toEqual([{ text: surface, year, range: true }]);
  });

  it('keeps a life\'s two dates in brackets apart', () => {
    expect(dates('Jane Roe (4 May 1901 – 9 June 1960) wrote it.').map((d) => d.range)).toEqual([false, false]);
    expect(dates('Jane Roe (1902–1971) wrote it.').map((d) => d.range)).toEqual([false, false]);
  });

  it('joins two dates of unlike kinds with "to" only after "from" or "between"', () => {
    expect(dates('Sales in 2019 to May 2021 rose.').map((d) => d.range)).toEqual([false, false]);
    expect(dates('Sales from 2019 to May 2021 rose.').map((d) => d.range)).toEqual([true]);
  });
});
