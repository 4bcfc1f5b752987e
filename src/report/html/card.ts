import type { Claim, ReportedConflict } from '../../types.js';
import { datePicture } from './date-picture.js';
import { fileHref, text } from './escape.js';
import { roleOf, type Picture } from './claim-marks.js';
import { numberPicture } from './number-picture.js';

/** What a card needs to know beyond its conflict. */
export interface CardContext {
  /** Publication date (ISO) of each source, null when it states none. */
  published: Map<string, string | null>;
  /** A short stable key per source (`s1`, `s2` …), for the source filter. */
  sourceKey: Map<string, string>;
  /** Path from the report's folder to the folder article paths are relative to ('' for the same). */
  linkBase: string;
}

/**
 * One conflict: subject, severity, confidence and id, the reason, the picture, every claim's
 * quote with its location, and the evidence collapsed. The data attributes drive the filters.
 */
export function renderCard(conflict: ReportedConflict, order: number, context: CardContext): string {
  const picture = conflict.kind === 'number' ? numberPicture(conflict) : datePicture(conflict);
  const claims = conflict.claims.map((claim, i) => renderClaim(conflict, claim, i + 1, context));
  const severity = conflict.severity === 'error' ? '✖ error' : '▲ warning';
  return `<article class="card sev-${conflict.severity}" id="conflict-${text(conflict.id)}" tabindex="-1" data-order="${order}" data-kind="${conflict.kind}" data-severity="${conflict.severity}" data-story="${conflict.story ?? 0}" data-confidence="${conflict.confidence.toFixed(2)}" data-subject="${text(conflict.subject)}">`
    + `<header class="card-head"><span class="badge sev">${severity}</span><span class="badge kind">${conflict.kind === 'number' ? '# figure' : '◷ date'}</span>`
    + `<h3 class="subject">${text(conflict.subject)}</h3><span class="card-meta">confidence ${conflict.confidence.toFixed(2)} · id <code>${text(conflict.id)}</code></span></header>`
    + `<p class="reason">${text(conflict.message)}</p>`
    + (picture ? figure(picture) : '<p class="no-picture">No picture: these values cannot be placed on one scale (weekdays or dates relative to undated articles).</p>')
    + `<ol class="claims">${claims.join('')}</ol>`
    + `<details class="why"><summary>Why these claims were linked, and why they clash</summary><ul>${conflict.explanation.grouped.map((g) => `<li>${text(g)}</li>`).join('')}</ul>`
    + `<p><strong>Clash:</strong> ${text(conflict.explanation.clash)}</p></details></article>`;
}

// --- internal ---

function figure(picture: Picture): string {
  return `<figure class="figure">${picture.svg}<figcaption>${text(picture.caption)}</figcaption></figure>`;
}

function renderClaim(conflict: ReportedConflict, claim: Claim, index: number, context: CardContext): string {
  const role = roleOf(conflict, claim);
  const file = claim.file ?? claim.source;
  const link = file === '<stdin>' ? `<span class="path">${text(file)}</span>` : `<a class="path" href="${text(fileHref(file, context.linkBase))}">${text(file)}</a>`;
  const article = claim.file ? ` <span class="article">(${text(claim.source)})</span>` : '';
  const published = context.published.get(claim.source);
  const date = published ? `published ${text(published)}` : 'no publication date';
  const badge = role === 'tie' ? '' : `<span class="badge role">${role === 'outlier' ? '◆ outlier' : '● agrees'}</span>`;
  return `<li class="claim role-${role}" data-claim="${index}" data-source="${context.sourceKey.get(claim.source) ?? ''}">`
    + `<div class="claim-head"><span class="claim-no">${index}</span>${badge}${link}<span class="pos">:${claim.line}:${claim.column}</span>${article}<span class="published">${date}</span></div>`
    + `<blockquote class="quote">${quote(claim)}</blockquote></li>`;
}

const WINDOW = 140;

/** The claim's sentence around it (trimmed to a window), the figure highlighted. */
function quote(claim: Claim): string {
  const sentence = claim.sentence.replace(/\s+/g, ' ');
  const words = (claim.display ?? claim.text).replace(/\s+/g, ' ');
  const at = sentence.indexOf(words);
  if (at < 0) return `<mark>${text(words)}</mark>`;
  const from = Math.max(0, at - WINDOW);
  const to = Math.min(sentence.length, at + words.length + WINDOW);
  const before = (from > 0 ? '…' : '') + sentence.slice(from, at);
  const after = sentence.slice(at + words.length, to) + (to < sentence.length ? '…' : '');
  return `${text(before)}<mark>${text(words)}</mark>${text(after)}`;
}
