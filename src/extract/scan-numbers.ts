import { MONTHS } from '../data/calendar.js';
import { CURRENCY_SYMBOLS, SCALES, SCALE_SUFFIXES, SMALL_NUMBERS } from '../data/number-words.js';
import type { QualifierKind } from '../data/qualifiers.js';
import type { Lexicon } from '../lexicon.js';
import { parseNumberWords } from './parse-number-words.js';
import type { NumberValue } from '../types.js';

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
  const digits = scanDigits(paragraph);
  // "5 million" is one figure: the word scan's lone "million" inside it is dropped
  const words = scanWords(paragraph).filter((w) => !digits.some((d) => w.start < d.end && w.end > d.start));
  const raw = [...digits, ...words]
    .filter((m) => !masked.some((span) => m.start + base < span.end && m.end + base > span.start))
    .sort((a, b) => a.start - b.start);
  const mentions: NumberMention[] = [];
  for (const figure of raw) {
    const unit = readUnit(paragraph, figure.end);
    const claim = Boolean(unit) || !isNotACount(paragraph, figure);
    const end = figure.end + (unit?.length ?? 0);
    const qualifier = readQualifier(paragraph, figure.start, lexicon);
    const start = qualifier ? figure.start - qualifier.length : figure.start;
    mentions.push({
      start: start + base,
      end: end + base,
      value: applyQualifier(figure.value, qualifier?.kind ?? null, lexicon.approximateTolerance),
      unit: unit?.unit ?? figure.currency,
      approximate: qualifier?.kind === 'approx',
      claim,
    });
  }
  return mergeRanges(mentions, paragraph, base);
}

// --- internal ---

interface RawFigure {
  start: number;
  end: number;
  value: number;
  currency: string | null;
  fromWords: boolean;
  plainInteger: boolean;
}

const DIGITS = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,/:#\-–])(?:(US\$|[$£€¥])\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)` +
    String.raw`(?:(bn|mn|mln|tn|[kmb])(?![\p{L}\p{N}]))?(?:[\s-]+(hundred|thousand|million|billion|trillion)s?\b)?`,
  'gu',
);

const NUMBER_WORD = [...Object.keys(SMALL_NUMBERS), ...Object.keys(SCALES), 'dozen']
  .sort((a, b) => b.length - a.length)
  .join('|');
const WORD_RUN = new RegExp(
  String.raw`\b(?:an?\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?(?:${NUMBER_WORD})(?:(?:\s+|-)(?:and\s+)?(?:${NUMBER_WORD}))*\b`,
  'giu',
);

function scanDigits(text: string): RawFigure[] {
  const out: RawFigure[] = [];
  for (const match of text.matchAll(DIGITS)) {
    const [whole, symbol, digits, suffix, scaleWord] = match;
    const start = match.index;
    const end = start + whole.length;
    if (/^[\p{L}\p{N}]/u.test(text.slice(end)) || /^[:/]\d/.test(text.slice(end))) continue;
    const plain = (digits as string).replace(/,/g, '');
    const exponent = Math.log10(
      (suffix ? (SCALE_SUFFIXES[suffix.toLowerCase()] ?? 1) : 1) * (scaleWord ? (SCALES[scaleWord.toLowerCase()] ?? 1) : 1),
    );
    // "4.35e6" parses exactly where 4.35 * 1e6 would not
    const value = Number(`${plain}e${Math.round(exponent)}`);
    if (!Number.isFinite(value)) continue;
    out.push({
      start,
      end: end - (whole.endsWith(' ') ? 1 : 0),
      value,
      currency: symbol ? (CURRENCY_SYMBOLS[symbol] ?? null) : null,
      fromWords: false,
      plainInteger: !symbol && !suffix && !scaleWord && /^\d+$/.test(digits as string),
    });
  }
  return out;
}

function scanWords(text: string): RawFigure[] {
  const out: RawFigure[] = [];
  for (const match of text.matchAll(WORD_RUN)) {
    const words = [...match[0].matchAll(/[\p{L}]+/gu)];
    for (const figure of parseNumberWords(words.map((w) => w[0]))) {
      const first = words[figure.from];
      const last = words[figure.to - 1];
      if (!first || !last) continue;
      const lone = figure.to - figure.from === 1 ? first[0].toLowerCase() : null;
      // a lone "one" or "a" is an article, not a figure
      if (lone === 'one' || lone === 'zero' || first[0].toLowerCase() === 'a' && figure.to - figure.from === 1) continue;
      const start = match.index + (first.index ?? 0);
      out.push({
        start,
        end: match.index + (last.index ?? 0) + last[0].length,
        value: figure.value,
        currency: null,
        fromWords: true,
        plainInteger: false,
      });
    }
  }
  return out;
}

const UNIT_AFTER: Array<[RegExp, string]> = [
  [/^\s?%/, 'percent'],
  [/^\s+per\s?cent\b/i, 'percent'],
  [/^\s+percentage points?\b/i, 'percentage point'],
  [/^-?\s?fold\b/i, 'fold'],
  [/^-years?-old\b/i, 'year'],
  [/^\s+years?\s+old\b/i, 'year'],
];

function readUnit(text: string, end: number): { unit: string; length: number } | null {
  const rest = text.slice(end, end + 24);
  for (const [pattern, unit] of UNIT_AFTER) {
    const match = pattern.exec(rest);
    if (match) return { unit, length: match[0].length };
  }
  return null;
}

function isNotACount(text: string, figure: RawFigure): boolean {
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

/** "between 30 and 40" is one range, not two figures. */
function mergeRanges(mentions: NumberMention[], text: string, base: number): NumberMention[] {
  const out: NumberMention[] = [];
  for (const mention of mentions) {
    const previous = out[out.length - 1];
    if (previous) {
      const gap = text.slice(previous.end - base, mention.start - base);
      const lead = text.slice(Math.max(0, previous.start - base - 8), previous.start - base);
      if (/^\s+(and|to)\s+$/i.test(gap) && /\b(between|from)\s+$/i.test(lead) && previous.value.min === previous.value.max) {
        out[out.length - 1] = {
          start: previous.start - (/\b(between|from)\s+$/i.exec(lead)?.[0].length ?? 0),
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
