import { isRealDate } from './parse-header.js';

/**
 * The calendar day a date or timestamp string names (`2024-02-09`, `2024-02-09T23:00:00-05:00`),
 * as the publisher wrote it, with no time zone conversion; null when there is none or it does not exist.
 */
export function isoDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  return isRealDate(Number(year), Number(month), Number(day)) ? `${year}-${month}-${day}` : null;
}
