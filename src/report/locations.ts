import type { Claim, Conflict } from '../types.js';
import { neutralize } from './safe-text.js';

/** The file a claim is in (its source, unless the source is an article inside a .json/.jsonl file). */
export function claimFile(claim: Claim): string {
  return claim.file ?? claim.source;
}

/** 1-based line and column just past the claim's last character. */
export function claimEnd(claim: Claim): { line: number; column: number } {
  const breaks = [...claim.text.matchAll(/\r\n|\n|\r/g)];
  const last = breaks[breaks.length - 1];
  if (!last) return { line: claim.line, column: claim.column + claim.text.length };
  return { line: claim.line + breaks.length, column: claim.text.length - (last.index + last[0].length) + 1 };
}

/** Whether the claim's source is the outlier, agrees with the majority, or neither (a tie). */
export function claimRole(conflict: Conflict, claim: Claim): 'outlier' | 'agrees' | null {
  if (conflict.outliers.includes(claim.source)) return 'outlier';
  return conflict.agreeing.includes(claim.source) ? 'agrees' : null;
}

/** `file:line:column`, naming the source too when it is an article inside a file; safe to print. */
export function where(claim: Claim): string {
  const at = `${claimFile(claim)}:${claim.line}:${claim.column}`;
  return neutralize(claim.file ? `${at} (${claim.source})` : at);
}

/** Control characters from article text never reach a terminal or a log as such: white space runs become one space, the rest visible escapes. */
export function clean(text: string): string {
  return neutralize(text.replace(/\s+/g, ' '));
}

/** The rule a conflict breaks, as SARIF and annotations name it. */
export function ruleId(conflict: Conflict): 'number-mismatch' | 'date-mismatch' {
  return conflict.kind === 'number' ? 'number-mismatch' : 'date-mismatch';
}

export function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
