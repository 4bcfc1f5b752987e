export { check, analyze } from './check.js';
export { FactcheckError, type ErrorCode } from './errors.js';
export { DEFAULTS, type CheckOptions } from './options.js';
export type { LexiconInput } from './lexicon.js';
export { formatReport, FORMATS, type Format, type FormatOptions } from './report/format.js';
export type * from './types.js';
