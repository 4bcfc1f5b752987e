export interface Span {
  start: number;
  end: number;
}

/**
 * A set of text spans that answers "does this overlap any of them?" in logarithmic time, so a
 * paragraph dense with figures and dates is not scanned once per mention.
 */
export class SpanSet {
  /** Disjoint, sorted by start (so their ends are sorted too). */
  private readonly spans: Span[] = [];

  constructor(spans: Iterable<Span> = []) {
    for (const span of [...spans].sort((a, b) => a.start - b.start)) {
      const last = this.spans[this.spans.length - 1];
      if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
      else this.spans.push({ start: span.start, end: span.end });
    }
  }

  overlaps(start: number, end: number): boolean {
    const i = this.lastStartingBefore(end);
    return i >= 0 && (this.spans[i] as Span).end > start;
  }

  /** Adds a span that overlaps none already held. */
  add(span: Span): void {
    this.spans.splice(this.lastStartingBefore(span.end) + 1, 0, { start: span.start, end: span.end });
  }

  /** The index of the last span that starts before `at`, or -1. */
  private lastStartingBefore(at: number): number {
    let low = 0;
    let high = this.spans.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((this.spans[middle] as Span).start < at) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }
}
