// Multiplies real stories into distinct ones for `npm run bench`: copy 0 is the story as written;
// copy k renames its people, places and organisations (the same invented name for one name in
// every article of the copy), scales its figures of 20 and more by a whole factor (ratios, and so
// agreements and conflicts, are kept; smaller figures stay, as they are often written in words
// elsewhere) and moves its years by a multiple of 28 (the calendar repeats, so weekdays still fit
// their dates). Deterministic: the same story and copy, the same text.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { random } from './bench-corpus.js';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const FACTORS = [2, 3, 5, 4, 6, 7];
const YEAR_SHIFTS = [28, -28, 56, 0];

/**
 * The names of a story, as factcheck finds them: capitalised words inside a sentence (after a
 * lower-case letter or a comma) and words in capitals, that are not common words, months or
 * weekdays. `isCommon(lower)` says whether a word is a common one.
 */
export function storyNames(story, isCommon) {
  const names = new Set();
  for (const { text } of story.articles) {
    const plain = text.replace(/<[^>]*>/g, ' ');
    for (const match of plain.matchAll(/(?<=[\p{Ll},;:]\s+)\p{Lu}\p{L}+|(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu)) {
      const word = match[0].toLowerCase();
      if (!CALENDAR.has(word) && !isCommon(word)) names.add(word[0].toUpperCase() + word.slice(1));
    }
  }
  return [...names].sort();
}

/**
 * Copy `copy` of a story: `{ id, articles }` with names, figures and years rewritten (copy 0: as
 * written). `taken` holds the names in use, so that no two copies share an invented name.
 */
export function rewriteStory(story, copy, names, isCommon, taken = new Set()) {
  if (copy === 0) return story;
  const factor = FACTORS[(copy - 1) % FACTORS.length];
  const years = YEAR_SHIFTS[Math.floor((copy - 1) / FACTORS.length) % YEAR_SHIFTS.length];
  const renames = inventNames(names, `${story.id}#${copy}`, isCommon, taken);
  const pattern = names.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  const articles = story.articles.map(({ name, text }) => {
    const renamed = pattern ? text.replace(pattern, (word, at) => recase(word, at, text, renames)) : text;
    return { name, text: shiftFigures(renamed, factor, years) };
  });
  return { id: `${story.id}-${copy}`, articles };
}

/** Writes `copies` copies of every story under `dir`, one folder per story copy; returns the files and bytes written. */
export function writeCopies(dir, stories, copies, isCommon) {
  let files = 0;
  let bytes = 0;
  for (const story of stories) story.names ??= storyNames(story, isCommon);
  const taken = new Set(stories.flatMap((story) => story.names));
  for (let copy = 0; copy < copies; copy++) {
    for (const story of stories) {
      const written = rewriteStory(story, copy, story.names, isCommon, taken);
      const folder = path.join(dir, `c${String(copy).padStart(3, '0')}-${story.id}`);
      mkdirSync(folder, { recursive: true });
      for (const article of written.articles) {
        writeFileSync(path.join(folder, article.name), article.text);
        files += 1;
        bytes += Buffer.byteLength(article.text);
      }
    }
  }
  return { files, bytes };
}

// --- internal ---

/**
 * The invented name in the case the word is written in: "Velsk", "VELSK", and "velsk" in a web
 * address or a handle; a lower-case word in prose is a common word and stays.
 */
function recase(word, at, text, renames) {
  const made = renames.get(word[0].toUpperCase() + word.slice(1).toLowerCase());
  if (/^\p{Lu}+$/u.test(word) && word.length > 1) return made.toUpperCase();
  if (/^\p{Lu}/u.test(word)) return made;
  const around = `${text[at - 1] ?? ' '}${text[at + word.length] ?? ' '}`;
  return /[/.@_#-]/.test(around) ? made.toLowerCase() : word;
}

function escape(word) {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ONSETS = ['b', 'br', 'c', 'cr', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'th', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ae', 'ei', 'ou', 'ia'];
const CODAS = ['', 'n', 'r', 'l', 'm', 'st', 'th', 'nd', 'rk', 'ck', 'v', 'sk'];

/** One invented name per name, never one in `taken` (which it extends) nor a common word. */
function inventNames(names, salt, isCommon, taken) {
  const r = random(hash(salt));
  const out = new Map();
  for (const name of names) {
    let made;
    do {
      if (name.length <= 4) {
        // short names are often acronyms ("NSS"): as many letters, three at least so that there are enough
        made = Array.from({ length: Math.max(3, name.length) }, (_, i) => String.fromCharCode((i === 0 ? 65 : 97) + r.int(0, 25))).join('');
      } else {
        const syllables = name.length > 7 ? 3 : 2;
        const word = Array.from({ length: syllables }, () => `${r.pick(ONSETS)}${r.pick(VOWELS)}${r.pick(CODAS)}`).join('');
        made = word[0].toUpperCase() + word.slice(1);
      }
    } while (taken.has(made) || isCommon(made.toLowerCase()) || CALENDAR.has(made.toLowerCase()));
    taken.add(made);
    out.set(name, made);
  }
  return out;
}

function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const DAY_BEFORE = new RegExp(`${MONTH}\\.?\\s+$`);
const DAY_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`);

/** Figures of 20 and more times `factor`, years plus `years`; days of months, times, codes, percentages as they are. */
function shiftFigures(text, factor, years) {
  return text.replace(/\d[\d,.]*\d|\d/g, (token, at) => {
    const before = text.slice(Math.max(0, at - 12), at);
    const after = text.slice(at + token.length, at + token.length + 16);
    if (/[\p{L}\p{N}_]$|\p{L}[-–]$/u.test(before) || /^\p{L}/u.test(after)) return token;
    if (/^(?:19|20)\d\d$/.test(token)) return String(Number(token) + years);
    if (/\d[-/:–]$/.test(before) || /^[-/:–]\d|^:\d/.test(after) || /:$/.test(before)) return token;
    if (DAY_BEFORE.test(before) || DAY_AFTER.test(after) || /^\s*(?:%|percent|per cent)/.test(after)) return token;
    const grouped = /,\d{3}/.test(token);
    if (!/^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(token)) return token;
    const value = Number(token.replace(/,/g, ''));
    if (!(value >= 20)) return token;
    const decimals = (token.split('.')[1] ?? '').length;
    const scaled = (value * factor).toFixed(decimals);
    return grouped ? Number(scaled).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) : scaled;
  });
}
