/**
 * What must hold for any input, each as a function from one run to the problems it finds (empty
 * when it holds), so that each can be shown to catch a hand-made counterexample
 * (invariants.test.ts). That nothing throws is checked by running at all.
 */
import { analyze } from '../../src/check.js';
import { readContent } from '../../src/ingest/read-sources.js';
import { buildLineIndex } from '../../src/ingest/line-index.js';
import { formatJson } from '../../src/report/json.js';
import { formatGithub } from '../../src/report/github.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatStylish } from '../../src/report/stylish.js';
import { formatHtml } from '../../src/report/html/format-html.js';
import type { Claim, Conflict, Diagnostic, Report, Series, SourceDocument } from '../../src/types.js';
import { RAW_CONTROL, schemaErrors } from '../robustness/support.js';
import { clashes } from './clash.js';
import { KNOWN_PRODUCT_BUGS, type KnownBug } from './known-bugs.js';

/** One input file: its name (the extension picks the reader) and its content. */
export interface CorpusFile {
  name: string;
  content: string;
}

export interface Run {
  documents: SourceDocument[];
  report: Report;
  /** The report of the same documents given in reverse order. */
  reversed: Report;
}

/** Reads the files as factcheck's ingest does (by extension: text, Markdown, HTML, JSON) and analyses them in order and in reverse. */
export function runCorpus(files: CorpusFile[]): Run {
  const documents: SourceDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const read = readContent(file.name, file.content);
    documents.push(...read.documents);
    diagnostics.push(...read.diagnostics);
  }
  return { documents, report: analyze(documents, {}, diagnostics), reversed: analyze([...documents].reverse(), {}, [...diagnostics]) };
}

/** Something an invariant found wrong, and the conflict it concerns, if any. */
export interface Problem {
  text: string;
  conflict?: Conflict;
}

/** The invariants by name, each giving the problems it finds in a run. */
export const INVARIANTS: Record<string, (run: Run) => Problem[]> = {
  'claims are the file content at their offsets, line and column': (run) => run.report.claims.flatMap((claim) => positionProblems(claim, run.documents)).map(problem),
  'figures are finite': (run) =>
    run.report.claims.filter((c) => c.kind === 'number' && [c.value.min, c.value.max].some((n) => n !== null && !Number.isFinite(n))).map((c) => problem(`${c.id}: ${JSON.stringify(c.value)}`)),
  'every conflict holds claims of its kind, in place, from two sources': (run) => run.report.conflicts.flatMap((conflict) => conflictProblems(conflict, run.documents)).map(problem),
  'every conflict has two claims whose values clash': (run) =>
    run.report.conflicts.filter((c) => !c.claims.some((a) => c.claims.some((b) => clashes(a, b)))).map((conflict) => ({ text: `no two sources of ${conflict.id} clash: ${conflict.message}`, conflict })),
  'conflict ids are unique': (run) =>
    run.report.conflicts.filter((c, i) => run.report.conflicts.findIndex((other) => other.id === c.id) !== i).map((conflict) => ({ text: `conflict id ${conflict.id} is given twice: ${conflict.message}`, conflict })),
  'the summary counts the claims and conflicts': ({ report: { summary, claims, conflicts } }) =>
    summary.claims === claims.length && summary.conflicts === conflicts.length ? [] : [problem(`summary ${JSON.stringify(summary)} for ${claims.length} claims and ${conflicts.length} conflicts`)],
  'the JSON report validates against the schema': (run) => {
    const errors = schemaErrors(JSON.parse(formatJson(run.report, { claims: true })));
    return errors === null ? [] : [problem(errors)];
  },
  'the terminal, GitHub and Markdown reports carry no raw control character': (run) =>
    [formatStylish(run.report, { color: false, explain: true }), formatGithub(run.report), formatMarkdown(run.report)].flatMap(rawControlProblems),
  'every series holds two or more of the run\'s claims, in time order, none of them in a conflict': ({ report }) => {
    const claims = new Set(report.claims.map((c) => c.id));
    const inConflicts = new Set(report.conflicts.flatMap((c) => c.claims.map((claim) => claim.id)));
    return (report.series ?? []).flatMap((series) => seriesProblems(series, claims, inConflicts)).map(problem);
  },
  'the HTML report runs nothing of the data and shows it as text': (run) => htmlProblems(formatHtml(run.report)),
  'the report does not depend on the order of the documents': (run) =>
    formatJson(run.report, { claims: true }) === formatJson(run.reversed, { claims: true }) ? [] : [problem('the report differs when the documents come in reverse order')],
};

