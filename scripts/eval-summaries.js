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

/** Prints one line per set and the total; returns the tallies. */
export function evalSummaries() {
  const sets = new Map();
  for (const dir of readdirSync(root).sort()) {
    const article = readFileSync(path.join(root, dir, 'article.txt'), 'utf8');
    const summaries = readFileSync(path.join(root, dir, 'summaries.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const tally = sets.get(dir[0]) ?? { numdate: 0, found: 0, negatives: 0, alarms: 0, other: 0, otherFlagged: 0 };
    for (const summary of summaries) {
      const result = scoreSummary(article, summary);
      if (!summary.contradiction) {
        tally.negatives++;
        if (result.flagged) tally.alarms++;
      } else if (summary.kind === 'number' || summary.kind === 'date') {
        tally.numdate++;
        if (result.found) tally.found++;
      } else {
        tally.other++;
        if (result.flagged) tally.otherFlagged++;
      }
    }
    sets.set(dir[0], tally);
  }
  const total = { numdate: 0, found: 0, negatives: 0, alarms: 0, other: 0, otherFlagged: 0 };
  for (const tally of sets.values()) for (const key of Object.keys(total)) total[key] += tally[key];
  const ratio = (a, b) => (b === 0 ? '   -' : (a / b).toFixed(2).padStart(4));
  console.log(`\n${'summary pairs'.padEnd(20)} ${'set'.padEnd(5)} num/date recall   false-alarm rate   other flagged`);
  for (const [name, r] of [...sets, ['all', total]]) {
    console.log(
      `${'summary-pairs'.padEnd(20)} ${name.padEnd(5)} ${ratio(r.found, r.numdate)} (${r.found}/${r.numdate})`.padEnd(44) +
        `${ratio(r.alarms, r.negatives)} (${r.alarms}/${r.negatives})`.padEnd(19) +
        `${ratio(r.otherFlagged, r.other)} (${r.otherFlagged}/${r.other})`,
    );
  }
  return total;
}
