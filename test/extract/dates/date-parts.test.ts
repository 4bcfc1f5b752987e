import { describe, expect, it } from 'vitest';
import { partOf, shiftDate, stretchFrom } from '../../../src/extract/dates/date-parts.js';
import type { DateValue } from '../../../src/types.js';

const year = (y: number): DateValue => ({ start: `${y}-01-01`, end: `${y}-12-31`, granularity: 'year' });
const month = (start: string, end: string): DateValue => ({ start, end, granularity: 'month' });
const day = (iso: string): DateValue => ({ start: iso, end: iso, granularity: 'day' });

describe('parts of a date', () => {
  it('takes ISO weeks of a year: the week holding its first Thursday is week 1', () => {
    expect(partOf(year(2021), { unit: 'week', from: 'start', index: 1, count: 1 })).toEqual({ start: '2021-01-04', end: '2021-01-10', granularity: 'week' });
    expect(partOf(year(2020), { unit: 'week', from: 'start', index: 1, count: 1 })).toEqual({ start: '2019-12-30', end: '2020-01-05', granularity: 'week' });
  });

  it('takes the last week of a month where its Thursday falls', () => {
    expect(partOf(month('2016-12-01', '2016-12-31'), { unit: 'week', from: 'end', index: 1, count: 1 })).toEqual({ start: '2016-12-26', end: '2017-01-01', granularity: 'week' });
  });

  it('takes days and months from either end', () => {
    expect(partOf(year(2021), { unit: 'day', from: 'start', index: 1, count: 10 })).toEqual({ start: '2021-01-01', end: '2021-01-10', granularity: 'day' });
    expect(partOf(year(2021), { unit: 'month', from: 'end', index: 1, count: 4 })).toEqual({ start: '2021-09-01', end: '2021-12-31', granularity: 'month' });
  });

  it('leaves a year-less date as it is', () => {
    const partial: DateValue = { start: '--05', end: '--05', granularity: 'month' };
    expect(partOf(partial, { unit: 'week', from: 'start', index: 1, count: 1 })).toBe(partial);
  });
});

describe('moving and stretching a date', () => {
  it('moves by days, and by months keeping the day where the month has it', () => {
    expect(shiftDate(day('2024-01-12'), { unit: 'day', amount: 3 })).toEqual(day('2024-01-15'));
    expect(shiftDate(day('2024-01-31'), { unit: 'month', amount: 1 })).toEqual(day('2024-02-29'));
    expect(shiftDate(day('2024-02-29'), { unit: 'year', amount: -1 })).toEqual(day('2023-02-28'));
  });

  it('stretches from the start of a date up to the day before the distance is reached', () => {
    expect(stretchFrom(day('2024-01-02'), { unit: 'day', amount: 16 })).toEqual({ start: '2024-01-02', end: '2024-01-17', granularity: 'day' });
    expect(stretchFrom(day('2024-01-02'), { unit: 'month', amount: 1 })).toEqual({ start: '2024-01-02', end: '2024-02-01', granularity: 'day' });
  });
});
