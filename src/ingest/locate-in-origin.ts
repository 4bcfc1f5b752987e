import type { Claim, SourceDocument } from '../types.js';
import { buildLineIndex } from './line-index.js';

/**
 * For a document converted from its file (HTML, JSON), a function that moves a claim's offsets,
 * line, column and text from the converted text back into the file; identity otherwise.
 * Claim ids stay as they are: they only need to be unique within a run.
 */
export function locateInOrigin(doc: SourceDocument): (claim: Claim) => Claim {
  const { origin } = doc;
  if (!origin) return (claim) => claim;
  const position = buildLineIndex(origin.content);
  return (claim) => {
    const [start, end] = origin.span(claim.start, claim.end);
    const { line, column } = position(start);
    const text = origin.content.slice(start, end);
    const file = origin.file === claim.source ? {} : { file: origin.file };
    const display = text === claim.text ? {} : { display: claim.text };
    return { ...claim, ...file, text, ...display, start, end, line, column };
  };
}
