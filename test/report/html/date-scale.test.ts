import { describe, expect, it } from 'vitest';
import { borrowedYear, dateTicks, dayOf, daySpan, isoOf } from '../../../src/report/html/date-scale.js';
import type { DateValue } from '../../../src/types.js';

const day = (iso: string): DateValue => ({ start: iso, end: iso, granularity: 'day' });
const span = (value: DateValue, year: number | null = null) => daySpan(value, year);

describe('dayOf and isoOf', () => {
  it('count UTC days and back, whatever the time zone', () => {
    expect(dayOf('1970-01-02')).toBe(1);
    expect(isoOf(dayOf('2023-10-07') as number)).toBe('2023-10-07');
    expect(dayOf('2024-02-29')).toBe((dayOf('2024-03-01') as number) - 1);
  });

  it('reads years far from now and gives null for what is not a date', () => {
    expect(dayOf('0001-01-01')).toBeLessThan(0);
    expect(dayOf('9999-12-31')).toBeGreaterThan(0);
    expect(dayOf('soon')).toBeNull();
  });
});

describe('daySpan', () => {
  it('draws a month as all its days, a day as one', () => {
    const october = span({ start: '2022-10-01', end: '2022-10-31', granularity: 'month' }) as { from: number; to: number };
    expect(october.to - october.from).toBe(31);
    const seventh = span(day('2023-10-07')) as { from: number; to: number };
    expect(seventh.to - seventh.from).toBe(1);
  });

  it('puts "October 2022" about a year before "7 October 2023"', () => {
    const october = span({ start: '2022-10-01', end: '2022-10-31', granularity: 'month' }) as { to: number };
    const seventh = span(day('2023-10-07')) as { from: number };
    expect(seventh.from - october.to).toBeGreaterThan(300);
  });

  it('lets "2023" cover "7 October 2023"', () => {
    const year = span({ start: '2023-01-01', end: '2023-12-31', granularity: 'year' }) as { from: number; to: number };
    const seventh = span(day('2023-10-07')) as { from: number; to: number };
    expect(year.from).toBeLessThanOrEqual(seventh.from);
    expect(year.to).toBeGreaterThanOrEqual(seventh.to);
  });

  it('places a year-less date in the year it is given, and says so', () => {
    expect(span(day('--10-07'), 2023)).toEqual({ ...span(day('2023-10-07')), borrowedYear: true });
    const month = span({ start: '--10', end: '--10', granularity: 'month' }, 2023) as { from: number; to: number };
    expect(month.to - month.from).toBe(31);
  });

  it('cannot place a year-less date with no year to take, or an unresolved relative date', () => {
    expect(span(day('--10-07'))).toBeNull();
    expect(span({ start: null, end: null, granularity: 'year', relative: { unit: 'year', amount: -35 } })).toBeNull();
  });
});

describe('borrowedYear', () => {
  it('takes the year of the dated claims with the same month and day', () => {
    expect(borrowedYear(day('--10-07'), [day('--10-07'), { start: '2022-10-01', end: '2022-10-31', granularity: 'month' }, day('2023-10-07')])).toBe(2023);
  });

  it('takes the year most claims share otherwise, the earliest on a tie, and none when no claim has one', () => {
    expect(borrowedYear(day('--05-03'), [day('2021-01-01'), day('2020-06-01'), day('2021-02-02')])).toBe(2021);
    expect(borrowedYear(day('--05-03'), [day('2021-01-01'), day('2020-06-01')])).toBe(2020);
    expect(borrowedYear(day('--05-03'), [day('--05-04')])).toBeNull();
  });
});

describe('dateTicks', () => {
  it('marks years over long spans, months over a year, days over a few weeks', () => {
    expect(dateTicks(dayOf('2001-06-01') as number, dayOf('2020-06-01') as number).map((t) => t.label)).toEqual(['2005', '2010', '2015', '2020']);
    expect(dateTicks(dayOf('2022-09-20') as number, dayOf('2023-10-20') as number).map((t) => t.label)).toEqual(['Oct 2022', 'Jan 2023', 'Apr', 'Jul', 'Oct']);
    expect(dateTicks(dayOf('2023-10-01') as number, dayOf('2023-10-05') as number).map((t) => t.label)).toEqual(['1 Oct', '2 Oct', '3 Oct', '4 Oct', '5 Oct']);
  });
});
