#!/usr/bin/env node
// Scores the built tool against gold answers: every fixtures/<name>/gold.json and
// fixtures/corpus.gold.json (for corpus/). Prints precision, recall and false alarms, then the
// article/summary pairs of fixtures/summary-pairs and the pair benchmarks in ../shared.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { evalPairs } from './eval-pairs.js';
import { evalSummaries } from './eval-summaries.js';
import { scoreCorpus } from './score.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const fixtures = path.join(root, 'fixtures');

const corpora = [];
for (const entry of (await readdir(fixtures, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
  if (entry.isDirectory() && existsSync(path.join(fixtures, entry.name, 'gold.json'))) corpora.push({ name: entry.name, dir: path.join(fixtures, entry.name), gold: path.join(fixtures, entry.name, 'gold.json') });
}
corpora.push({ name: 'corpus/', dir: path.join(root, 'corpus'), gold: path.join(fixtures, 'corpus.gold.json') });

const rows = [];
for (const corpus of corpora) {
  const gold = JSON.parse(await readFile(corpus.gold, 'utf8'));
  rows.push({ name: corpus.name, ...(await scoreCorpus(corpus.dir, gold)) });
}

const total = rows.reduce(
  (sum, r) => ({ gold: sum.gold + r.gold, found: sum.found + r.found, reported: sum.reported + r.reported, falseAlarms: sum.falseAlarms + r.falseAlarms, trapsFlagged: sum.trapsFlagged + r.trapsFlagged }),
  { gold: 0, found: 0, reported: 0, falseAlarms: 0, trapsFlagged: 0 },
);
const ratio = (a, b) => (b === 0 ? '1.00' : (a / b).toFixed(2));
const line = (name, r) =>
  `${name.padEnd(30)} ${String(r.gold).padStart(4)} ${String(r.found).padStart(5)} ${String(r.reported).padStart(8)} ${String(r.falseAlarms).padStart(6)} ${String(r.trapsFlagged).padStart(5)} ${ratio(r.reported - r.falseAlarms, r.reported).padStart(9)} ${ratio(r.found, r.gold).padStart(6)}`;
console.log(`${'corpus'.padEnd(30)} gold found reported false traps precision recall`);
for (const r of rows) {
  console.log(line(r.name, r));
  for (const miss of r.missed) console.log(`  missed: ${miss}`);
  for (const alarm of r.alarms) console.log(`  false alarm: ${alarm}`);
}
console.log(line('TOTAL', total));

evalSummaries();
await evalPairs(path.resolve(root, '..', 'shared', 'benchmarks'));
