import { MONTHS } from '../data/calendar.js';
import type { QualifierKind } from '../data/qualifiers.js';
import { isDuration, UNITS_BY_SYMBOL } from '../data/units.js';
import type { Lexicon } from '../lexicon.js';
import type { NumberValue } from '../types.js';
import { readFigures, type Figure } from './number-grammar.js';
import { SpanSet } from './spans.js';

/** A figure found in text, before anything is known of what it counts. */
export interface NumberMention {
  start: number;
  end: number;
  value: NumberValue;
  unit: string | null;
  approximate: boolean;
  /** False for a figure that is a mention but no claim: a list number, a label ("Article 19"), a bare year. */
  claim: boolean;
}

/**
 * Finds the figures of a paragraph: digits ("1,200", "1.2 billion", "$2.1bn"), words
 * ("five million", "727 thousand"), percentages and multipliers, with the qualifier before
 * them ("over", "nearly", "some") turned into a range. Figures inside `masked` spans (dates) and
 * ordinals are left out; years, list numbers and labels ("Article 19") are mentions but no claims.
 */
export function scanNumbers(
  paragraph: string,
  base: number,
  lexicon: Lexicon,
  masked: Array<{ start: number; end: number }>,
): NumberMention[] {
  const relative = scanRelativeOrdinals(paragraph, base, new SpanSet(masked));
  if (!NUMBER_HINT.test(paragraph)) return relative;
  const ordinals = [...scanOrdinals(paragraph, base, new SpanSet(masked)), ...relative];
  const taken = new SpanSet([...masked, ...ordinals]);
  const figures = readFigures(paragraph).filter((f) => !taken.overlaps(f.start + base, f.end + base));
  const mentions: NumberMention[] = [];
  for (const figure of figures) {
    // "another 23 passengers", "a further 200", "three of them": part of a group, not the figure for the whole
    // ("another 30 days" extends a period: that is a figure of its own)
    const period = isDuration(figure.unit);
    const partial =
      (!period && /\b(?:another|a\s+further|an\s+additional|additional)\s+$/i.test(paragraph.slice(Math.max(0, figure.start - 20), figure.start))) ||
      /^\s+(?:extra|additional|more|further)\b/i.test(paragraph.slice(figure.end, figure.end + 14)) ||
      // "three of them in intensive care", "two of the dead": a part of a group counted elsewhere
      (figure.unit === null && /^\s+of\s+(?:them|those|these|whom|which|the|its|their|our)\b/i.test(paragraph.slice(figure.end, figure.end + 14)));
    const claim = !partial && (figure.unit !== null || /\baged\s+$/i.test(paragraph.slice(Math.max(0, figure.start - 8), figure.start)) || !isNotACount(paragraph, figure));
    const qualifier = readQualifier(paragraph, figure.start, lexicon);
    // "Kassell, aged 31": an age
    const unit = figure.unit ?? (/\baged\s+$/i.test(paragraph.slice(Math.max(0, figure.start - 8), figure.start)) ? 'year' : null);
    const start = qualifier ? figure.start - qualifier.length : figure.start;
    mentions.push({
      start: start + base,
      end: figure.end + base,
      value: applyQualifier(figure.value, qualifier?.kind ?? null, lexicon.approximateTolerance),
      unit,
      approximate: qualifier?.kind === 'approx',
      claim,
    });
  }
  const merged = absorbConversions(mergeDurations(mergeRanges(mentions, paragraph, base), paragraph, base), paragraph, base);
  return [...merged, ...ordinals].sort((a, b) => a.start - b.start);
}

// --- internal ---

const CARDINAL_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|and|a';
const ORDINAL = new RegExp(
  String.raw`\b(?<lead>(?:(?:${CARDINAL_WORDS})[\s-]+)*)(?:(?<digits>\d+)(?:st|nd|rd|th)|(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?<unit>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|nineth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|thousandth|millionth|billionth|trillionth))\b`,
  'gi',
);
const ORDINAL_UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, nineth: 9,
  hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9, trillionth: 1e12,
};
const SCALE_ORDINALS = new Set(['hundredth', 'thousandth', 'millionth', 'billionth', 'trillionth']);
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/**
 * "£40m (€46m)", "5-metre (16 ft)": a figure in brackets right after another is the same value
 * in other units. The first figure's mention takes in the brackets, and the converted figures
 * are no mentions of their own.
 */
