import type { SourceOrigin } from '../types.js';

/**
 * Builds the text of a converted document piece by piece while remembering, for every
 * character, the span of the file it was read from, so positions can be mapped back.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  get length(): number {
    return this.starts.length;
  }

  /** Text read verbatim from `content[from, from + text.length)`: character i comes from from + i. */
  appendVerbatim(text: string, from: number): void {
    if (!text) return;
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(from + i);
      this.ends.push(from + i + 1);
    }
  }

  /** Text decoded from `content[from, to)` as a whole (an entity, an escape): every character maps to the whole span. */
  appendDecoded(text: string, from: number, to: number): void {
    if (!text) return;
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(from);
      this.ends.push(to);
    }
  }

  /** Text that stands for no file content (a paragraph break): it maps to the end of what came before. */
  appendSynthetic(text: string): void {
    const at = this.ends[this.ends.length - 1] ?? 0;
    this.appendDecoded(text, at, at);
  }

  text(): string {
    return this.parts.join('');
  }

  /** The origin of the built text within `content`. */
  origin(file: string, content: string): SourceOrigin {
    const { starts, ends } = this;
    return {
      file,
      content,
      span(start, end) {
        const from = starts[start] ?? content.length;
        const to = end > start ? (ends[end - 1] ?? from) : from;
        return [from, Math.max(from, to)];
      },
    };
  }
}
