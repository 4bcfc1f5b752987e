import type { QualifierKind } from '../../data/qualifiers.js';
import type { Lexicon } from '../../lexicon.js';
import type { NumberValue } from '../../types.js';

export function readQualifier(text: string, start: number, lexicon: Lexicon): { kind: QualifierKind; length: number } | null {
  const match = lexicon.qualifierPattern.exec(text.slice(Math.max(0, start - 40), start));
  const kind = match?.[1] ? lexicon.qualifiers.get(match[1].toLowerCase()) : undefined;
  return match && kind ? { kind, length: match[0].length } : null;
}

export function applyQualifier(value: number, kind: QualifierKind | null, tolerance: number): NumberValue {
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

export function round(value: number): number {
  return Number(value.toPrecision(12));
}

