// Matches a factcheck report against a gold file ({conflicts, non_conflicts}); used by eval.js and
// the tests. The rule is the one ../shared/dev-corpora/README.md states, for every corpus alike:
// - a reported conflict matches a gold conflict when it holds two claims, from two files, that
//   overlap claims of that gold conflict on different sides (a gold claim's `side`, else its value);
// - precision = matched reports / reports, where a report that matches nothing but holds two
//   claims of an optional item leaves the denominator;
// - a trap is flagged when any report holds two claims overlapping two different claims of it,
//   lumped in beside a real clash or not.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { check } from '../dist/index.js';

/** Scores one corpus folder against its gold answers. */
export async function scoreCorpus(dir, gold, options = {}) {
  const report = await check([dir], { cwd: dir, concurrency: 1, ignoreFile: false, ...options });
  return scoreReport(report, await goldSpans(dir, gold));
}

/** Gold items with each claim's span in its raw file. */
export async function goldSpans(dir, gold) {
  const texts = new Map();
  const read = async (file) => {
    if (!texts.has(file)) texts.set(file, (await readFile(path.join(dir, file), 'utf8')).replace(/^\uFEFF/, ''));
    return texts.get(file);
  };
  const locate = async (item) => ({
    ...item,
    spans: await Promise.all(
      item.claims.map(async (c, index) => {
        const start = (await read(c.file)).indexOf(c.text);
        if (start < 0) throw new Error(`gold text not found in ${c.file}: ${c.text}`);
        return { index, file: c.file, start, end: start + c.text.length, side: c.side ?? JSON.stringify(c.value) };
      }),
    ),
  });
  return {
    conflicts: await Promise.all(gold.conflicts.map(locate)),
    traps: await Promise.all(gold.non_conflicts.filter((t) => !t.optional).map(locate)),
    optional: await Promise.all(gold.non_conflicts.filter((t) => t.optional).map(locate)),
  };
}

/** Scores a report against located gold items. */
export function scoreReport(report, gold) {
  const hits = (claim, spans) => spans.filter((g) => claim.source.split(/[\\/]/).pop() === g.file && claim.start < g.end && claim.end > g.start);
  // pairs of (reported claim, gold span) for every overlap
  const overlaps = (conflict, item) => conflict.claims.flatMap((claim, c) => hits(claim, item.spans).map((g) => ({ c, g })));
  const matches = (conflict, item) => {
    const found = overlaps(conflict, item);
    return found.some((a) => found.some((b) => a.c !== b.c && a.g.file !== b.g.file && a.g.side !== b.g.side));
  };
  const holdsTwo = (conflict, item) => {
    const found = overlaps(conflict, item);
    return found.some((a) => found.some((b) => a.c !== b.c && a.g.index !== b.g.index));
  };
  const found = gold.conflicts.filter((g) => report.conflicts.some((c) => matches(c, g)));
  const unmatched = report.conflicts.filter((c) => !gold.conflicts.some((g) => matches(c, g)));
  const optional = unmatched.filter((c) => gold.optional.some((o) => holdsTwo(c, o)));
  const alarms = unmatched.filter((c) => !optional.includes(c));
  const flagged = gold.traps.filter((t) => report.conflicts.some((c) => holdsTwo(c, t)));
  return {
    gold: gold.conflicts.length,
    found: found.length,
    reported: report.conflicts.length - optional.length,
    falseAlarms: alarms.length,
    traps: gold.traps.length,
    trapsFlagged: flagged.length,
    missed: gold.conflicts.filter((g) => !found.includes(g)).map((g) => `${g.id} (${g.about})`),
    alarms: alarms.map((c) => `${c.subject}: ${c.message}`),
    flagged: flagged.map((t) => `${t.id} (${t.about})`),
    byCategory: tallyCategories(gold.conflicts, found, gold.traps, flagged),
  };
}

function tallyCategories(conflicts, found, traps, flagged) {
  const rows = {};
  const row = (category) => (rows[category] ??= { gold: 0, found: 0, traps: 0, flagged: 0 });
  for (const g of conflicts) {
    row(g.category ?? g.kind).gold += 1;
    if (found.includes(g)) row(g.category ?? g.kind).found += 1;
  }
  for (const t of traps) {
    row(t.category ?? t.kind).traps += 1;
    if (flagged.includes(t)) row(t.category ?? t.kind).flagged += 1;
  }
  return rows;
}
