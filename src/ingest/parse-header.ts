/** The optional metadata line: a first non-blank line starting `date YYYY-MM-DD`. */
export interface Header {
  /** ISO date, or null when there is no header or its date does not exist. */
  published: string | null;
  /** Offset of the first character of article text after the header. */
  bodyStart: number;
  /** Set when a header was present but its date is impossible (2023-02-30). */
  invalidDate: string | null;
}

const HEADER = /^\s*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?=\s|$)[ \t]*/;

export function parseHeader(text: string): Header {
  const match = HEADER.exec(text);
  if (!match) return { published: null, bodyStart: 0, invalidDate: null };
  const [whole, year, month, day] = match as unknown as [string, string, string, string];
  const iso = `${year}-${month}-${day}`;
  const valid = isRealDate(Number(year), Number(month), Number(day));
  return { published: valid ? iso : null, bodyStart: whole.length, invalidDate: valid ? null : iso };
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
