import type { Series } from '../../types.js';
import { dateTicks, dayOf } from './date-scale.js';
import { shorten, text } from './escape.js';
import { plotX, renderPicture, type PlacedMark } from './frame.js';

/** Figures that changed over the coverage: a small timeline per series, then its points in order. */
export function renderSeries(series: Series[]): string {
  if (series.length === 0) return '';
  return `<section class="series-list" id="series"><h2>Figures that changed over time</h2>`
    + `<p class="muted">Not conflicts: each figure holds for its own moment (“the toll rose from 31 to 54”).</p>${series.map(renderOne).join('')}</section>`;
}

// --- internal ---

/** Time in days (a fraction for the hour) of a moment `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`; null when unreadable. */
function momentOf(at: string): number | null {
  const day = dayOf(at);
  if (day === null) return null;
  const time = /T(\d{2}):(\d{2})/.exec(at);
  return time ? day + (Number(time[1]) * 60 + Number(time[2])) / 1440 : day;
}

function renderOne(series: Series): string {
  const moments = series.points.map((p) => momentOf(p.at));
  const known = moments.filter((m): m is number => m !== null);
  const first = Math.min(...known);
  const last = Math.max(...known);
  const pad = Math.max(0.5, (last - first) * 0.08);
  const [low, high] = [first - pad, last + pad];
  const x = (m: number) => plotX((m - low) / (high - low));
  const marks: PlacedMark[] = series.points.map((point, i) => {
    const at = moments[i] ?? null;
    const words = point.claim.display ?? point.claim.text;
    return {
      claim: i + 1,
      role: 'tie',
      shape: at === null ? 'unplaced' : 'point',
      from: at === null ? x(low) : x(at),
      to: at === null ? x(low) : x(at),
      dashed: false,
      label: `${i + 1} “${shorten(words, 30)}”`,
    };
  });
  const svg = known.length === 0 ? '' : renderPicture({
    marks,
    gaps: [],
    ticks: dateTicks(low, high).map((t) => ({ x: x(t.day), label: t.label })),
    description: `Timeline of ${series.points.length} figures for ${series.subject}`,
  });
  const points = series.points.map((p, i) => `<li data-claim="${i + 1}"><span class="claim-no">${i + 1}</span><time>${text(p.at.replace('T', ' '))}</time> `
    + `<mark>${text(p.claim.display ?? p.claim.text)}</mark> <span class="where"><span class="path">${text(p.claim.file ?? p.claim.source)}</span>:${p.claim.line}:${p.claim.column}</span></li>`);
  const story = series.story === undefined ? '' : `story ${series.story} · `;
  return `<article class="series" id="series-${text(series.id)}" data-kind="${series.kind}"><h3>${text(series.subject)}</h3>`
    + `<p class="muted">${story}${series.points.length} points · id <code>${text(series.id)}</code></p>`
    + (svg ? `<figure class="figure">${svg}<figcaption>Each figure placed at the moment it holds for.</figcaption></figure>` : '')
    + `<ol class="points">${points.join('')}</ol></article>`;
}
