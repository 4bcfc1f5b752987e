import { FactcheckError } from '../errors.js';
import { claimToJson } from '../report/json.js';
import type { DateValue, Diagnostic, Mention, Subject } from '../types.js';
import type { ExtractedSource } from './types.js';

/**
 * The `factcheck extract` stream, one JSON object per line. Each source starts with a line
 * `{"type":"source", …}` that carries what reconcile needs of the whole document (its names, the
 * names it uses mid-sentence for story grouping, and the names it lists as alternatives); its mentions follow, one per line, in the v1 claim shape
 * plus `claim`, `id`, `subject` (what reconcile compares) and, for numbers, `when`. Problems with
 * inputs are `{"type":"error", …}` lines. `factcheck reconcile` reads such streams back.
 */
export function sourceLines(source: ExtractedSource): string {
  const header = {
    type: 'source',
    source: source.path,
    ...(source.file ? { file: source.file } : {}),
    published: source.published,
    mentions: source.mentions.length,
    claims: source.mentions.filter((m) => m.claim).length,
    names: source.names,
    storyNames: source.storyNames,
    contrasts: source.contrasts,
  };
  return [header, ...source.mentions.map(mentionToJson)].map((line) => `${JSON.stringify(line)}\n`).join('');
}

/** A diagnostic as a stream line. */
export function diagnosticLine(diagnostic: Diagnostic): string {
  return `${JSON.stringify({ type: diagnostic.severity === 'info' ? 'skipped' : 'error', ...diagnostic })}\n`;
}

/** A mention in the v1 claim shape, with its `claim` flag and what reconcile needs besides. */
export function mentionToJson(mention: Mention): Record<string, unknown> {
  // `about` (the label) and `key` are in the claim shape; the rest of the subject goes as it is
  const { key: _key, label: _label, ...subject } = mention.about;
  return {
    ...claimToJson(mention),
    claim: mention.claim,
    id: mention.id,
    subject,
    ...(mention.kind === 'number' ? { when: mention.when } : {}),
  };
}

/** Reads stream lines back, in order; `name` says which stream in errors. */
export class StreamReader {
  readonly sources: ExtractedSource[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private current: ExtractedSource | null = null;

  /** Takes one line of the stream `name` (1-based `line`). */
  add(text: string, name: string, line: number): void {
    if (!text.trim()) return;
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new FactcheckError('E_IO', `${name}:${line}: not a line of factcheck extract (invalid JSON)`);
    }
    if (value.type === 'source') {
      this.current = toSource(value);
      this.sources.push(this.current);
    } else if (value.type === 'error' || value.type === 'skipped') {
      const { type: _type, ...diagnostic } = value;
      this.diagnostics.push(diagnostic as unknown as Diagnostic);
    } else if (typeof value.kind === 'string') {
      if (!this.current || this.current.path !== value.source) {
        throw new FactcheckError('E_IO', `${name}:${line}: a mention of ${JSON.stringify(value.source)} without its source line (streams of factcheck extract only)`);
      }
      this.current.mentions.push(toMention(value));
    } else {
      throw new FactcheckError('E_IO', `${name}:${line}: not a line of factcheck extract`);
    }
  }

  /** Call at the end of each stream: mentions never carry over to the next one. */
  end(): void {
    this.current = null;
  }
}

// --- internal ---

function toSource(value: Record<string, unknown>): ExtractedSource {
  return {
    path: value.source as string,
    ...(typeof value.file === 'string' ? { file: value.file } : {}),
    published: (value.published as string | null) ?? null,
    mentions: [],
    contrasts: (value.contrasts as string[][]) ?? [],
    names: (value.names as string[]) ?? [],
    storyNames: (value.storyNames as string[]) ?? [],
  };
}

function toMention(value: Record<string, unknown>): Mention {
  const subject = value.subject as Omit<Subject, 'key' | 'label'>;
  const base = {
    id: value.id as string,
    source: value.source as string,
    ...(typeof value.file === 'string' ? { file: value.file } : {}),
    text: value.text as string,
    ...(typeof value.display === 'string' ? { display: value.display } : {}),
    start: value.start as number,
    end: value.end as number,
    line: value.line as number,
    column: value.column as number,
    sentence: value.sentence as string,
    about: { key: value.key as string | null, ...subject, context: subject.context ?? [], label: value.about as string },
    claim: value.claim as boolean,
  };
  if (value.kind === 'number') {
    return {
      ...base,
      kind: 'number',
      value: value.value as { min: number | null; max: number | null },
      unit: (value.unit as string | null) ?? null,
      approximate: value.approximate as boolean,
      when: (value.when as DateValue | null) ?? null,
    };
  }
  return { ...base, kind: 'date', value: value.value as DateValue, inferred: value.inferred as boolean };
}
