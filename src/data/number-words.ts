/** English number words. */
export const SMALL_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** Scale suffixes written straight after digits ("$2.1bn", "40m", "5k"). */
export const SCALE_SUFFIXES: Record<string, number> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12,
};

/** Units written after a number, normalized. Longest phrases first when matching. */
export const UNITS: Record<string, string> = {
  'percent': 'percent',
  'per cent': 'percent',
  '%': 'percent',
  'percentage points': 'percentage point',
  'percentage point': 'percentage point',
  'fold': 'fold',
};

export const CURRENCY_SYMBOLS: Record<string, string> = {
  '$': 'USD', 'US$': 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY',
};
