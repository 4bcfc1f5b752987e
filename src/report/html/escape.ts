import { neutralize } from '../safe-text.js';

/**
 * Article text and file names are untrusted: they only ever reach the page through these
 * functions, as escaped text, never as markup. Control and bidi-override characters are shown as
 * visible escapes (`\u202e`), as in the other reports, so they cannot reorder what is shown.
 * Safe in element content and in double-quoted attribute values.
 */
export function text(value: string): string {
  return escapeMarkup(neutralize(value));
}

/**
 * A link to an article file: each path segment percent-encoded, so a name such as
 * `javascript:alert(1)` stays a relative path (`javascript%3Aalert(1)`); `base` leads from the
 * report's folder to the folder the paths are relative to. Absolute paths become `file:` URLs.
 */
export function fileHref(file: string, base: string): string {
  const segments = wellFormed(file).split('/').map(encodeURIComponent).join('/');
  if (file.startsWith('/')) return `file://${segments}`;
  // a drive letter keeps its colon: `C:` was encoded as the four characters `C%3A`
  if (/^[A-Za-z]:\//.test(file)) return `file:///${file.slice(0, 2)}${segments.slice(4)}`;
  return base ? `${base.split('/').map(encodeURIComponent).join('/')}/${segments}` : segments;
}

/** Text cut to `max` characters (whole code points), with an ellipsis when cut. */
export function shorten(value: string, max: number): string {
  const chars = [...value.replace(/\s+/g, ' ')];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

// --- internal ---

/** Lone surrogates (a name from a JSON article can hold them) as U+FFFD: encodeURIComponent throws on them. */
function wellFormed(value: string): string {
  return value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeMarkup(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
