import {
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DENOMINATORS,
  EXTRA_SCALES,
  SCALE_LETTERS,
  SCALES,
  SMALL_NUMBERS,
  VULGAR_FRACTIONS,
  ZERO_WORDS,
} from '../data/number-words.js';
import { GLUED_ONLY, UNIT_SPELLINGS } from '../data/units.js';

/** A figure read from text, before anything is known of what it counts. */
export interface Figure {
  start: number;
  end: number;
  value: number;
  /** "percent", "percentage point", "fold", "year" (ages), an ISO currency code, "cent"; null for a plain count. */
  unit: string | null;
  /** Digits alone ("2019", "19"): could be a year, a label or a list number. */
  plainInteger: boolean;
}

/**
 * Reads every figure of a text: numerals with separators (1,200; 12,34,567; 1.111,11; 1 234 567),
 * decimals and exponents (.08, 1.3e6, 1.3x10^6), number words of any size with "and", "point"
 * and fractions ("three hundred and two dozens", "two hundred point zero three", "five and a
 * half million", "two thirds of a million"), digits mixed with words ("4 thousand 3 hundred
 * and 21"), scale letters ("10k", "$40m", "10 bln"), signs ("-4/5", "minus five"), fractions
 * ("3/4", "2 1/4", "⅔", "one in four"), and the unit around them (%, percent, "percent of 10",
 * currency signs, codes and words, "-fold", "-year-old"). Neighbouring figures stay apart.
 */
export function readFigures(text: string): Figure[] {
  const tokens = lex(text);
  const figures: Figure[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phrase = readPhrase(tokens, i, text);
    if (phrase) {
      figures.push(phrase.figure);
      i = phrase.next;
    } else {
      i++;
    }
  }
  return figures;
}

// --- internal ---

interface Tok {
  kind: 'num' | 'word' | 'sym';
  text: string;
  lower: string;
  start: number;
  end: number;
  /** For numerals. */
  value: number;
  plain: boolean;
}

