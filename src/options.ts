import { buildLexicon, type Lexicon, type LexiconInput } from './lexicon.js';

/** Options of `check`; every one is optional. */
export interface CheckOptions {
  /** File endings read from folders. Default: .txt and .md. */
  extensions?: string[];
  /** Folder that relative input paths and reported paths are taken from. Default: process.cwd(). */
  cwd?: string;
  /** Additions to the built-in word knowledge (aliases, synonyms, qualifiers). */
  lexicon?: LexiconInput;
}

export interface ResolvedOptions {
  extensions: string[];
  cwd: string;
  lexicon: Lexicon;
}

export const DEFAULTS = {
  extensions: ['.txt', '.md'],
} as const;

export function resolveOptions(options: CheckOptions = {}): ResolvedOptions {
  return {
    extensions: (options.extensions ?? DEFAULTS.extensions).map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase()),
    cwd: options.cwd ?? process.cwd(),
    lexicon: buildLexicon(options.lexicon),
  };
}
