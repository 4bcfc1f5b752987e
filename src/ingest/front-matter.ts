import { lazyRequire } from '../lazy.js';
import { isoDay } from './iso-day.js';

const yaml = lazyRequire<typeof import('yaml')>('yaml');

/** YAML front matter at the top of a Markdown file. */
export interface FrontMatter {
  /** `date` (or `published`) from the front matter, ISO `YYYY-MM-DD`, or null. */
  published: string | null;
  /** Offset of the first character after the closing `---` line. */
  bodyStart: number;
  /** Set when the front matter is not valid YAML. */
  error: string | null;
}

const BLOCK = /^---[ \t]*\r?\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/** Reads front matter delimited by `---` lines at the very start of the text; null when there is none. */
export function parseFrontMatter(text: string): FrontMatter | null {
  const match = BLOCK.exec(text);
  if (!match || match.index !== 0) return null;
  const bodyStart = match[0].length;
  try {
    const data: unknown = yaml().parse(match[1] ?? '');
    const fields = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
    return { published: isoDay(fields.date) ?? isoDay(fields.published), bodyStart, error: null };
  } catch (error) {
    return { published: null, bodyStart, error: error instanceof Error ? error.message.split('\n')[0] ?? 'invalid YAML' : 'invalid YAML' };
  }
}
