import type { DateMention } from './date-mention.js';

/**
 * "from March to May 2023", "between May 3 and May 5", "May 3-5": one range. A range whose
 * start lacks the year its end gives takes it ("from March to May 2023").
 */
export function joinRanges(mentions: DateMention[], text: string, base: number): DateMention[] {
  const out: DateMention[] = [];
  for (const mention of mentions) {
    const previous = out[out.length - 1];
    if (previous && !previous.until && !previous.startsWeek) {
      const gap = text.slice(previous.end - base, mention.start - base);
      const lead = text.slice(Math.max(0, previous.start - base - 9), previous.start - base);
      const worded = /^\s*(?:to|through|thru|until|till)(?:\s+the\s+(?:end|start|beginning|middle)\s+of)?\s*$/i.test(gap) || (/^\s+and(?:\s+the\s+(?:end|start|beginning|middle)\s+of)?\s+$/i.test(gap) && /\bbetween\s+$/i.test(lead));
      // "May 3 – 5 June", "Nov 18 2014-Dec 19 2015": one range; "(8 September 1838 – 2 March 1881)", a life's two dates, is not
      const bracketed = /\(\s*$/.test(text.slice(Math.max(0, previous.start - base - 3), previous.start - base));
      const dashed = /^\s*(?:-|–|—|~)\s*$/.test(gap) && previous.granularity === 'day' && mention.granularity === 'day' && (previous.year === null || mention.year === null || previous.year === mention.year || !bracketed);
      // "2019–2021", "1957-58", "Jan-Feb 2017": two years or two months joined by a dash
      // "Otto Lind (1911–1955)": a life's two years, which the extractor reads as a birth and a death
      const lifespan = /\p{Lu}[\p{L}'’.-]*,?\s*\($/u.test(text.slice(Math.max(0, previous.start - base - 40), previous.start - base)) && /^\s*\)/.test(text.slice(mention.end - base));
      const dashedPeriods =
        !lifespan &&
        /^(?:-|–|—|~)$/.test(gap.trim()) &&
        !/\n/.test(gap) &&
        ((previous.granularity === 'year' && mention.granularity === 'year' && previous.relative === null && mention.relative === null && (mention.year ?? 0) > (previous.year ?? Infinity)) ||
          (previous.granularity === 'month' && mention.granularity === 'month' && previous.day === null && previous.relative === null && mention.relative === null && previous.month !== mention.month));
      // "through" and "until" join any two dates ("2014 through May 2018"); "to" needs "from" or a like pair
      const throughWord = /^\s*(?:through|thru|until|till)\b/i.test(gap);
      if ((worded && (throughWord || /\b(?:from|between)\s+$/i.test(lead) || previous.granularity === mention.granularity)) || dashed || dashedPeriods) {
        // "Nov-Feb 2017": a start month after the end month lies in the year before
        const year = previous.year ?? (mention.year !== null && previous.month !== null && mention.month !== null && previous.month > mention.month ? mention.year - 1 : mention.year);
        out[out.length - 1] = { ...previous, end: mention.end, year, until: mention };
        continue;
      }
    }
    out.push(mention);
  }
  return out;
}
