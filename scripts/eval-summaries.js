// Scores the built tool on fixtures/summary-pairs: 48 articles written for this project, each
// with eight one-to-three-sentence summaries (faithful, consistent rewordings, a changed number
// or date, another kind of error). Each summary is checked against its article as two sources:
// recall on number/date edits (a conflict holding a claim from each side, the summary's one
// overlapping the edited value), the false-alarm rate on consistent summaries (any conflict),
// and how often "other" errors are flagged. Sets a and b were used to find failure classes,
// c and d to check the rules found; all four have since been read while fixing rules.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../dist/index.js';
import { count, printTable } from './eval-pairs.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'summary-pairs');

function scoreSummary(article, summary) {
  const report = analyze([
    { path: 'article.txt', text: article, published: null, bodyStart: 0 },
    { path: 'summary.txt', text: summary.summary, published: null, bodyStart: 0 },
  ]);
  const conflicts = report.conflicts.filter((c) => new Set(c.claims.map((k) => k.source)).size >= 2);
  const edited = summary.values[1] ?? '';
  const at = summary.summary.indexOf(edited);
  const found = at >= 0 && conflicts.some((c) => c.claims.some((k) => k.source === 'summary.txt' && k.start < at + edited.length && k.end > at));
  return { flagged: conflicts.length > 0, found };
}

/** Prints one line per set and the total; returns the total. */
export function evalSummaries() {
  const sets = new Map();
  for (const dir of readdirSync(root).sort()) {
    const article = readFileSync(path.join(root, dir, 'article.txt'), 'utf8');
    const summaries = readFileSync(path.join(root, dir, 'summaries.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const tally = sets.get(dir[0]) ?? { numdate: 0, found: 0, negatives: 0, alarms: 0, other: 0, otherFlagged: 0 };
    for (const summary of summaries) count(tally, summary, scoreSummary(article, summary));
    sets.set(dir[0], tally);
  }
  const total = { numdate: 0, found: 0, negatives: 0, alarms: 0, other: 0, otherFlagged: 0 };
  for (const tally of sets.values()) for (const key of Object.keys(total)) total[key] += tally[key];
  printTable(['summary pairs', 'set', ''], [...[...sets].map(([set, tally]) => ({ name: 'summary-pairs', split: set, ...tally })), { name: 'summary-pairs', split: 'all', ...total }]);
  return total;
}
