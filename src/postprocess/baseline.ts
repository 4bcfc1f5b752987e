import { FactcheckError } from '../errors.js';
import type { BaselineEntry, ReportedConflict } from '../types.js';

/** Holds back the conflicts listed in the baseline (matched on the conflict's content fingerprint, its id). */
export function suppressBaselined(entries: BaselineEntry[]): (conflicts: ReportedConflict[]) => ReportedConflict[] {
  const known = new Set(entries.map((e) => e.id));
  return (conflicts) =>
    conflicts.map((conflict) =>
      !known.has(conflict.id) || conflict.suppression ? conflict : { ...conflict, suppression: { by: 'baseline', reason: 'listed in the baseline' } },
    );
}

/** Baseline entries that match none of the conflicts found. */
export function staleEntries(entries: BaselineEntry[], conflicts: ReportedConflict[]): BaselineEntry[] {
  const found = new Set(conflicts.map((c) => c.id));
  return entries.filter((e) => !found.has(e.id));
}

/** The baseline entry that stands for a conflict. */
export function toBaselineEntry(conflict: ReportedConflict): BaselineEntry {
  return { id: conflict.id, kind: conflict.kind, subject: conflict.subject, sources: [...new Set(conflict.claims.map((c) => c.source))].sort() };
}

/** The baseline file: sorted keys, entries sorted by id, one entry per line, so diffs stay small. */
export function serializeBaseline(entries: BaselineEntry[]): string {
  const unique = [...new Map(entries.map((e) => [e.id, e])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines = unique.map((e) => `    ${JSON.stringify({ id: e.id, kind: e.kind, sources: [...e.sources].sort(), subject: e.subject })}`);
  return `{\n  "entries": [${lines.length > 0 ? `\n${lines.join(',\n')}\n  ` : ''}],\n  "version": ${BASELINE_VERSION}\n}\n`;
}

/** Reads a baseline file's content; `name` is used in the error message. Throws E_CONFIG when it is not a baseline. */
export function parseBaseline(text: string, name: string): BaselineEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FactcheckError('E_CONFIG', `${name}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const record = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  if (record.version !== BASELINE_VERSION || !Array.isArray(record.entries)) {
    throw new FactcheckError('E_CONFIG', `${name}: not a factcheck baseline (expected {"entries": [...], "version": ${BASELINE_VERSION}})`);
  }
  return record.entries.map((entry, i) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    if (typeof e.id !== 'string' || (e.kind !== 'number' && e.kind !== 'date')) {
      throw new FactcheckError('E_CONFIG', `${name}: entry ${i + 1} needs an "id" and a "kind" ("number" or "date")`);
    }
    const sources = Array.isArray(e.sources) ? e.sources.filter((s): s is string => typeof s === 'string') : [];
    return { id: e.id, kind: e.kind, subject: typeof e.subject === 'string' ? e.subject : '', sources };
  });
}

// --- internal ---

const BASELINE_VERSION = 1;
