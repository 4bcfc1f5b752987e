import { describe, expect, it } from 'vitest';
import { compareDays, dayValue, daysInMonth, interval, isFullDay, isoDay, mondayOf, monthDay, parseIso, timeOf } from '../../../src/extract/dates/calendar.js';

describe('calendar arithmetic', () => {
  it('turns ISO days into times and back', () => {
    expect(isoDay(timeOf('2024-02-29'))).toBe('2024-02-29');
    expect(isoDay(new Date(Date.UTC(2024, 0, 31)))).toBe('2024-01-31');
  });

  it('knows leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });

  it('finds the Monday of a week, from any of its days', () => {
    expect(isoDay(mondayOf(timeOf('2024-05-05')))).toBe('2024-04-29');
    expect(isoDay(mondayOf(timeOf('2024-04-29')))).toBe('2024-04-29');
  });

  it('makes intervals of a year, a month and a day', () => {
    expect(interval(2023, null, null)).toEqual({ start: '2023-01-01', end: '2023-12-31', granularity: 'year' });
    expect(interval(2024, 2, null)).toEqual({ start: '2024-02-01', end: '2024-02-29', granularity: 'month' });
    expect(interval(2024, 5, 3)).toEqual(dayValue({ year: 2024, month: 5, day: 3 }));
  });

  it('tells full days from year-less ones', () => {
    expect(isFullDay('2024-05-03')).toBe(true);
    expect(isFullDay('--05-03')).toBe(false);
    expect(isFullDay(null)).toBe(false);
  });

  it('orders and keys days', () => {
    expect(compareDays(parseIso('2024-05-03'), parseIso('2024-05-04'))).toBeLessThan(0);
    expect(compareDays(parseIso('2025-01-01'), parseIso('2024-12-31'))).toBeGreaterThan(0);
    expect(monthDay(5, 3)).toBe('05-03');
  });
});
