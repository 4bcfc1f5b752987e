// What ingest hands to extract: one article and its origin; and what a run says of an input it could not use well.

/** One article as read from disk. */
export interface SourceDocument {
  /**
   * The path as given or found, with forward slashes, relative to the working directory when below it;
   * for an article inside a .json/.jsonl file, its url or title.
   */
  path: string;
  /**
   * The text claims are extracted from: the whole file content for .txt and .md (including a
   * leading `date` line or front matter), the article text converted from the file otherwise.
   */
  text: string;
  /** Publication date (ISO `YYYY-MM-DD`) from the `date` line, front matter or metadata, or null. */
  published: string | null;
  /** Offset where the article body starts (after the `date` line's prefix or the front matter). */
  bodyStart: number;
  /**
   * Set when `text` was converted from the file (HTML, JSON): where positions in `text` came
   * from, so that reported offsets, lines and columns point into the original file.
   */
  origin?: SourceOrigin;
}

/** The file a converted document was read from, and how its text maps back to it. */
export interface SourceOrigin {
  /** The file, shown as `SourceDocument.path` would be (differs from it for articles in .json/.jsonl). */
  file: string;
  /** The file content. */
  content: string;
  /** Maps a span of the document's `text` (start inclusive, end exclusive) to the span of `content` it was read from. */
  span(start: number, end: number): [number, number];
}

/** A problem with one input that did not stop the run. */
export interface Diagnostic {
  path: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}
