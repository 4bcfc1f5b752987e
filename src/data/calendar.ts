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

/** Month names as dates are written: full names first, then abbreviations (patterns are built from this list in order). */
export const MONTH_WORDS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'sept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
];

/** Weekday names and their abbreviations, longest spelling first. */
export const WEEKDAY_WORDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tues', 'tue', 'wed', 'thurs', 'thur', 'thu', 'fri', 'sat', 'sun'];

/** Lower-case month and weekday names that are also English verbs or nouns: a date only beside a day or a year. */
export const AMBIGUOUS_CALENDAR_WORDS = ['may', 'march', 'mar', 'sat', 'sun', 'wed', 'mon', 'jan', 'jun', 'dec', 'sept', 'aug', 'fri', 'tue', 'thu'];

/** Words before a bare month name that put it in a date role ("in July", "early December"). */
export const MONTH_LEAD_WORDS = ['in', 'since', 'by', 'until', 'till', 'during', 'of', 'from', 'before', 'after', 'through', 'early', 'late', 'mid', 'last', 'this', 'next', 'between', 'and', 'or', 'to', 'until', 'throughout'];

/** How many of a unit a word says, in relative dates ("a couple of days", "several weeks"). */
export const DATE_COUNT_WORDS = ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'ninety', 'a couple of', 'a couple', 'couple of', 'couple', 'a few', 'few', 'several'];

/** Words that point before (-1), at (0) or after (+1) the reference: "next week", "the past month". */
export const DIRECTION_WORDS = ['this', 'next', 'last', 'past', 'previous', 'coming', 'following', 'current', 'the following', 'the previous', 'the coming', 'the past', 'the last', 'the next'];

/** How many days, weeks, months or years a word before a date counts ("the first ten days of", "two weeks after"). */
export const DISTANCE_COUNT_WORDS = ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty'];
