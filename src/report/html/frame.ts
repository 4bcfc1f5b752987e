import { text } from './escape.js';
import { labelStart, labelWidth, spreadIntoLanes, type Extent } from './layout.js';

/** How a claim's value is drawn: see the legend (`legend.ts`). */
export type Shape = 'point' | 'band' | 'range' | 'above' | 'below' | 'span' | 'unplaced';

/** The side a claim's source is on: with the majority, the outlier, or neither (no majority). */
export type Role = 'agrees' | 'outlier' | 'tie';

/** A claim's mark, already placed along the picture (pixels). */
export interface PlacedMark {
  /** The claim's number in its card (1-based). */
  claim: number;
  role: Role;
  shape: Shape;
  from: number;
  to: number;
  label: string;
  /** Drawn with a dashed outline: placed by assumption (a year not stated). */
  dashed: boolean;
}

interface PictureSpec {
  marks: PlacedMark[];
  /** Stretches no claim covers, shaded (pixels). */
  gaps: Extent[];
  ticks: Array<{ x: number; label: string }>;
  /** What the picture shows, for screen readers. */
  description: string;
}

const WIDTH = 920;
export const LEFT = 20;
export const RIGHT = 900;

/** A position from 0 to 1 along the axis in pixels, kept just inside the picture. */
export function plotX(position: number): number {
  const x = LEFT + Math.min(1.02, Math.max(-0.02, position)) * (RIGHT - LEFT);
  return Number.isFinite(x) ? x : LEFT;
}

/** The picture as an inline SVG: marks in lanes so none overlap, the gaps shaded, the axis below. */
export function renderPicture(spec: PictureSpec): string {
  const extents = spec.marks.map((m) => {
    const start = labelStart(m.from - (m.shape === 'point' ? 5 : 0), labelWidth(m.label), LEFT - 12, RIGHT + 12);
    return { from: Math.min(m.from, start), to: Math.max(m.to, start + labelWidth(m.label)), start };
  });
  const lanes = spreadIntoLanes(extents, 10);
  const axisY = (Math.max(0, ...lanes) + 1) * LANE + 6;
  const height = axisY + 26;
  const gaps = spec.gaps.map((g) => `<rect class="gap" x="${n(g.from)}" y="0" width="${n(g.to - g.from)}" height="${n(axisY)}"/>`
    + (g.to - g.from > 28 ? `<text class="gap-label" x="${n((g.from + g.to) / 2)}" y="${n(axisY - 4)}">gap</text>` : ''));
  const gapEdges = spec.gaps.map((g) => `M${n(g.from)} 0V${n(axisY)}M${n(g.to)} 0V${n(axisY)}`).join('');
  // one path each for gridlines and ticks keeps a page of a thousand pictures small
  const grid = spec.ticks.map((t) => `M${n(t.x)} 0V${n(axisY)}`).join('');
  const ticks = spec.ticks.map((t) => `M${n(t.x)} ${n(axisY)}v5`).join('');
  const tickLabels = spec.ticks.map((t) => {
    const anchor = t.x < LEFT + 24 ? ' start' : t.x > RIGHT - 24 ? ' end' : '';
    return `<text class="tick-label${anchor}" x="${n(t.x)}" y="${n(axisY + 18)}">${text(t.label)}</text>`;
  });
  const marks = spec.marks.map((m, i) => {
    const top = (lanes[i] ?? 0) * LANE;
    const extent = extents[i] as { start: number };
    return `<g class="mark role-${m.role} shape-${m.shape}${m.dashed ? ' dashed' : ''}" data-claim="${m.claim}">`
      + `${shape(m, top + 23)}<text class="mark-label" x="${n(extent.start)}" y="${n(top + 11)}">${text(m.label)}</text></g>`;
  });
  return `<svg class="picture" viewBox="0 0 ${WIDTH} ${n(height)}" width="${WIDTH}" height="${n(height)}" role="img" aria-label="${text(spec.description)}">`
    + `${gaps.join('')}${gapEdges ? `<path class="gap-edge" d="${gapEdges}"/>` : ''}`
    + `${grid ? `<path class="grid" d="${grid}"/><path class="tick" d="${ticks}"/>` : ''}${tickLabels.join('')}`
    + `<path class="axis-line" d="M${LEFT} ${n(axisY)}H${RIGHT}"/>${marks.join('')}</svg>`;
}

// --- internal ---

const LANE = 34;

/** The mark itself, centred on y; every shape carries the class `shape` the tests and styles find. */
function shape(m: PlacedMark, y: number): string {
  const { from, to } = m;
  switch (m.shape) {
    case 'point':
      return `<circle class="shape" cx="${n(from)}" cy="${n(y)}" r="5.5"/>`;
    case 'band':
    case 'span': {
      const width = Math.max(to - from, 5);
      return `<rect class="shape" x="${n(from)}" y="${n(y - 6)}" width="${n(width)}" height="12" rx="${m.shape === 'band' ? 6 : 2}"/>`;
    }
    case 'range':
      return `<path class="shape" d="M${n(from + 4)} ${n(y - 7)}H${n(from)}V${n(y + 7)}H${n(from + 4)}M${n(from)} ${n(y)}H${n(to)}M${n(to - 4)} ${n(y - 7)}H${n(to)}V${n(y + 7)}H${n(to - 4)}"/>`;
    case 'above':
      return `<path class="shape" d="M${n(from)} ${n(y - 7)}V${n(y + 7)}M${n(from)} ${n(y)}H${n(to)}M${n(to - 8)} ${n(y - 6)}L${n(to)} ${n(y)}L${n(to - 8)} ${n(y + 6)}"/>`;
    case 'below':
      return `<path class="shape" d="M${n(to)} ${n(y - 7)}V${n(y + 7)}M${n(to)} ${n(y)}H${n(from)}M${n(from + 8)} ${n(y - 6)}L${n(from)} ${n(y)}L${n(from + 8)} ${n(y + 6)}"/>`;
    default:
      return `<circle class="shape" cx="${n(from)}" cy="${n(y)}" r="6"/><text class="unplaced-glyph" x="${n(from)}" y="${n(y + 4)}">?</text>`;
  }
}

/** A coordinate written short and stable: one decimal, never NaN or Infinity. */
function n(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 10) / 10) : '0';
}
