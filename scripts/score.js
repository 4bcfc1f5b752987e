// Matches a factcheck report against a gold file ({conflicts, non_conflicts}); used by eval.js and the tests.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { check } from '../dist/index.js';

/** Scores one corpus folder against its gold answers. */
export async function scoreCorpus(dir, gold) {
  const report = await check([dir], { cwd: dir });
  const spans = async (claims) =>
    Promise.all(
      claims.map(async (c) => {
        const text = (await readFile(path.join(dir, c.file), 'utf8')).replace(/^\uFEFF/, '');
        const start = text.indexOf(c.text);
        if (start < 0) throw new Error(`gold text not found in ${c.file}: ${c.text}`);
        return { file: c.file, start, end: start + c.text.length };
      }),
    );
  // a reported conflict matches a gold entry when it holds claims overlapping gold claims of two files
  const matches = (conflict, goldSpans) => {
    const files = new Set();
    for (const claim of conflict.claims) {
      for (const g of goldSpans) {
        if (claim.source.endsWith(g.file) && claim.start < g.end && claim.end > g.start) files.add(g.file);
      }
    }
    return files.size >= 2;
  };
  const goldConflicts = await Promise.all(gold.conflicts.map(async (g) => ({ ...g, spans: await spans(g.claims) })));
  const traps = await Promise.all(gold.non_conflicts.map(async (g) => ({ ...g, spans: await spans(g.claims) })));
  const found = goldConflicts.filter((g) => report.conflicts.some((c) => matches(c, g.spans)));
  const alarms = report.conflicts.filter((c) => !goldConflicts.some((g) => matches(c, g.spans)));
  const trapsFlagged = traps.filter((t) => alarms.some((c) => matches(c, t.spans)));
  return {
    gold: goldConflicts.length,
    found: found.length,
    reported: report.conflicts.length,
    falseAlarms: alarms.length,
    trapsFlagged: trapsFlagged.length,
    missed: goldConflicts.filter((g) => !found.includes(g)).map((g) => `${g.id} (${g.about})`),
    alarms: alarms.map((c) => `${c.subject}: ${c.message}`),
  };
}
