/**
 * Article text and file names are untrusted: a terminal, a CI log or a Markdown viewer must show
 * them as text, never act on them. ANSI escape sequences start with ESC (U+001B) or the C1 code
 * CSI (U+009B); bidirectional overrides reorder what is shown ("Trojan Source").
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Control and bidirectional-override characters made visible: `\x1b`, `\u202e`. */
export function neutralize(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * A JSON text with the characters JSON.stringify leaves raw but a terminal may act on (DEL, C1
 * controls, bidirectional overrides, line and paragraph separators) written as \u escapes; the
 * values it parses to are unchanged (those characters only occur inside strings).
 */
export function escapeJsonText(json: string): string {
  return json.replace(/[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
