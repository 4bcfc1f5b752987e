/**
 * Rough values of currencies in US dollars, so that a sum in one currency can be set against a
 * sum in another: "$1.4bn" and "€1.2bn" may be one figure, "£420m" and "$1.4bn" cannot. Rates
 * move from year to year, so sums in different currencies are compared only loosely
 * (CURRENCY_TOLERANCE either way); a currency missing here is never compared with another.
 */
export const USD_PER_UNIT: Record<string, number> = {
  USD: 1, EUR: 1.1, GBP: 1.28, CHF: 1.1, JPY: 0.0075, CNY: 0.14, INR: 0.012, CAD: 0.75, AUD: 0.67, NZD: 0.61,
  HKD: 0.128, SEK: 0.095, NOK: 0.095, DKK: 0.147, KRW: 0.00075, MXN: 0.055, BRL: 0.19, TRY: 0.035, ILS: 0.27,
  ZAR: 0.055, NGN: 0.0008, SAR: 0.267, AED: 0.272, RUB: 0.012, cent: 0.01, GBp: 0.0128,
};

/** How far either way a converted sum may lie from the other and still be the same figure. */
export const CURRENCY_TOLERANCE = 0.2;