/** A raw control character (other than a line feed) in text meant for a terminal or a page. */
export function rawControlProblems(text: string): Problem[] {
  const at = text.search(RAW_CONTROL);
  return at < 0 ? [] : [problem(`U+${text.charCodeAt(at).toString(16).padStart(4, '0')} in ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}`)];
}

/**
 * What a page built from untrusted text must never hold: a script other than its own one, an
 * event handler attribute, a `javascript:` link, or a raw control character.
 */
export function htmlProblems(html: string): Problem[] {
  const problems: string[] = [];
  if ((html.match(/<script\b/gi) ?? []).length > 1) problems.push('more than the page\'s own script');
  const handler = /<[a-z][^>]*\son[a-z]+\s*=/i.exec(html);
  if (handler) problems.push(`an event handler: ${JSON.stringify(handler[0].slice(-60))}`);
  if (/javascript:/i.test(html)) problems.push('a javascript: link');
  return [...problems.map(problem), ...rawControlProblems(html.replace(/\t/g, ' '))];
}

/**
 * Every problem of a run, each prefixed with the invariant it breaks. `knownBugs` exempts the
 * conflicts that product bugs already recorded in cases/ explain, so that a fuzz run looks for
 * new ones; the known cases run with none.
 */
export function brokenInvariants(run: Run, knownBugs: KnownBug[] = KNOWN_PRODUCT_BUGS): string[] {
  return Object.entries(INVARIANTS).flatMap(([name, check]) =>
    check(run)
      .filter(({ conflict }) => !conflict || !knownBugs.some((bug) => bug.invariant === name && bug.explains(conflict, run.report)))
      .map(({ text }) => `${name}: ${text}`),
  );
}

// --- internal ---

/** A claim points into the file it came from: the HTML or JSON file for a converted document. */
function positionProblems(claim: Claim, documents: SourceDocument[]): string[] {
  const doc = documents.find((d) => d.path === claim.source);
  if (!doc) return [`${claim.id}: no document ${claim.source}`];
  const content = doc.origin?.content ?? doc.text;
  const expectedFile = doc.origin && doc.origin.file !== doc.path ? doc.origin.file : undefined;
  const problems: string[] = [];
  if (claim.file !== expectedFile) problems.push(`${claim.id}: file ${claim.file} instead of ${expectedFile}`);
  if (!(claim.start >= 0 && claim.start < claim.end && claim.end <= content.length)) return [...problems, `${claim.id}: offsets ${claim.start}–${claim.end} outside 0–${content.length}`];
  if (content.slice(claim.start, claim.end) !== claim.text) problems.push(`${claim.id}: text ${JSON.stringify(claim.text)} but the file holds ${JSON.stringify(content.slice(claim.start, claim.end))}`);
  const { line, column } = lineIndexOf(doc)(claim.start);
  if (line !== claim.line || column !== claim.column) problems.push(`${claim.id}: at ${claim.line}:${claim.column} but offset ${claim.start} is ${line}:${column}`);
  if (!doc.text.includes(claim.display ?? claim.text)) problems.push(`${claim.id}: the article does not read ${JSON.stringify(claim.display ?? claim.text)}`);
  return problems;
}

const lineIndexes = new WeakMap<SourceDocument, ReturnType<typeof buildLineIndex>>();

function lineIndexOf(doc: SourceDocument): ReturnType<typeof buildLineIndex> {
  const index = lineIndexes.get(doc) ?? buildLineIndex(doc.origin?.content ?? doc.text);
  lineIndexes.set(doc, index);
  return index;
}

function seriesProblems(series: Series, claims: Set<string>, inConflicts: Set<string>): string[] {
  const problems: string[] = [];
  if (series.points.length < 2) problems.push(`${series.id} has ${series.points.length} point`);
  if (series.points.some((p, i) => i > 0 && p.at < (series.points[i - 1] as Series['points'][number]).at)) problems.push(`${series.id} is not in time order`);
  for (const { claim } of series.points) {
    if (!claims.has(claim.id)) problems.push(`${series.id} holds ${claim.id}, not a claim of the run`);
    if (inConflicts.has(claim.id)) problems.push(`${series.id} holds ${claim.id}, which a conflict holds too`);
  }
  return problems;
}

function conflictProblems(conflict: Conflict, documents: SourceDocument[]): string[] {
  const problems = conflict.claims.flatMap((claim) => positionProblems(claim, documents));
  if (new Set(conflict.claims.map((c) => c.source)).size < 2) problems.push(`${conflict.id} holds one source: ${conflict.message}`);
  if (conflict.claims.some((c) => c.kind !== conflict.kind)) problems.push(`${conflict.id} mixes kinds: ${conflict.message}`);
  return problems;
}

function problem(text: string): Problem {
  return { text };
}
