import type { Conflict, DateClaim } from '../../types.js';
import { markFor, type Picture } from './claim-marks.js';
import { LEFT, plotX, renderPicture } from './frame.js';
import { borrowedYear, dateTicks, dayLabel, daySpan, type DaySpan } from './date-scale.js';
import { sideGaps } from './layout.js';

/**
 * A timeline for a conflict over dates: each claim drawn as the span it names (a day, a month, a
 * quarter, a year), so "March 2019" and "4 March 2020" sit a year apart and "2020" covers
 * "4 March 2020". A date with no year is drawn, dashed, in the year of the dates it is compared with.
 */
export function datePicture(conflict: Conflict): Picture | null {
  const claims = conflict.claims as DateClaim[];
  const values = claims.map((c) => c.value);
  const spans: Array<DaySpan | null> = values.map((v) => daySpan(v, v.start?.startsWith('--') ? borrowedYear(v, values) : null));
  const placed = spans.filter((s): s is DaySpan => s !== null);
  if (placed.length === 0) return null;
  const first = Math.min(...placed.map((s) => s.from));
  const last = Math.max(...placed.map((s) => s.to));
  const pad = Math.max(1, (last - first) * 0.06);
  const [low, high] = [first - pad, last + pad];
  const x = (day: number) => plotX((day - low) / (high - low));
  const marks = claims.map((claim, i) => {
    const span = spans[i];
    if (!span) return markFor(conflict, claim, i + 1, { shape: 'unplaced', from: LEFT, to: LEFT, note: 'cannot be placed' });
    const note = span.borrowedYear ? 'year not stated' : undefined;
    return markFor(conflict, claim, i + 1, { shape: 'span', from: x(span.from), to: x(span.to), dashed: span.borrowedYear, ...(note ? { note } : {}) });
  });
  const gaps = sideGaps(placed, marks.filter((_, i) => spans[i]).map((m) => m.role === 'agrees'));
  const svg = renderPicture({
    marks,
    gaps: gaps.map((g) => ({ from: x(g.from), to: x(g.to) })),
    ticks: dateTicks(low, high).map((t) => ({ x: x(t.day), label: t.label })),
    description: `Timeline of ${claims.length} dates`,
  });
  const between = gaps.map((g) => `from ${dayLabel(g.from, true)} to ${dayLabel(g.to - 1, true)}`);
  const notes = [
    'Timeline: each date is drawn as the whole day, month or year it names.',
    ...(between.length > 0 ? [`Shaded: no source’s date falls ${between.join(', or ')}.`] : []),
    ...(placed.some((s) => s.borrowedYear) ? ['Dashed: the article does not state the year; drawn in the year of the dates it is compared with.'] : []),
    ...(placed.length < claims.length ? ['“?”: a date relative to an undated article, which cannot be placed.'] : []),
  ];
  return { svg, caption: notes.join(' ') };
}
