import { SCALES, SMALL_NUMBERS } from '../data/number-words.js';

/** A number written in words, split where English would not join the words into one figure. */
export interface WordNumber {
  /** Index of the first and one past the last word of the figure in the input list. */
  from: number;
  to: number;
  value: number;
}

/**
 * Reads a run of number words ("five", "million", "and", "two", "hundred") into figures.
 * "and" joins only inside a figure ("two hundred and fifty"); after a completed scale it
 * starts a new figure unless what follows is smaller and scale-free ("two thousand and five").
 */
export function parseNumberWords(words: string[]): WordNumber[] {
  const out: WordNumber[] = [];
  let from = 0;
  let total = 0;
  let current = 0;
  let seen = false;
  let lastScale = Infinity;

  const flush = (to: number) => {
    if (seen) out.push({ from, to, value: total + current });
    total = 0;
    current = 0;
    seen = false;
    lastScale = Infinity;
  };

  for (let i = 0; i < words.length; i++) {
    const word = (words[i] as string).toLowerCase();
    if (word === 'and') {
      if (!seen || !joinsAcrossAnd(words, i)) {
        flush(i);
        from = i + 1;
      }
      continue;
    }
    if (word === 'a' || word === 'an') {
      if (seen) flush(i);
      from = i;
      continue;
    }
    const small = SMALL_NUMBERS[word];
    const scale = word === 'dozen' ? 12 : SCALES[word];
    if (small !== undefined) {
      // "twenty five" continues, "five six" does not
      if (seen && current % 10 !== 0 && current < 100) {
        flush(i);
        from = i;
      } else if (seen && current >= 20 && current < 100 && small >= 10) {
        flush(i);
        from = i;
      }
      current += small;
      seen = true;
    } else if (scale !== undefined) {
      if (!seen) current = 1;
      if (scale >= 1000 && scale >= lastScale) {
        flush(i);
        from = i;
        current = 1;
      }
      if (scale === 100 || scale === 12) {
        current *= scale;
      } else {
        total += current * scale;
        current = 0;
        lastScale = scale;
      }
      seen = true;
    } else {
      flush(i);
      from = i + 1;
    }
  }
  flush(words.length);
  return out;
}

// --- internal ---

function joinsAcrossAnd(words: string[], andIndex: number): boolean {
  const before = (words[andIndex - 1] ?? '').toLowerCase();
  if (before === 'hundred') return true;
  if (!(before in SCALES)) return false;
  const rest = words.slice(andIndex + 1).map((w) => w.toLowerCase());
  const restScales = rest.filter((w) => w in SCALES);
  return rest.length > 0 && restScales.every((w) => w === 'hundred') && rest.every((w) => w in SMALL_NUMBERS || w === 'hundred');
}
