// Scores folders of articles with a gold.json each (the fixtures, corpus/, ../shared/dev-corpora)
// and prints one row per corpus, the micro-averaged total, recall by conflict category and
// flagged traps by trap category.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { scoreCorpus } from './score.js';

/** Corpora of a folder: each subfolder holding a gold.json, sorted by name. */
export function corporaIn(folder) {
  return readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(folder, e.name, 'gold.json')))
    .map((e) => ({ name: e.name, dir: path.join(folder, e.name), gold: path.join(folder, e.name, 'gold.json') }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Scores and prints a set of corpora; returns the total row. */
export async function evalCorpora(title, corpora, { details = true } = {}) {
  const rows = [];
  for (const corpus of corpora) rows.push({ name: corpus.name, ...(await scoreCorpus(corpus.dir, JSON.parse(readFileSync(corpus.gold, 'utf8')))) });
  const total = { name: 'TOTAL', gold: 0, found: 0, reported: 0, falseAlarms: 0, traps: 0, trapsFlagged: 0, byCategory: {} };
  for (const r of rows) {
    for (const key of ['gold', 'found', 'reported', 'falseAlarms', 'traps', 'trapsFlagged']) total[key] += r[key];
    for (const [category, tally] of Object.entries(r.byCategory)) {
      const into = (total.byCategory[category] ??= { gold: 0, found: 0, traps: 0, flagged: 0 });
      for (const key of Object.keys(into)) into[key] += tally[key];
    }
  }
  const ratio = (a, b) => (b === 0 ? '1.00' : (a / b).toFixed(2));
  const line = (r) =>
    `${r.name.padEnd(34)} ${String(r.gold).padStart(4)} ${String(r.found).padStart(5)} ${String(r.reported).padStart(8)} ${String(r.falseAlarms).padStart(6)} ${`${r.trapsFlagged}/${r.traps}`.padStart(7)} ${ratio(r.reported - r.falseAlarms, r.reported).padStart(9)} ${ratio(r.found, r.gold).padStart(6)}`;
  console.log(`${title.padEnd(34)} gold found reported false   traps precision recall`);
  for (const r of rows) {
    console.log(line(r));
    if (!details) continue;
    for (const miss of r.missed) console.log(`  missed: ${miss}`);
    for (const alarm of r.alarms) console.log(`  false alarm: ${alarm}`);
    for (const trap of r.flagged) console.log(`  trap flagged: ${trap}`);
  }
  console.log(line(total));
  const categories = Object.entries(total.byCategory).sort(([a], [b]) => (a < b ? -1 : 1));
  const recall = categories.filter(([, t]) => t.gold > 0).map(([c, t]) => `${c} ${t.found}/${t.gold}`);
  const traps = categories.filter(([, t]) => t.traps > 0).map(([c, t]) => `${c} ${t.flagged}/${t.traps}`);
  console.log(`  recall by category: ${recall.join(', ')}`);
  console.log(`  traps flagged by category: ${traps.join(', ')}`);
  console.log('');
  return total;
}
