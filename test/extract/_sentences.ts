import { parseSentencesFast } from '../../src/extract/fast-tagger.js';
import type { Sentence } from '../../src/extract/tokens.js';
import type { MentionSlot } from '../../src/extract/subjects/types.js';

/**
 * The first sentence of a text, tagged, and a slot for each given mention: `['14']` is a plain
 * figure, `['May 3', 'date']` a date, `['5%', 'number', 'percent']` a figure with its unit.
 */
export function sentenceWith(text: string, mentions: Array<[string, MentionSlot['kind']?, string?]>): { sentence: Sentence; slots: MentionSlot[] } {
  const sentence = parseSentencesFast(text, 0)[0] as Sentence;
  const slots = mentions.map(([surface, kind = 'number', unit = null]) => {
    const start = text.indexOf(surface);
    if (start < 0) throw new Error(`no "${surface}" in "${text}"`);
    return { kind, start, end: start + surface.length, unit };
  });
  return { sentence, slots };
}
