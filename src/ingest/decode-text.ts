/** A file's bytes read as text, or why they are not text. */
export type Decoded =
  | {
      ok: true;
      /** The text, without a byte order mark; offsets, lines and columns refer to it. */
      text: string;
      encoding: Encoding;
      /** Set when the bytes were not clean text in that encoding (what was done about it). */
      warning: string | null;
    }
  | { ok: false; reason: string };

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Decodes an article file. A byte order mark picks UTF-8, UTF-16 LE or UTF-16 BE; otherwise the
 * bytes are UTF-8. Bytes that are not valid UTF-8 are read as Windows-1252 when the file holds
 * no valid multi-byte UTF-8 sequence at all (an old 8-bit file), else replaced with U+FFFD;
 * both with a warning. Binary content (a NUL byte or a known magic number near the start, or
 * mostly control bytes) is refused.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe]) && !startsWith(bytes, [0xff, 0xfe, 0, 0])) return utf16(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes.subarray(2), 'utf-16be');
  const binary = binaryReason(bytes);
  if (binary) return { ok: false, reason: binary };
  return utf8(bytes);
}

// --- internal ---

/** How much of the start is inspected for binary content (as git does). */
const SNIFF = 8000;

const MAGIC: Array<{ name: string; bytes: number[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'zip archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'UTF-32 text', bytes: [0xff, 0xfe, 0, 0] },
  { name: 'UTF-32 text', bytes: [0, 0, 0xfe, 0xff] },
];

function binaryReason(bytes: Uint8Array): string | null {
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) return `binary file (${magic.name})`;
  const head = bytes.subarray(0, SNIFF);
  if (head.includes(0)) return 'binary file (NUL bytes)';
  let control = 0;
  // C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape
  for (const b of head) if (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) control++;
  return head.length > 0 && control / head.length > 0.1 ? 'binary file (control bytes)' : null;
}

function utf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', warning: null };
  } catch {
    const at = firstInvalidUtf8(bytes);
    if (!hasMultibyteUtf8(bytes)) {
      return { ok: true, text: windows1252(bytes), encoding: 'windows-1252', warning: `not valid UTF-8 (byte ${at}); read as Windows-1252` };
    }
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding: 'utf-8', warning: `invalid UTF-8 (first at byte ${at}) replaced with U+FFFD` };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const odd = bytes.length % 2 === 1;
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(odd ? bytes.subarray(0, bytes.length - 1) : bytes);
  const problems = [odd ? 'an odd trailing byte dropped' : null, hasLoneSurrogate(bytes, encoding) ? 'unpaired surrogates replaced with U+FFFD' : null].filter(Boolean);
  return { ok: true, text, encoding, warning: problems.length > 0 ? `invalid ${encoding.toUpperCase()}: ${problems.join('; ')}` : null };
}

/**
 * Windows-1252 by hand: Node 20's TextDecoder reads 'windows-1252' as Latin-1, which turns
 * curly quotes and dashes (0x80–0x9F) into C1 control characters.
 */
function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    const chunk = Array.from(bytes.subarray(i, i + 0x8000), (b) => (b >= 0x80 && b <= 0x9f ? (CP1252_80_9F[b - 0x80] as number) : b));
    text += String.fromCharCode(...chunk);
  }
  return text;
}

const CP1252_80_9F = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** Whether the bytes hold at least one well-formed UTF-8 sequence of two or more bytes. */
function hasMultibyteUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const length = sequenceLength(bytes, i);
    if (length > 1) return true;
  }
  return false;
}

/** 0-based index of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Length of the well-formed UTF-8 sequence at `i` (1 for ASCII), or 0 when there is none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  if (b < 0x80) return 1;
  const cont = (k: number, low = 0x80, high = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= low && c <= high;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const low = b === 0xe0 ? 0xa0 : 0x80;
    const high = b === 0xed ? 0x9f : 0xbf;
    return cont(1, low, high) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const low = b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xf4 ? 0x8f : 0xbf;
    return cont(1, low, high) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

function hasLoneSurrogate(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): boolean {
  let expectLow = false;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const unit = encoding === 'utf-16le' ? (bytes[i] as number) | ((bytes[i + 1] as number) << 8) : ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
    const high = unit >= 0xd800 && unit <= 0xdbff;
    const low = unit >= 0xdc00 && unit <= 0xdfff;
    if (expectLow !== low) return true;
    expectLow = high;
  }
  return expectLow;
}
