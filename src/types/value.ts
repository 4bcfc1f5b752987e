// The values claims hold: figures as intervals, dates as intervals of ISO days.

/** What a claim states: a figure or a date. */
export type ClaimKind = 'number' | 'date';

/** A numeric value as an interval; null is an open bound ("over 6 million": max null). */
export interface NumberValue {
  min: number | null;
  max: number | null;
}

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

/**
 * A date value as an inclusive interval of ISO dates at a granularity.
 * When the year is unknown ("November 9" in an undated article), start and end use the
 * ISO 8601 year-less forms `--MM-DD` (day) or `--MM` (month). Unresolvable relative
 * dates ("last month" with no publication date) have null start and end.
 */
export interface DateValue {
  start: string | null;
  end: string | null;
  granularity: Granularity;
  /**
   * For a relative date no publication date resolves ("45 years ago" in an undated article):
   * its offset from the article's own date. Two such dates of one unit compare by offset.
   */
  relative?: { unit: 'day' | 'month' | 'year'; amount: number };
  /** For a weekday no publication date resolves ("on Tuesday" in an undated article): 1 (Monday) to 7 (Sunday). */
  weekday?: number;
}
