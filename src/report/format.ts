import type { Report } from '../types.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

export const FORMATS = ['stylish', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  /** Colour in the terminal report. */
  color: boolean;
  /** Add every extracted claim to the JSON document. */
  claims: boolean;
}

/** Renders a report; pure, Report → string. */
export function formatReport(report: Report, format: Format, options: FormatOptions): string {
  return format === 'json' ? formatJson(report, options) : formatStylish(report, options);
}
