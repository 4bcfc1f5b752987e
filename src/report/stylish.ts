import { Chalk, type ChalkInstance } from 'chalk';
import type { Claim, ReportedConflict, Report, Story } from '../types.js';
import { claimRole, clean, plural, where } from './locations.js';

/** The terminal report: each conflict with its quotes and locations, then a summary line. */
export function formatStylish(report: Report, options: { color: boolean; explain?: boolean }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  // in a run of several stories, each conflict says which one it belongs to
  const stories = (report.stories?.length ?? 0) > 1 ? new Map(report.stories?.map((s) => [s.id, s])) : null;
  const blocks = report.conflicts.map((conflict, i) => formatConflict(conflict, i + 1, chalk, stories, options.explain ?? false));
  return [...blocks, summaryLine(report, chalk)].join('\n\n') + '\n';
}

/** "✖ 2 conflicts (5 sources, 57 claims)", with the severities and held-back conflicts when there are any. */
export function summaryLine(report: Report, chalk: ChalkInstance = new Chalk({ level: 0 })): string {
  const { summary } = report;
  const counts = [`${summary.sources} ${plural(summary.sources, 'source')}`, `${summary.claims} ${plural(summary.claims, 'claim')}`];
  const stories = report.stories?.length ?? 0;
  if (stories > 1) counts.push(`${stories} stories`);
  if (summary.suppressed > 0) counts.push(`${summary.suppressed} suppressed`);
  if (summary.conflicts === 0) return chalk.green(`✔ no conflicts (${counts.join(', ')})`);
  const { error, warning } = summary.bySeverity;
  const split = error > 0 && warning > 0 ? `: ${error} ${plural(error, 'error')}, ${warning} ${plural(warning, 'warning')}` : '';
  return chalk.red.bold(`✖ ${summary.conflicts} ${plural(summary.conflicts, 'conflict')}${split} (${counts.join(', ')})`);
}

// --- internal ---

function formatConflict(conflict: ReportedConflict, index: number, chalk: ChalkInstance, stories: Map<number, Story> | null, explain: boolean): string {
  const severity = conflict.severity === 'error' ? chalk.red(conflict.severity) : chalk.yellow(conflict.severity);
  const header = `${chalk.red.bold(`${index}. ${conflict.kind} conflict`)} ${severity}  ${chalk.bold(clean(conflict.subject))}  ${chalk.dim(`confidence ${conflict.confidence.toFixed(2)} · ${conflict.id}`)}`;
  const lines = conflict.claims.map((claim) => {
    const role = claimRole(conflict, claim);
    const shown = role === 'outlier' ? chalk.red(' outlier') : role === 'agrees' ? chalk.green(' agrees') : '';
    return `   ${chalk.cyan(where(claim))}${shown}\n${quote(claim, chalk)}`;
  });
  const story = stories && conflict.story !== undefined ? stories.get(conflict.story) : undefined;
  const storyLine = story ? [`   ${chalk.dim(`story ${story.id}: ${clean(story.label)} (${story.sources.length} sources)`)}`] : [];
  const evidence = explain
    ? [
        `   ${chalk.yellow('grouped:')} ${conflict.explanation.grouped.map(clean).join('; ')}`,
        `   ${chalk.yellow('clash:')} ${clean(conflict.explanation.clash)}`,
      ]
    : [];
  return [header, ...storyLine, ...lines, `   ${chalk.yellow('why:')} ${clean(conflict.message)}`, ...evidence].join('\n');
}

const CONTEXT = 70;

const INDENT = '     ';

/** The sentence around the claim, trimmed to a window, the claim's text highlighted and underlined. */
function quote(claim: Claim, chalk: ChalkInstance): string {
  const sentence = claim.sentence;
  const words = claim.display ?? claim.text;
  const value = clean(words);
  const at = sentence.indexOf(words);
  if (at < 0) return `${INDENT}${chalk.bold.yellow(value)}`;
  const from = Math.max(0, at - CONTEXT);
  const to = Math.min(sentence.length, at + words.length + CONTEXT);
  const before = (from > 0 ? '…' : '') + clean(sentence.slice(from, at));
  const after = clean(sentence.slice(at + words.length, to)) + (to < sentence.length ? '…' : '');
  const underline = `${INDENT}${' '.repeat([...before].length)}${chalk.yellow('^'.repeat([...value].length))}`;
  return `${INDENT}${chalk.dim(before)}${chalk.bold.yellow(value)}${chalk.dim(after)}\n${underline}`;
}