function absorbConversions(mentions: NumberMention[], text: string, base: number): NumberMention[] {
  const out: NumberMention[] = [];
  let swallowUntil = -1;
  for (const mention of mentions) {
    if (mention.start < swallowUntil) continue;
    const after = /^\s?\((?=[^()]{0,40}\d)[^()]{1,40}\)/.exec(text.slice(mention.end - base));
    const inner = after ? mentions.find((m) => m.start > mention.end && m.start < mention.end + after[0].length) : undefined;
    if (after && inner && (mention.unit !== null || inner.unit !== null)) {
      swallowUntil = mention.end + after[0].length;
      out.push({ ...mention, end: swallowUntil });
    } else {
      out.push(mention);
    }
  }
  return out;
}

/**
 * Ordinals ("22nd", "second", "twenty-fifth", "one hundred twenty-fifth", "two hundredth") are
 * mentions, never claims: a rank is not a count.
 */
function scanOrdinals(text: string, base: number, taken: SpanSet): NumberMention[] {
  const out: NumberMention[] = [];
  for (const match of text.matchAll(ORDINAL)) {
    const g = match.groups ?? {};
    const lead = (g.lead ?? '').trim();
    const word = (g.word ?? '').toLowerCase();
    // "a fifth", "one-third", "one and a fourth", "a trillionth": fractions, not ranks
    if (/(?:^|\s)(?:a|an|and)$/i.test(lead) || /^one$/i.test(lead)) continue;
    if (word && !SCALE_ORDINALS.has(word) && /^(?:two|three|four|five|six|seven|eight|nine|ten)$/i.test(lead)) continue;
    if (word && !lead && /\b(?:a|an|\d+)[\s-]+$/i.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
    const leadValue = lead ? (readFigures(lead).at(-1)?.value ?? 0) : 0;
    const own = g.digits ? Number(g.digits) : g.tens ? (TENS[g.tens.toLowerCase()] ?? 0) + (ORDINAL_UNITS[(g.unit ?? '').toLowerCase()] ?? 0) : (ORDINAL_UNITS[word] ?? 0);
    // "two hundredth" is 200th; "one hundred twenty-fifth" is 125th
    const value = lead && SCALE_ORDINALS.has(word) ? (leadValue || 1) * own : leadValue + own;
    const start = match.index + base + (lead && !/\d/.test(lead) && leadValue > 0 ? 0 : (g.lead ?? '').length);
    const end = match.index + base + match[0].length;
    if (taken.overlaps(start, end)) continue;
    out.push({ start, end, value: { min: value, max: value }, unit: 'ordinal', approximate: false, claim: false });
  }
  return out;
}

/**
 * Positions counted from the end or from the current one: "the last", "the next one",
 * "penultimate", "the second to last". Ranks without a number of their own, so their value is
 * open; dates ("last week", "next Friday") have already taken theirs.
 */
const RELATIVE_ORDINAL =
  /\b(?:the\s+)?(?:one\s+before\s+the\s+last(?:\s+one)?|last\s+but\s+one|(?:next|second)\s+to\s+last|antepenultimate|penultimate|(?<word>last|next|previous|current)(?:\s+one\b)?)\b/giu;

function scanRelativeOrdinals(text: string, base: number, taken: SpanSet): NumberMention[] {
  const out: NumberMention[] = [];
  for (const match of text.matchAll(RELATIVE_ORDINAL)) {
    const word = (match.groups?.word ?? '').toLowerCase();
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 8);
    // "will last three days", "at last", "next to the station": a verb, an adverb, a place
    if (word === 'last' && (/\b(?:to|will|would|could|can|may|might|should|must|did|does|do|at)\s+$/i.test(before) || /^\s+(?:for|until|longer|through)\b/i.test(after))) continue;
    if (word === 'next' && /^\s+to\b/i.test(after)) continue;
    const start = match.index + base;
    const end = start + match[0].length;
    if (taken.overlaps(start, end)) continue;
    out.push({ start, end, value: { min: null, max: null }, unit: 'ordinal', approximate: false, claim: false });
  }
  return out;
}

const NUMBER_HINT = /\d|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\b(?:zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|quarter|third|lakh|crore|first|second|fifth|eighth|ninth|twelfth|[a-z]+ths?\b)/i;

