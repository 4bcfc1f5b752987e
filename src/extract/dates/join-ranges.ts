import type { DateMention } from './date-mention.js';

/**
 * "from March to June 2022", "between June 3 and June 8", "June 3-8": one range. A range whose
 * start lacks the year its end gives takes it ("from March to June 2022").
 */
export function joinRanges(mentions: DateMention[], text: string, base: number): DateMention[] {
  const out: DateMention[] = [];
  for (const mention of mentions) {
    const previous = out[out.length - 1];
    if (previous && !previous.until && !previous.startsWeek) {
      const gap = text.slice(previous.end - base, mention.start - base);
      const lead = text.slice(Math.max(0, previous.start - base - 9), previous.start - base);
      const worded = /^\s*(?:to|through|thru|until|till)(?:\s+the\s+(?:end|start|beginning|middle)\s+of)?\s*$/i.test(gap) || (/^\s+and(?:\s+the\s+(?:end|start|beginning|middle)\s+of)?\s+$/i.test(gap) && /\bbetween\s+$/i.test(lead));
      // "June 3 – 8 July", "Mar 4 2016-Apr 8 2017": one range; "(4 May 1901 – 9 June 1960)", a life's two dates, is not
      const bracketed = /\(\s*$/.test(text.slice(Math.max(0, previous.start - base - 3), previous.start - base));
      const dashed = /^\s*(?:-|–|—|~)\s*$/.test(gap) && previous.granularity === 'day' && mention.granularity === 'day' && (previous.year === null || mention.year === null || previous.year === mention.year || !bracketed);
      // "2016–2018", "1963-64", "Jan-Feb 2019": two years or two months joined by a dash
      // "Edda Vantrell (1902–1971)": a life's two years, which the extractor reads as a birth and a death
      const lifespan = /\p{Lu}[\p{L}'’.-]*,?\s*\($/u.test(text.slice(Math.max(0, previous.start - base - 40), previous.start - base)) && /^\s*\)/.test(text.slice(mention.end - base));
      const dashedPeriods =
        !lifespan &&
        /^(?:-|–|—|~)$/.test(gap.trim()) &&
        !/\n/.test(gap) &&
        ((previous.granularity === 'year' && mention.granularity === 'year' && previous.relative === null && mention.relative === null && (mention.year ?? 0) > (previous.year ?? Infinity)) ||
          (previous.granularity === 'month' && mention.granularity === 'month' && previous.day === null && previous.relative === null && mention.relative === null && previous.month !== mention.month));
      // "through" and "until" join any two dates ("2015 through June 2019"); "to" needs "from" or a like pair
      const throughWord = /^\s*(?:through|thru|until|till)\b/i.test(gap);
      if ((worded && (throughWord || /\b(?:from|between)\s+$/i.test(lead) || previous.granularity === mention.granularity)) || dashed || dashedPeriods) {
        // "Nov-Feb 2019": a start month after the end month lies in the year before
        const year = previous.year ?? (mention.year !== null && previous.month !== null && mention.month !== null && previous.month > mention.month ? mention.year - 1 : mention.year);
        out[out.length - 1] = { ...previous, end: mention.end, year, until: mention };
        continue;
      }
    }
    out.push(mention);
  }
  return out;
}
