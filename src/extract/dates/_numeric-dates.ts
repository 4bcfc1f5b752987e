import { type DatePattern, MONTH, YEAR, monthOf, validDay, span, day, twoDigitYear, isFraction } from './_pattern-parts.js';

// Dates written in digits: "2031-11-23", "6/14/2018", "20180614", "11-2016", "2016-11".

/** 2031-11-23, 2018/6/9, 2020-sep-3, 2020/sep/03 */
export const ISO_DATE: DatePattern = {
  needs: /\d{4}[-/.]/,
  regex: new RegExp(String.raw`\b${YEAR}[-/.](?:(?<mm>\d{1,2})|${MONTH})[-/.](?<dd>\d{1,2})\b(?![-/.]\d)`, 'giu'),
  read: (m) => {
    const g = m.groups ?? {};
    const month = g.mm ? Number(g.mm) : monthOf(g.month);
    const d = Number(g.dd);
    if (!month || month > 12 || !validDay(d)) return null;
    return { ...span(m), ...day(Number(g.year), month, d), relative: null };
  },
};

/** 6/14/2018, 6/4/19, 24.05.2021, 24/05, 6/14 (month first unless the first number cannot be a month) */
export const NUMERIC_DATE: DatePattern = {
  needs: /\d[/.]\d/,
  regex: /(?:\b(?<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:(?<which>this|next|last)\s+)?)?(?:(?<![\d/.,-])|(?<=\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s?[-–]\s?))(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})(?:\k<sep>(?<y>\d{4}|\d{2}))?(?![\d/]|\.\d|-\d(?!\d?\/\d))/giu,
  read: (m, text) => {
    const g = m.groups ?? {};
    let a = Number(g.a);
    let b = Number(g.b);
    // "5.12" is a decimal and "7-6" a score unless a weekday or a year makes them dates
    if (g.sep !== '/' && !g.y && !g.wd) return null;
    // "1/4 mile", "12 1/2 miles", "3/4 of the vote": a fraction
    if (!g.y && !g.wd && isFraction(text, m.index ?? 0, (m.index ?? 0) + m[0].length)) return null;
    if (a > 12 && b <= 12) [a, b] = [b, a];
    if (g.sep === '.' && g.y && b <= 12 && a <= 31) [a, b] = [b, a];
    if (a < 1 || a > 12 || !validDay(b)) return null;
    const year = g.y ? (g.y.length === 2 ? twoDigitYear(g.y) : Number(g.y)) : null;
    return { ...span(m), ...day(year, a, b), relative: null };
  },
};

/** 20180614, 2017 11 18: a year, month and day run together or spaced */
export const RUN_TOGETHER_DATE: DatePattern = {
  needs: /\d{4}\s?[01]\d\s?[0-3]\d/,
  regex: /(?<![\p{L}\p{N}$£€.,/-])(?<year>(?:19|20)\d\d)(?<sep>\s?)(?<mm>0[1-9]|1[0-2])\k<sep>(?<dd>0[1-9]|[12]\d|3[01])(?![\p{L}\p{N}%-]|[.,]\d|\s?\d)/gu,
  read: (m) => {
    const g = m.groups ?? {};
    return { ...span(m), ...day(Number(g.year), Number(g.mm), Number(g.dd)), relative: null };
  },
};

/** 11-2016, 04/2018: a month and a year */
export const MONTH_YEAR_DIGITS: DatePattern = {
  needs: /\d[-/](?:19|20)\d\d/,
  regex: /(?<![\p{N}$£€.,/-])(?<mm>0?[1-9]|1[0-2])[-/](?<year>(?:19|20)\d\d)(?![\p{N}%]|[-/.]\d)/gu,
  read: (m) => {
    const g = m.groups ?? {};
    return { ...span(m), year: Number(g.year), month: Number(g.mm), day: null, granularity: 'month', relative: null };
  },
};

/** 2016-11: a year and a month (a later two-digit number would be a range: "2016-17") */
export const YEAR_MONTH_DIGITS: DatePattern = {
  needs: /\d{4}-\d\d/,
  regex: /\b(?<year>1[5-9]\d\d|20\d\d)-(?<mm>0[1-9]|1[0-2])\b(?![-/.]\d)/gu,
  read: (m) => {
    const g = m.groups ?? {};
    if (Number(g.mm) > Number((g.year ?? '').slice(2))) return null;
    return { ...span(m), year: Number(g.year), month: Number(g.mm), day: null, granularity: 'month', relative: null };
  },
};
