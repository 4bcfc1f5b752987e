import { Chalk, type ChalkInstance } from 'chalk';
import type { Claim, Conflict, Report } from '../types.js';

/** The terminal report: each conflict with its quotes and locations, then a summary line. */
export function formatStylish(report: Report, options: { color: boolean }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const blocks = report.conflicts.map((conflict, i) => formatConflict(conflict, i + 1, chalk));
  const { summary } = report;
  const counts = `${summary.sources} ${plural(summary.sources, 'source')}, ${summary.claims} ${plural(summary.claims, 'claim')}`;
  const total = summary.conflicts === 0
    ? chalk.green(`✔ no conflicts (${counts})`)
    : chalk.red.bold(`✖ ${summary.conflicts} ${plural(summary.conflicts, 'conflict')} (${counts})`);
  return [...blocks, total].join('\n\n') + '\n';
}

// --- internal ---

function formatConflict(conflict: Conflict, index: number, chalk: ChalkInstance): string {
  const header = `${chalk.red.bold(`${index}. ${conflict.kind} conflict`)}  ${chalk.bold(conflict.subject)}  ${chalk.dim(`confidence ${conflict.confidence.toFixed(2)} · ${conflict.id}`)}`;
  const lines = conflict.claims.map((claim) => {
    const role = conflict.outliers.includes(claim.source)
      ? chalk.red(' outlier')
      : conflict.agreeing.includes(claim.source) ? chalk.green(' agrees') : '';
    const where = chalk.cyan(`${claim.source}:${claim.line}:${claim.column}`);
    return `   ${where}${role}\n${quote(claim, chalk)}`;
  });
  return [header, ...lines, `   ${chalk.yellow('why:')} ${clean(conflict.message)}`].join('\n');
}

const CONTEXT = 70;

const INDENT = '     ';

/** The sentence around the claim, trimmed to a window, the claim's text highlighted and underlined. */
function quote(claim: Claim, chalk: ChalkInstance): string {
  const sentence = claim.sentence;
  const value = clean(claim.text);
  const at = sentence.indexOf(claim.text);
  if (at < 0) return `${INDENT}${chalk.bold.yellow(value)}`;
  const from = Math.max(0, at - CONTEXT);
  const to = Math.min(sentence.length, at + claim.text.length + CONTEXT);
  const before = (from > 0 ? '…' : '') + clean(sentence.slice(from, at));
  const after = clean(sentence.slice(at + claim.text.length, to)) + (to < sentence.length ? '…' : '');
  const underline = `${INDENT}${' '.repeat([...before].length)}${chalk.yellow('^'.repeat([...value].length))}`;
  return `${INDENT}${chalk.dim(before)}${chalk.bold.yellow(value)}${chalk.dim(after)}\n${underline}`;
}

/** Control characters from article text never reach the terminal as such. */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
