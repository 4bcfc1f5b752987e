import { InvalidArgumentError } from 'commander';
import { FORMATS, type Format } from '../report/format.js';

// Parsers of flag values: each returns the value or throws commander's InvalidArgumentError (exit 2).

export function parseConfidence(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

export function parseCount(value: string): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isInteger(n) || n < -1) throw new InvalidArgumentError('expected a whole number, or -1 for no limit');
  return n;
}

/** `auto` or a whole number of threads of at least 1. */
export function parseConcurrency(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError('expected auto or a whole number of at least 1');
  return Number(value);
}

export function parseDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('expected a date YYYY-MM-DD');
  return value;
}

/** A repeatable flag's values, in order. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `--report FORMAT=PATH`, repeatable. */
export function collectReport(value: string, previous: Array<{ format: Format; file: string }>): Array<{ format: Format; file: string }> {
  const at = value.indexOf('=');
  const format = value.slice(0, at) as Format;
  const file = value.slice(at + 1);
  if (at < 0 || !FORMATS.includes(format) || !file) {
    throw new InvalidArgumentError(`expected FORMAT=PATH with FORMAT one of ${FORMATS.join(', ')}`);
  }
  return [...previous, { format, file }];
}
