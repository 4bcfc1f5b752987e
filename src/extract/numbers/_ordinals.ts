import { ORDINALS, SCALE_ORDINALS, SCALES, SMALL_NUMBERS, TENS, UNIT_ORDINALS } from '../../data/number-words.js';
import { cardinalOf, ordinalOf } from '../number-words.js';
import type { SpanSet } from '../spans.js';
import { readFigures } from './read-figures.js';
import type { NumberMention } from './number-mention.js';

/** Number words that may lead an ordinal ("three hundred forty-first", "a hundredth"). */
const CARDINAL_WORDS = [...Object.keys(SMALL_NUMBERS).filter((w) => w !== 'zero'), ...Object.keys(SCALES), 'and', 'a'].join('|');
const ORDINAL = new RegExp(
  String.raw`\b(?<lead>(?:(?:${CARDINAL_WORDS})[\s-]+)*)(?:(?<digits>\d+)(?:st|nd|rd|th)|(?<tens>${TENS.join('|')})[\s-](?<unit>${UNIT_ORDINALS.join('|')})|(?<word>${Object.keys(ORDINALS).join('|')}))\b`,
  'gi',
);
const SCALE_ORDINAL = new Set(SCALE_ORDINALS);

/**
 * Ordinals ("31st", "second", "twenty-fourth", "three hundred forty-first", "four hundredth") are
 * mentions, never claims: a rank is not a count.
 */
export function scanOrdinals(text: string, base: number, taken: SpanSet): NumberMention[] {
  const out: NumberMention[] = [];
  for (const match of text.matchAll(ORDINAL)) {
    const g = match.groups ?? {};
    const lead = (g.lead ?? '').trim();
    const word = (g.word ?? '').toLowerCase();
    // "a fifth", "one-third", "one and a sixth", "a trillionth": fractions, not ranks
    if (/(?:^|\s)(?:a|an|and)$/i.test(lead) || /^one$/i.test(lead)) continue;
    if (word && !SCALE_ORDINAL.has(word) && /^(?:two|three|four|five|six|seven|eight|nine|ten)$/i.test(lead)) continue;
    if (word && !lead && /\b(?:a|an|\d+)[\s-]+$/i.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
    const leadValue = lead ? (readFigures(lead).at(-1)?.value ?? 0) : 0;
    const own = g.digits ? Number(g.digits) : g.tens ? (cardinalOf(g.tens) ?? 0) + (ordinalOf(g.unit ?? '') ?? 0) : (ordinalOf(word) ?? 0);
    // "four hundredth" is 400th; "three hundred forty-first" is 341st
    const value = lead && SCALE_ORDINAL.has(word) ? (leadValue || 1) * own : leadValue + own;
    const start = match.index + base + (lead && !/\d/.test(lead) && leadValue > 0 ? 0 : (g.lead ?? '').length);
    const end = match.index + base + match[0].length;
    if (taken.overlaps(start, end)) continue;
    out.push({ start, end, value: { min: value, max: value }, unit: 'ordinal', approximate: false, claim: false });
  }
  return out;
}

/**
 * Positions counted from the end or from the current one: "the last", "the next one",
 * "penultimate", "the next to last". Ranks without a number of their own, so their value is
 * open; dates ("last week", "next Friday") have already taken theirs.
 */
const RELATIVE_ORDINAL =
  /\b(?:the\s+)?(?:one\s+before\s+the\s+last(?:\s+one)?|last\s+but\s+one|(?:next|second)\s+to\s+last|antepenultimate|penultimate|(?<word>last|next|previous|current)(?:\s+one\b)?)\b/giu;

export function scanRelativeOrdinals(text: string, base: number, taken: SpanSet): NumberMention[] {
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