function isNotACount(text: string, figure: Figure): boolean {
  if (figure.plainInteger) {
    // bare years are dates' business
    if (figure.value >= 1000 && figure.value <= 2199) return true;
    // list numbering: "1." or "2)" opening a line
    if (/^\s*$/.test(text.slice(0, figure.start)) && /^[.)]\s/.test(text.slice(figure.end))) return true;
    // a label such as "Article 19" or "Flight 370": a capitalised name just before, nothing counted after
    const before = /([\p{L}]+)\s$/u.exec(text.slice(Math.max(0, figure.start - 30), figure.start));
    const labelWord = before?.[1];
    if (labelWord && /^\p{Lu}/u.test(labelWord) && !(labelWord.toLowerCase() in MONTHS) && figure.start - labelWord.length - 1 > 0) {
      const charBeforeWord = text[figure.start - labelWord.length - 2] ?? '';
      if (!/[.!?“"]/.test(charBeforeWord) && !/^\s+\p{Ll}/u.test(text.slice(figure.end))) return true;
    }
  }
  return false;
}

function readQualifier(text: string, start: number, lexicon: Lexicon): { kind: QualifierKind; length: number } | null {
  const match = lexicon.qualifierPattern.exec(text.slice(Math.max(0, start - 40), start));
  const kind = match?.[1] ? lexicon.qualifiers.get(match[1].toLowerCase()) : undefined;
  return match && kind ? { kind, length: match[0].length } : null;
}

function applyQualifier(value: number, kind: QualifierKind | null, tolerance: number): NumberValue {
  switch (kind) {
    case 'lower':
      return { min: value, max: null };
    case 'upper':
      return { min: null, max: value };
    case 'near':
      return { min: round(value * (1 - tolerance)), max: value };
    case 'approx':
      return { min: round(value * (1 - tolerance)), max: round(value * (1 + tolerance)) };
    default:
      return { min: value, max: value };
  }
}

function round(value: number): number {
  return Number(value.toPrecision(12));
}

/** "four years and six months", "2 hours 30 minutes": one duration, in the larger unit. */
function mergeDurations(mentions: NumberMention[], text: string, base: number): NumberMention[] {
  const out: NumberMention[] = [];
  for (const mention of mentions) {
    const previous = out[out.length - 1];
    const larger = previous?.unit ? UNITS_BY_SYMBOL.get(previous.unit) : undefined;
    const smaller = mention.unit ? UNITS_BY_SYMBOL.get(mention.unit) : undefined;
    const gap = previous ? text.slice(previous.end - base, mention.start - base) : '';
    const { min, max } = mention.value;
    // (the smaller part is less than one of the larger unit: "two years and 18 months" are two durations)
    const part = previous && larger?.dimension === 'time' && smaller?.dimension === 'time' && min !== null && min === max && min * smaller.factor < larger.factor;
    if (previous && part && /^,?\s*(?:and\s+)?$/.test(gap)) {
      const add = (n: number | null) => (n === null ? null : round(n + (min * smaller.factor) / larger.factor));
      out[out.length - 1] = { ...previous, end: mention.end, value: { min: add(previous.value.min), max: add(previous.value.max) } };
      continue;
    }
    out.push(mention);
  }
  return out;
}

/** "between 30 and 40", "30 to 40", "40 - 50" are one range, not two figures ("7-2" is a tally: two). */
function mergeRanges(mentions: NumberMention[], text: string, base: number): NumberMention[] {
  const out: NumberMention[] = [];
  for (const mention of mentions) {
    const previous = out[out.length - 1];
    if (previous) {
      const gap = text.slice(previous.end - base, mention.start - base);
      const lead = text.slice(Math.max(0, previous.start - base - 8), previous.start - base);
      const worded = /^\s+(and|to)\s+$/i.test(gap) && /\b(between|from)\s+$/i.test(lead);
      const bare = /^\s*(?:-|–|—)\s*$|^\s+to\s+$/.test(gap) && previous.unit === null && (mention.value.min ?? 0) > (previous.value.max ?? Infinity);
      if ((worded || bare) && previous.value.min === previous.value.max) {
        out[out.length - 1] = {
          start: previous.start - (worded ? (/\b(between|from)\s+$/i.exec(lead)?.[0].length ?? 0) : 0),
          end: mention.end,
          value: { min: previous.value.min, max: mention.value.max },
          unit: mention.unit ?? previous.unit,
          approximate: false,
          claim: previous.claim || mention.claim,
        };
        continue;
      }
    }
    out.push(mention);
  }
  return out;
}
