/** Month and weekday names, with the abbreviations news styles use ("Sept.", "Oct."). */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** 0 = Sunday, as Date.getUTCDay. */
export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Prepositions that put a bare year in a date role ("in 2019", "since 2009"). */
export const YEAR_PREPOSITIONS = [
  'in', 'since', 'by', 'during', 'until', 'till', 'from', 'before', 'after', 'through', 'throughout',
  'of', 'to', 'between', 'and', 'around', 'circa', 'early', 'mid', 'late', 'back in', 'in early',
  'in late', 'in mid', 'end of', 'start of', 'beginning of', 'spring', 'summer', 'autumn', 'fall', 'winter',
  'calendar year', 'fiscal year', 'financial year',
];
