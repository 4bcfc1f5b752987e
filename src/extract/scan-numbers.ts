import { MONTHS } from '../data/calendar.js';
import type { QualifierKind } from '../data/qualifiers.js';
import type { Lexicon } from '../lexicon.js';
import type { NumberValue } from '../types.js';
import { readFigures, type Figure } from './number-grammar.js';

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
  if (!NUMBER_HINT.test(paragraph)) return [];
  const figures = readFigures(paragraph).filter((f) => !masked.some((span) => f.start + base < span.end && f.end + base > span.start));
  const mentions: NumberMention[] = [];
  for (const figure of figures) {
    // "another 23 passengers", "a further 200": part of a group, not the figure for the whole
    const partial = /\b(?:another|a\s+further|an\s+additional|additional)\s+$/i.test(paragraph.slice(Math.max(0, figure.start - 20), figure.start));
    const claim = !partial && (figure.unit !== null || !isNotACount(paragraph, figure));
    const qualifier = readQualifier(paragraph, figure.start, lexicon);
    const start = qualifier ? figure.start - qualifier.length : figure.start;
    mentions.push({
      start: start + base,
      end: figure.end + base,
      value: applyQualifier(figure.value, qualifier?.kind ?? null, lexicon.approximateTolerance),
      unit: figure.unit,
      approximate: qualifier?.kind === 'approx',
      claim,
    });
  }
  return mergeRanges(mentions, paragraph, base);
}

// --- internal ---

const NUMBER_HINT = /\d|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\b(?:zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|quarter|third|lakh|crore)/i;

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
