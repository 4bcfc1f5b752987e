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
        return { file: c.file, start, end: start + c.text.length, value: JSON.stringify(c.value) };
      }),
    );
  // a reported conflict matches a gold entry when it holds claims overlapping gold claims of two
  // files, and for a gold conflict, two of those gold claims give different values
  const hits = (conflict, goldSpans) =>
    goldSpans.filter((g) => conflict.claims.some((claim) => claim.source.endsWith(g.file) && claim.start < g.end && claim.end > g.start));
  const matches = (conflict, goldSpans, needsClash = false) => {
    const found = hits(conflict, goldSpans);
    if (new Set(found.map((g) => g.file)).size < 2) return false;
    return !needsClash || found.some((a) => found.some((b) => a.file !== b.file && a.value !== b.value));
  };
  const goldConflicts = await Promise.all(gold.conflicts.map(async (g) => ({ ...g, spans: await spans(g.claims) })));
  const traps = await Promise.all(gold.non_conflicts.map(async (g) => ({ ...g, spans: await spans(g.claims) })));
  const found = goldConflicts.filter((g) => report.conflicts.some((c) => matches(c, g.spans, true)));
  const alarms = report.conflicts.filter((c) => !goldConflicts.some((g) => matches(c, g.spans, true)));
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
