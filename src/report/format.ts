import type { Report } from '../types.js';
import { formatGithub } from './github.js';
import { formatJson, formatNdjson } from './json.js';
import { formatHtml } from './html/format-html.js';
import type { RunFacts } from './html/summary.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const FORMATS = ['stylish', 'json', 'ndjson', 'sarif', 'github', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** Formats whose output is read by programs: never coloured. */
export const MACHINE_FORMATS: readonly Format[] = ['json', 'ndjson', 'sarif', 'github'];

export interface FormatOptions {
  /** Colour in the terminal report (stylish only). */
  color: boolean;
  /** Add every extracted claim to the JSON document. */
  claims: boolean;
  /** Print, per conflict, why its claims were grouped and why their values clash (stylish). */
  explain?: boolean;
  /** For a report written to a file (html): the path from its folder to the working directory, so links to articles resolve. */
  linkBase?: string;
  /** The run's baseline and minimum confidence, for the html report's header. */
  run?: RunFacts;
}

/** Renders a report; pure, Report → string. */
export function formatReport(report: Report, format: Format, options: FormatOptions): string {
  switch (format) {
    case 'json':
      return formatJson(report, options);
    case 'ndjson':
      return formatNdjson(report);
    case 'sarif':
      return formatSarif(report);
    case 'github':
      return formatGithub(report);
    case 'markdown':
      return formatMarkdown(report);
    case 'html':
      return formatHtml(report, { ...(options.linkBase !== undefined ? { linkBase: options.linkBase } : {}), ...(options.run ? { run: options.run } : {}) });
    default:
      return formatStylish(report, options);
  }
}