const LEX = new RegExp(
  [
    String.raw`(\d+(?:\.\d+){2,})`, // 192.168.1.2: several numbers
    String.raw`(\d{1,3}(?:\.\d{3})+,\d+)`, // 1.111,11
    String.raw`(\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?)`, // 12,34,567.89
    String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?)`, // 1,234,567.5
    String.raw`((?:\d+(?:\.\d+)?|(?<![\p{L}\p{N}])\.\d+)(?:[eE][-+]?\d+)?)`, // 5, 5.5, .08, 1.3e6
    String.raw`([\p{L}\p{M}]+)`,
    String.raw`([^\s\p{L}\p{Nd}])`, // punctuation, signs, and vulgar fractions (Unicode No)
  ].join('|'),
  'gu',
);

function lex(text: string): Tok[] {
  const out: Tok[] = [];
  const num = (s: string, start: number, value: number, plain: boolean) =>
    out.push({ kind: 'num', text: s, lower: s, start, end: start + s.length, value, plain });
  for (const m of text.matchAll(LEX)) {
    const [whole, dotted, european, indian, grouped, plain, word] = m;
    const start = m.index;
    if (dotted) {
      let at = start;
      for (const part of dotted.split('.')) {
        num(part, at, Number(part), true);
        at += part.length + 1;
      }
    } else if (european) num(whole, start, Number(european.replace(/\./g, '').replace(',', '.')), false);
    else if (indian || grouped) num(whole, start, Number(whole.replace(/,/g, '')), false);
    else if (plain) num(whole, start, Number(plain), /^\d+$/.test(plain));
    else if (word) out.push({ kind: 'word', text: whole, lower: whole.toLowerCase(), start, end: start + whole.length, value: NaN, plain: false });
    else out.push({ kind: 'sym', text: whole, lower: whole, start, end: start + whole.length, value: NaN, plain: false });
  }
  return out;
}

/** Whether two tokens are close enough to be one phrase: spaces, or a hyphen, between them. */
/** "- 32 Kenyans" opening a line: a list's bullet, not a minus sign. */
function isBullet(text: string, dash: Tok, next: Tok | undefined): boolean {
  const lineStart = text.lastIndexOf('\n', dash.start - 1) + 1;
  return next !== undefined && next.start > dash.end && /^[ \t]*$/.test(text.slice(lineStart, dash.start));
}

function joined(text: string, a: Tok | undefined, b: Tok | undefined): boolean {
  if (!a || !b) return false;
  const gap = text.slice(a.end, b.start);
  return /^[ \t\u00a0]{0,3}$/.test(gap);
}

const SCALE_WORDS: Record<string, number> = { ...SCALES, ...EXTRA_SCALES };
const DOZENS = new Set(['dozen', 'dozens', 'doz', 'dozs', 'dz', 'dzs']);

function smallValue(t: Tok | undefined): number | undefined {
  if (!t || t.kind !== 'word') return undefined;
  if (ZERO_WORDS.includes(t.lower)) return 0;
  return SMALL_NUMBERS[t.lower];
}

interface Phrase {
  figure: Figure;
  next: number;
}

/**
 * Numerals that are parts of something else: ordinals and codes ("22nd", "MH17", "F-16",
 * "Covid-19"), clock times ("10:30"); scale letters and units glued on ("10k", "5%") are fine.
 */
function isPartOfWord(tokens: Tok[], i: number, text: string): boolean {
  const t = tokens[i] as Tok;
  if (t.kind !== 'num') return false;
  const before = text.slice(Math.max(0, t.start - 2), t.start);
  const previous = tokens[i - 1];
  const code = previous?.kind === 'word' && previous.end === t.start && CURRENCY_WORDS[previous.lower.slice(-3)] !== undefined && /^M?[A-Z]{3}$/.test(previous.text);
  if (!code && (/[\p{L}]$/u.test(before) || /[\p{L}][-–]$/u.test(before) || /\d[:]$/.test(before))) return true;
  const next = tokens[i + 1];
  if (next && next.start === t.end) {
    if (next.text === ':' && tokens[i + 2]?.kind === 'num' && tokens[i + 2]?.start === next.end) return true;
    const allowed =
      SCALE_LETTERS[next.text] || CURRENCY_WORDS[next.lower] || UNIT_SPELLINGS.has(next.lower) || /^M?[A-Z]{3}$/.test(next.text) || /^(dzs?|dozs?)$/.test(next.lower) || (next.lower === 'x' && tokens[i + 2]?.text === '10');
    if (next.kind === 'word' && !allowed) return true;
  }
  return false;
}

/**
 * Whether the last character before `at`, white space skipped, is a letter or a digit: what
 * /[\p{L}\p{N}]\s*$/u tests on text.slice(0, at), without scanning the whole prefix (that made
 * a 5 MB one-paragraph article take minutes; robustness fix, issue 7).
 */
function wordCharBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/u.test(text[i] as string)) i--;
  if (i < 0) return false;
  const low = text.charCodeAt(i);
  const from = low >= 0xdc00 && low <= 0xdfff && i > 0 ? i - 1 : i;
  return /^[\p{L}\p{N}]$/u.test(text.slice(from, i + 1));
}

function readPhrase(tokens: Tok[], i: number, text: string): Phrase | null {
  if (isPartOfWord(tokens, i, text)) return null;
  let at = i;
  let sign = 1;
  let currency: string | null = null;
  let scaleLetters = 1;
  const first = tokens[at] as Tok;
  const start = first.start;

  // "percent of 10", "per cent of twenty-two"
  const percentFirst = readPercentOf(tokens, at, text);
  if (percentFirst) return percentFirst;

  // sign: "-1", "- 1 4/5", "minus five", "negative one"
  const signed = tokens[at + 1];
  // a dash after a figure is a range ("40 - 50"), not a sign
  if ((first.text === '-' || first.text === '−') && !wordCharBefore(text, first.start) && joined(text, first, signed) && !isBullet(text, first, signed) && (signed?.kind === 'num' || smallValue(signed) !== undefined)) {
    sign = -1;
    at++;
  } else if ((first.lower === 'minus' || first.lower === 'negative') && joined(text, first, tokens[at + 1])) {
    sign = -1;
    at++;
  }
  // currency before: "$ 75 million", "US$", "c $ 16.4", "hk $ 10.05", "£8.10", "USD115", "MAUD 60"
  const prefix = readCurrencyPrefix(tokens, at, text);
  if (prefix) {
    currency = prefix.code;
    scaleLetters = prefix.scale;
    at = prefix.next;
  }
  const quantity = readQuantity(tokens, at, text, currency !== null);
  if (!quantity) return null;
  let value = quantity.value * scaleLetters;
  let next = quantity.next;
  let unit: string | null = currency;
  let end = (tokens[next - 1] as Tok).end;

  // a fraction written with "over", "out of" or "in": "one over three", "1 in twenty-one"
  const ratio = readRatio(tokens, next, text, value);
  if (ratio) {
    value = ratio.value;
    next = ratio.next;
    end = (tokens[next - 1] as Tok).end;
  }

  const after = readUnitAfter(tokens, next, text, currency);
  if (after) {
    if (after.scale) value *= after.scale;
    if (after.unit) unit = after.unit;
    if (after.cents !== undefined) value += after.cents / 100;
    next = after.next;
    end = (tokens[next - 1] as Tok).end;
  }
  if (!Number.isFinite(value)) return null;
  // "one in four", "a third", "3/4": a share of something, never a count of it
  if (unit === null && (ratio || (value > 0 && value < 1 && !/\.\d/.test(text.slice(start, end))))) unit = 'fraction';
  const plainInteger = quantity.plain && sign === 1 && !currency && !unit && scaleLetters === 1 && !after?.scale;
  if (quantity.loneArticle && !unit && !after?.scale && sign === 1) return null;
  return { figure: { start: sign === -1 || prefix ? start : (tokens[at] as Tok).start, end, value: sign * value, unit, plainInteger }, next };
}

function readPercentOf(tokens: Tok[], at: number, text: string): Phrase | null {
  const t = tokens[at];
  if (!t || !/^(percents?|percentage)$/.test(t.lower) && !(t.lower === 'per' && tokens[at + 1]?.lower === 'cent')) return null;
  let k = t.lower === 'per' ? at + 2 : at + 1;
  if (tokens[k]?.lower !== 'of' || !joined(text, tokens[k - 1], tokens[k])) return null;
  k++;
  const quantity = readQuantity(tokens, k, text, false);
  if (!quantity || !joined(text, tokens[k - 1], tokens[k])) return null;
  return { figure: { start: t.start, end: (tokens[quantity.next - 1] as Tok).end, value: quantity.value, unit: 'percent', plainInteger: false }, next: quantity.next };
}

function readCurrencyPrefix(tokens: Tok[], at: number, text: string): { code: string; scale: number; next: number } | null {
  const t = tokens[at];
  const next = tokens[at + 1];
  if (!t) return null;
  if (t.kind === 'sym' && CURRENCY_SYMBOLS[t.text] && next && joined(text, t, next)) return { code: CURRENCY_SYMBOLS[t.text] as string, scale: 1, next: at + 1 };
  // "US$", "c $", "hk $", "a$"
  const symbol = tokens[at + 1];
  if (t.kind === 'word' && t.text.length <= 2 && symbol?.text === '$' && joined(text, t, symbol) && joined(text, symbol, tokens[at + 2])) {
    const code = { us: 'USD', c: 'CAD', ca: 'CAD', hk: 'HKD', a: 'AUD', au: 'AUD', nz: 'NZD', s: 'SGD' }[t.lower];
    if (code) return { code, scale: 1, next: at + 2 };
  }
  // "USD115", "USD 50", "MEUR 120", "MAUD 60"
  if (t.kind === 'word' && (/^M?[A-Z]{3}$/.test(t.text) || (/^[a-z]{3}$/.test(t.text) && next?.kind === 'num')) && next && joined(text, t, next) && (next.kind === 'num' || smallValue(next) !== undefined)) {
    const code = t.text.length === 4 ? t.text.slice(1) : t.text;
    const iso = CURRENCY_WORDS[code.toLowerCase()];
    // a lower-case prefix must be a code ("usd 20", "rmb 10"), not a word such as "won"
    const isCode = /^[A-Z]/.test(t.text) || iso?.toLowerCase() === code || code === 'rmb';
    if (iso && isCode && iso !== 'cent' && iso !== 'GBp') return { code: iso, scale: t.text.length === 4 ? 1e6 : 1, next: at + 1 };
  }
  return null;
}

interface Quantity {
  value: number;
  next: number;
  plain: boolean;
  /** A lone "one" or "a": an article, not a figure, unless a unit follows. */
  loneArticle: boolean;
}

/** The core of a figure: numerals and number words, with scales, "and", "point" and fractions. */
function readQuantity(tokens: Tok[], i: number, text: string, afterCurrency: boolean): Quantity | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let lastScale = Infinity;
  let previousWasScale = false;
  let pendingAnd = false;
  let andAfterScale = 0;
  // the state before an "and", to fall back to when the words after it prove to be a new figure
  let beforeAnd: { total: number; current: number; j: number } | null = null;
  let lastWasScaleWord = false;
  // what came since the last "and": the numerator of a fraction after it ("one hundred and three quarters")
  let sinceAnd = 0;
  let andSeen = false;
  let words = 0;
  let numerals = 0;
  let j = i;
  let plain = false;

  const canJoin = (k: number) => k === i || joined(text, tokens[k - 1], tokens[k]) || (tokens[k - 1]?.text === '-' && joined(text, tokens[k - 2], tokens[k - 1]));
  while (j < tokens.length) {
    const t = tokens[j] as Tok;
    if (!canJoin(j)) break;
    if (t.kind === 'sym' && t.text === '-' && seen && tokens[j + 1]?.kind === 'word' && joined(text, t, tokens[j + 1])) {
      j++;
      continue;
    }
    if (t.kind === 'num') {
      const fraction = readSlashFraction(tokens, j, text);
      if (fraction) {
        if (seen && (previousWasScale || pendingAnd || current === 0)) break;
        current = (seen ? current : 0) + fraction.value;
        seen = true;
        numerals++;
        j = fraction.next;
        break;
      }
      if (seen && !(pendingAnd || previousWasScale)) {
        // "1 234 567", "40 000": thousands written with spaces
        if (numerals > 0 && words === 0 && !pendingAnd && /^\d{3}(?:\.\d+)?$/.test(t.text) && /^\d{1,3}$/.test((tokens[j - 1] as Tok).text) && text.slice((tokens[j - 1] as Tok).end, t.start) === ' ') {
          current = current * 1000 + t.value;
          j++;
          continue;
        }
        break;
      }
      if (seen && pendingAnd && (!beforeAnd || t.value >= Math.min(lastScale, 1000)) && !tokens.slice(j + 1, j + 3).some((x) => DENOMINATORS[x.lower] !== undefined)) break;
      if (seen && !pendingAnd && t.value >= lastScale) break;
      current = seen ? current + t.value : t.value;
      sinceAnd += t.value;
      plain = !seen && t.plain;
      seen = true;
      numerals++;
      previousWasScale = false;
      lastWasScaleWord = false;
      pendingAnd = false;
      j++;
      // a scale letter glued or spaced after digits: "10k", "2.33 k", "10 bln", "1,674.5 G"
      const letters = tokens[j];
      if (letters && letters.kind === 'word' && canJoin(j) && SCALE_LETTERS[letters.text] && (!/^[bBT]$/.test(letters.text) || afterCurrency || letters.start === t.end) && !(letters.text === 'mm' && !afterCurrency)) {
        if (!/^[a-z]$/.test(letters.text) || t.end === letters.start || letters.text === 'k') {
          current *= SCALE_LETTERS[letters.text] as number;
          plain = false;
          j++;
        }
      } else if (letters && letters.kind === 'word' && letters.text === 'm' && afterCurrency && t.end === letters.start) {
        current *= 1e6;
        j++;
      }
      continue;
    }
    if (t.kind === 'sym') {
      const vulgar = VULGAR_FRACTIONS[t.text];
      if (vulgar !== undefined) {
        current += vulgar;
        seen = true;
        j++;
        continue;
      }
      // "1.3x10^6", "1.1^23", "2.5^-1"
      if (t.text === '^' && seen && numerals > 0) {
        const power = readPower(tokens, j, text);
        if (power === null) break;
        current = Math.pow(current, power.exponent);
        j = power.next;
        continue;
      }
      break;
    }
    const lower = t.lower;
    if (lower === 'x' && seen && tokens[j + 1]?.text === '10' && tokens[j + 2]?.text === '^') {
      const power = readPower(tokens, j + 2, text);
      if (power === null) break;
      current *= Math.pow(10, power.exponent);
      j = power.next;
      continue;
    }
    const small = smallValue(t);
    if (small !== undefined) {
      if (seen && !pendingAnd && !lastWasScaleWord) {
        // "twenty one", "twenty-one", "two hundred fifty-four"; "five six" are two figures
        if (!(sinceAnd % 100 >= 20 && sinceAnd % 10 === 0 && small < 10 && small > 0)) break;
      }
      if (seen && pendingAnd && beforeAnd && small >= Math.min(lastScale, 1000)) break;
      current += small;
      sinceAnd += small;
      seen = true;
      words++;
      previousWasScale = false;
      lastWasScaleWord = false;
      pendingAnd = false;
      j++;
      continue;
    }
    if (lower === 'point' && seen && Number.isInteger(current)) {
      const decimal = readPointDigits(tokens, j + 1, text);
      if (!decimal) break;
      current += decimal.value;
      j = decimal.next;
      continue;
    }
    if (DOZENS.has(lower)) {
      if (!seen && !/^(a|an|half)$/.test(tokens[j - 1]?.lower ?? '')) break;
      // "three hundred and two dozens": only what follows the "and" is counted in dozens
      current = sinceAnd > 0 && sinceAnd !== current ? current - sinceAnd + sinceAnd * 12 : (seen ? current || 1 : 1) * 12;
      seen = true;
      words++;
      j++;
      continue;
    }
    const scale = SCALE_WORDS[lower];
    if (scale !== undefined) {
      // a scale opens a figure at the start ("hundred thousand dollars") or after "a" ("a million")
      if (!seen && j > i && !/^(a|an)$/.test(tokens[j - 1]?.lower ?? '')) break;
      // "one million and 727 thousand" is two figures, "one billion and three quarters million" one
      if (scale >= 1000 && andAfterScale && beforeAnd && !(current > 0 && current < 1)) {
        total = beforeAnd.total;
        current = beforeAnd.current;
        j = beforeAnd.j;
        break;
      }
      if (scale === 100 && beforeAnd && sinceAnd > 0) {
        total = beforeAnd.total;
        current = beforeAnd.current;
        j = beforeAnd.j;
        break;
      }
      const value = seen ? current || (andAfterScale ? 0 : 1) : 1;
      if (scale === 100) {
        current = value * 100;
      } else if (previousWasScale && scale > lastScale) {
        total = (total + current) * scale;
        current = 0;
        lastScale = scale;
      } else {
        if (scale >= lastScale) break;
        total += (andAfterScale && current > 0 && current < 1 ? current : value) * scale;
        current = 0;
        lastScale = scale;
        andAfterScale = 0;
      }
      sinceAnd = 0;
      seen = true;
      words++;
      previousWasScale = scale >= 1000;
      lastWasScaleWord = true;
      pendingAnd = false;
      j++;
      continue;
    }
    if (lower === 'and' && seen) {
      const following = tokens[j + 1];
      const numeric = following && (following.kind === 'num' || smallValue(following) !== undefined || /^(a|an|one|half)$/.test(following.lower) || DENOMINATORS[following.lower] !== undefined || SCALE_WORDS[following.lower] !== undefined);
      if (!numeric || !joined(text, t, following)) break;
      const fractionFollows = /^(a|an|half)$/.test(following.lower) || tokens.slice(j + 1, j + 5).some((x) => DENOMINATORS[x.lower] !== undefined);
      // "and" joins after "hundred" or a larger scale ("three hundred and two"), or before a fraction ("five and a half")
      if (!lastWasScaleWord && !fractionFollows) break;
      if (previousWasScale) andAfterScale = lastScale;
      beforeAnd = lastWasScaleWord ? { total, current, j } : null;
      sinceAnd = 0;
      andSeen = true;
      pendingAnd = true;
      previousWasScale = false;
      j++;
      continue;
    }
    if ((lower === 'a' || lower === 'an') && j > i - 1) {
      const following = tokens[j + 1];
      const fits = following && joined(text, t, following) && (SCALE_WORDS[following.lower] !== undefined || DENOMINATORS[following.lower] !== undefined || DOZENS.has(following.lower));
      if (!fits || (seen && !pendingAnd && !(current > 0 && current < 1))) break;
      j++;
      continue;
    }
    const denominator = DENOMINATORS[lower];
    if (denominator !== undefined) {
      // the numerator: what came since the last "and" ("five and a half", "one hundred and three
      // quarters"), the figure so far ("two thirds"), or 1 ("a third", "half")
      // an improper numerator after "and" takes in the whole ("one hundred and thirty fifths" = 130/5)
      const improper = andSeen && !pendingAnd && sinceAnd >= denominator && !andAfterScale;
      const afterAnd = !improper && (pendingAnd || (andSeen && sinceAnd > 0 && sinceAnd !== current) || (andAfterScale > 0 && sinceAnd > 0));
      if (lower.startsWith('half') && seen && !afterAnd && !previousWasScale && !pendingAnd) break;
      const numerator = pendingAnd ? 1 : afterAnd ? sinceAnd : seen && !previousWasScale ? current : 1;
      // "two thirds" is a fraction; "twenty-fifth", with the singular, is an ordinal
      if (numerator > 1 && !/s$/.test(lower) && !lower.startsWith('half')) break;
      const whole = afterAnd || pendingAnd ? current - (pendingAnd ? 0 : sinceAnd) : 0;
      const fraction = numerator / denominator;
      if (andAfterScale) {
        // "one million and a half", "five billion and three quarters": a fraction of the scale
        const following = tokens[j + 1];
        if (following && SCALE_WORDS[following.lower] !== undefined && joined(text, t, following)) {
          current = fraction;
        } else {
          total += fraction * andAfterScale;
          current = 0;
          andAfterScale = 0;
        }
      } else {
        current = whole + fraction;
      }
      sinceAnd = 0;
      seen = true;
      words++;
      pendingAnd = false;
      previousWasScale = false;
      j++;
      // "two thirds of a million", "a quarter of a million"
      if (tokens[j]?.lower === 'of' && joined(text, tokens[j - 1], tokens[j])) {
        let k = j + 1;
        if (/^(a|an)$/.test(tokens[k]?.lower ?? '')) k++;
        const s = SCALE_WORDS[tokens[k]?.lower ?? ''];
        if (s !== undefined && s >= 1000 && joined(text, tokens[k - 1], tokens[k])) {
          current *= s;
          j = k + 1;
        }
      }
      continue;
    }
    break;
  }
  if (!seen) return null;
  // a trailing "and" or "a" is not part of the figure
  let next = j;
  while (next > i && /^(and|a|an|-)$/.test((tokens[next - 1] as Tok).lower)) next--;
  const lone = next - i === 1 ? (tokens[i] as Tok).lower : '';
  return { value: total + current, next, plain, loneArticle: lone === 'one' || lone === 'a' || lone === 'an' || (words > 0 && numerals === 0 && next - i === 1 && lone in DENOMINATORS) };
}

function readSlashFraction(tokens: Tok[], j: number, text: string): { value: number; next: number } | null {
  const numerator = tokens[j];
  const slash = tokens[j + 1];
  const denominator = tokens[j + 2];
  if (!numerator || slash?.text !== '/' || denominator?.kind !== 'num') return null;
  if (numerator.end !== slash.start || slash.end !== denominator.start || !numerator.plain || !denominator.plain) return null;
  // "5/17/2018" is a date, "24/7" a phrase: only a proper fraction with a small denominator
  if (tokens[j + 3]?.text === '/' || numerator.value >= denominator.value || denominator.value > 16 || denominator.value === 0) return null;
  // the character just before is a digit (was /\d\s*$/ and not /\s$/ over the whole prefix: quadratic on a long paragraph)
  if (/\d/.test(text[numerator.start - 1] ?? '')) return null;
  return { value: numerator.value / denominator.value, next: j + 3 };
}

function readPower(tokens: Tok[], caret: number, text: string): { exponent: number; next: number } | null {
  let k = caret + 1;
  let sign = 1;
  while (tokens[k]?.text === '-' || tokens[k]?.text === '+') {
    if (tokens[k]?.text === '-') sign = -sign;
    k++;
  }
  const exponent = tokens[k];
  if (exponent?.kind !== 'num' || !joined(text, tokens[k - 1], exponent)) return null;
  return { exponent: sign * exponent.value, next: k + 1 };
}

/** "point zero three", "point seventy-one": the digits after a spoken decimal point. */
function readPointDigits(tokens: Tok[], k: number, text: string): { value: number; next: number } | null {
  let digits = '';
  let j = k;
  while (j < tokens.length && joined(text, tokens[j - 1], tokens[j])) {
    const t = tokens[j] as Tok;
    if (t.text === '-') {
      j++;
      continue;
    }
    const small = smallValue(t);
    const unit = tokens[j + 1]?.text === '-' ? smallValue(tokens[j + 2]) : undefined;
    if (small !== undefined && small >= 20 && unit !== undefined && unit < 10) {
      // "point seventy-one": one two-digit group
      digits += String(small + unit);
      j += 3;
      continue;
    }
    if (small !== undefined) digits += String(small);
    else if (t.kind === 'num' && t.plain) digits += t.text;
    else break;
    j++;
  }
  return digits ? { value: Number(`0.${digits}`), next: j } : null;
}

/** "one over three", "1 in twenty-one", "two out of five hundred": a proper fraction. */
function readRatio(tokens: Tok[], k: number, text: string, numerator: number): { value: number; next: number } | null {
  const word = tokens[k];
  if (!word || !joined(text, tokens[k - 1], word)) return null;
  let j = k + 1;
  if (word.lower === 'out' && tokens[j]?.lower === 'of') j++;
  else if (word.lower !== 'over' && word.lower !== 'in') return null;
  if (!joined(text, tokens[j - 1], tokens[j])) return null;
  const denominator = readQuantity(tokens, j, text, false);
  if (!denominator || !(numerator < denominator.value) || !Number.isInteger(numerator) || numerator <= 0) return null;
  return { value: numerator / denominator.value, next: denominator.next };
}

const UNIT_WORDS: Array<[RegExp, string]> = [
  [/^percentage points?$/, 'percentage point'],
  [/^(basis points?|bps?)$/, 'basis point'],
  [/^(percents?|percentage|per cent)$/, 'percent'],
];

/** What follows a figure: %, percent, -fold, -year-old, a scale written after a currency code, currency words or signs. */
function readUnitAfter(tokens: Tok[], from: number, text: string, currency: string | null): { unit?: string; scale?: number; cents?: number; next: number } | null {
  // "30-fold", "22-year-old": the hyphen belongs to the unit
  const k = tokens[from]?.text === '-' && (tokens[from - 1] as Tok).end === tokens[from]?.start ? from + 1 : from;
  const t = tokens[k];
  if (!t) return null;
  const gap = text.slice((tokens[from - 1] as Tok).end, t.start);
  if (t.text === '%' && /^ ?$/.test(gap)) return { unit: 'percent', next: k + 1 };
  if (!/^[ \t\u00a0-]{0,3}$/.test(gap)) return null;
  const two = `${t.lower} ${tokens[k + 1]?.lower ?? ''}`;
  for (const [pattern, unit] of UNIT_WORDS) {
    if (pattern.test(two) && joined(text, t, tokens[k + 1])) return { unit, next: k + 2 };
    if (pattern.test(t.lower)) return { unit, next: k + 1 };
  }
  if (t.lower === 'fold' && gap.includes('-')) return { unit: 'fold', next: k + 1 };
  if (t.lower === 'year' || t.lower === 'years') {
    const old = tokens[k + 2];
    if (tokens[k + 1]?.text === '-' && old?.lower === 'old' && gap === '-') return { unit: 'year', next: k + 3 };
    if (old === undefined && tokens[k + 1]?.lower === 'old') return { unit: 'year', next: k + 2 };
    if (tokens[k + 1]?.lower === 'old' && joined(text, t, tokens[k + 1])) return { unit: 'year', next: k + 2 };
  }
  // "10 $", "10 €", "100元"
  if (t.kind === 'sym' && CURRENCY_SYMBOLS[t.text] && !currency) return { unit: CURRENCY_SYMBOLS[t.text] as string, next: k + 1 };
  const measure = readMeasure(tokens, from, text);
  if (measure && !currency) return measure;
  if (t.text === '元') return { unit: 'CNY', next: k + 1 };
  // "75 USD million", "120 MEUR", "115USD", "17 USD 25"
  if (t.kind === 'word' && /^M?[A-Z]{3}$/.test(t.text) && CURRENCY_WORDS[t.text.slice(-3).toLowerCase()]) {
    let next = k + 1;
    let scale = t.text.length === 4 ? 1e6 : 1;
    const s = SCALE_WORDS[tokens[next]?.lower ?? ''];
    if (s && joined(text, t, tokens[next])) {
      scale *= s;
      next++;
    }
    const cents = readCents(tokens, next, text);
    return { unit: CURRENCY_WORDS[t.text.slice(-3).toLowerCase()] as string, scale, ...(cents ? { cents: cents.value, next: cents.next } : { next }) };
  }
  // "420 million finnish markka", "10 us dollar", "100 chinese yuan", "3 dollars 50 cents"
  let w = k;
  if (t.kind === 'word' && !CURRENCY_WORDS[t.lower] && CURRENCY_WORDS[tokens[k + 1]?.lower ?? ''] && joined(text, t, tokens[k + 1]) && /^\p{L}+$/u.test(t.text) && t.text.length <= 12) w = k + 1;
  const word = tokens[w] as Tok;
  const code = CURRENCY_WORDS[word.lower];
  if (code && word.kind === 'word') {
    if (currency && code !== 'cent') return null;
    const cents = code === 'cent' ? null : readCents(tokens, w + 1, text);
    return { unit: code, ...(cents ? { cents: cents.value, next: cents.next } : { next: w + 1 }) };
  }
  return null;
}

const MEASURE = new RegExp(
  String.raw`^(?<gap>[ 	]?-?[ 	]?|[ 	]?[(\[{<][ 	]?)(?<unit>${[...UNIT_SPELLINGS.keys()].sort((a, b) => b.length - a.length).map((u) => u.replace(/[.*+?^${}()|[\]\/]/g, '\$&').replace(/ /g, String.raw`\s+`)).join('|')})(?![\p{L}\d])`,
  'iu',
);

/** A measure unit after a figure: "17 km", "75ml", "six-mile", "20 (kg)", "188 miles an hour", "24703m2". */
function readMeasure(tokens: Tok[], from: number, text: string): { unit: string; next: number } | null {
  const end = (tokens[from - 1] as Tok).end;
  const match = MEASURE.exec(text.slice(end, end + 40));
  if (!match?.groups) return null;
  const spelling = (match.groups.unit ?? '').toLowerCase().replace(/\s+/g, ' ');
  const info = UNIT_SPELLINGS.get(spelling);
  if (!info || (GLUED_ONLY.has(spelling) && match.groups.gap !== '')) return null;
  const stop = end + match[0].length;
  let next = from;
  while (next < tokens.length && (tokens[next] as Tok).start < stop) next++;
  // the closing bracket of "20 (kg)" belongs to the unit
  if (/[(\[{<]/.test(match.groups.gap ?? '') && /^[)\]}>]/.test(tokens[next]?.text ?? '')) next++;
  return next > from ? { unit: info.symbol, next } : null;
}

/** "… dollars 50 cents", "… dollars and forty-five cents", "… dollars forty five", "… USD 25". */
function readCents(tokens: Tok[], k: number, text: string): { value: number; next: number } | null {
  let j = k;
  if (tokens[j]?.lower === 'and' && joined(text, tokens[j - 1], tokens[j])) j++;
  if (!joined(text, tokens[j - 1], tokens[j])) return null;
  const amount = readQuantity(tokens, j, text, false);
  if (!amount || amount.value >= 100 || !Number.isInteger(amount.value)) return null;
  let next = amount.next;
  const unit = tokens[next];
  if (unit && /^(cents?|pence|p)$/.test(unit.lower) && joined(text, tokens[next - 1], unit)) next++;
  else if (tokens[next] && joined(text, tokens[next - 1], tokens[next]) && tokens[next]?.kind === 'word' && !/^[.,;]/.test(tokens[next]?.text ?? '')) return null;
  return { value: amount.value, next };
}
