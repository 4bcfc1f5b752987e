// Scores the built tool on the pair benchmarks in ../shared/benchmarks (WikiContradict,
// SummEdits news, RTE-3): each case is a folder with a.txt and b.txt. For dev and test apart:
// recall on number/date contradictions (a conflict holding claims from both files, one of them
// overlapping a labelled value where that value occurs in the text), the false-alarm rate on
// non-contradictions (any conflict reported), and how often "other" contradictions are flagged.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { check } from '../dist/index.js';

const SETS = ['wikicontradict', 'summedits-news', 'rte3-contradiction'];

function readJsonl(file) {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

/** Spans of every occurrence of each labelled value in the case's files. */
function valueSpans(dir, values) {
  const spans = [];
  for (const file of ['a.txt', 'b.txt']) {
    const full = path.join(dir, file);
    if (!existsSync(full)) continue;
    const text = readFileSync(full, 'utf8');
    for (const value of values) {
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) spans.push({ file, start: at, end: at + value.length });
    }
  }
  return spans;
}

async function scoreCase(dir, label) {
  const report = await check([dir], { cwd: dir, concurrency: 1, ignoreFile: false });
  const conflicts = report.conflicts.filter((c) => new Set(c.claims.map((k) => path.basename(k.source))).size >= 2);
  if (label.kind !== 'number' && label.kind !== 'date') return { flagged: conflicts.length > 0 };
  const spans = valueSpans(dir, label.values ?? []);
  const hit = conflicts.some((c) => c.claims.some((k) => spans.some((s) => path.basename(k.source) === s.file && k.start < s.end && k.end > s.start)));
  return { flagged: conflicts.length > 0, found: hit };
}

/** Prints the dataset × split × metric table; returns false when the suites are absent. */
export async function evalPairs(benchmarks) {
  if (!existsSync(benchmarks)) {
    console.log(`\npair benchmarks: skipped, none at ${benchmarks}`);
    return false;
  }
  const rows = [];
  for (const set of SETS) {
    const root = path.join(benchmarks, set);
    if (!existsSync(root)) continue;
    const test = new Set(readFileSync(path.join(root, 'test-ids.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));
    const labels = readJsonl(path.join(root, 'labels.jsonl'));
    for (const split of ['dev', 'test']) {
      const tally = { numdate: 0, found: 0, negatives: 0, alarms: 0, other: 0, otherFlagged: 0, single: 0 };
      for (const label of labels.filter((l) => test.has(l.case) === (split === 'test'))) {
        const dir = path.join(root, 'cases', label.case);
        if (!existsSync(path.join(dir, 'b.txt'))) {
          tally.single++;
          continue;
        }
        count(tally, label, await scoreCase(dir, label));
      }
      rows.push({ name: set, split, ...tally });
    }
  }
  printTable(['dataset', 'split', '(single-source cases skipped)'], rows, (r) => `${r.single}`);
  return true;
}

/** Adds one scored case to a tally: a non-contradiction, a number/date contradiction or another kind. */
export function count(tally, label, result) {
  if (!label.contradiction) {
    tally.negatives++;
    if (result.flagged) tally.alarms++;
  } else if (label.kind === 'number' || label.kind === 'date') {
    tally.numdate++;
    if (result.found) tally.found++;
  } else {
    tally.other++;
    if (result.flagged) tally.otherFlagged++;
  }
}

/** Prints rows of tallies: name, split, recall, false-alarm rate, other flagged, and an optional last column. */
export function printTable([name, split, last], rows, lastOf = () => '') {
  const ratio = (a, b) => (b === 0 ? '   -' : (a / b).toFixed(2).padStart(4));
  console.log(`\n${name.padEnd(20)} ${split.padEnd(5)} num/date recall   false-alarm rate   other flagged   ${last}`.trimEnd());
  for (const r of rows) {
    console.log(
      (`${r.name.padEnd(20)} ${r.split.padEnd(5)} ${ratio(r.found, r.numdate)} (${r.found}/${r.numdate})`.padEnd(44) +
        `${ratio(r.alarms, r.negatives)} (${r.alarms}/${r.negatives})`.padEnd(19) +
        `${ratio(r.otherFlagged, r.other)} (${r.otherFlagged}/${r.other})`.padEnd(16) +
        lastOf(r)).trimEnd(),
    );
  }
}
