import { toBaseUnit } from '../../reconcile/compare-numbers.js';
import { UNITS_BY_SYMBOL } from '../../data/units.js';
import type { Conflict, NumberClaim, NumberValue } from '../../types.js';
import { markFor, type Picture } from './claim-marks.js';
import { LEFT, plotX, renderPicture, RIGHT, type Shape } from './frame.js';
import { sideGaps, type Extent } from './layout.js';
import { formatFigure, LOG_RATIO, numberPosition, numberScale, numberTicks, type NumberScale } from './number-scale.js';

/**
 * A number line for a conflict over figures: a point for an exact figure, a band for "about",
 * an open arrow for "more than" or "fewer than", a bracket for a range; log scale when the
 * figures are more than ten times apart.
 */
export function numberPicture(conflict: Conflict): Picture | null {
  const claims = conflict.claims as NumberClaim[];
  const units = [...new Set(claims.map((c) => c.unit))];
  // figures in different units of one dimension ("5 km", "4,000 m") are compared in the base unit
  const values = claims.map((c) => (units.length > 1 ? toBaseUnit(c.value, c.unit) : c.value));
  const finite = values.flatMap((v) => [v.min, v.max]).filter((x): x is number => x !== null && Number.isFinite(x));
  if (finite.length === 0) return null;
  const scale = numberScale(finite, { below: values.some((v) => v.min === null), above: values.some((v) => v.max === null) });
  const x = (value: number) => plotX(numberPosition(scale, value));
  const marks = claims.map((claim, i) => markFor(conflict, claim, i + 1, place(values[i] as NumberValue, claim.approximate, x)));
  const gaps = sideGaps(values.map((v) => ({ from: v.min ?? -Infinity, to: v.max ?? Infinity })), marks.map((m) => m.role === 'agrees'));
  const unit = units.length === 1 ? (units[0] ?? null) : baseUnit(units);
  const suffix = unit === 'percent' ? '%' : '';
  const ticks = numberTicks(scale).map((t) => ({ x: x(t), label: `${formatFigure(t)}${suffix}` }));
  const svg = renderPicture({
    marks,
    gaps: gaps.map((g) => ({ from: Number.isFinite(g.from) ? x(g.from) : LEFT, to: Number.isFinite(g.to) ? x(g.to) : RIGHT })),
    ticks,
    description: `Number line of ${claims.length} figures, ${scale.type} scale`,
  });
  return { svg, caption: caption(scale, unit, gaps) };
}

// --- internal ---

/** Unit symbols written out where they read badly alone. */
const UNIT_NAMES: Record<string, string> = { sec: 'seconds', min: 'minutes', h: 'hours', d: 'days', wk: 'weeks', mo: 'months', yr: 'years', fraction: 'fractions' };

/** States the scale, the unit and the figures no source gives (the shaded gaps). */
function caption(scale: NumberScale, unit: string | null, gaps: Extent[]): string {
  const suffix = unit === 'percent' ? '%' : '';
  const scaleNote = scale.type === 'log'
    ? `Log scale: the figures are more than ${LOG_RATIO} times apart`
    : `Linear scale${scale.low > 0 ? ` from ${formatFigure(scale.low)}${suffix}, not zero` : ''}`;
  const unitNote = unit && unit !== 'percent' ? `, in ${UNIT_NAMES[unit] ?? unit}` : '';
  const between = gaps.map((g) => `between ${formatFigure(g.from)}${suffix} and ${formatFigure(g.to)}${suffix}`);
  return `${scaleNote}${unitNote}.${between.length > 0 ? ` Shaded: no source’s figure lies ${between.join(', or ')}.` : ''}`;
}

function place(value: NumberValue, approximate: boolean, x: (v: number) => number): { shape: Shape; from: number; to: number } {
  const { min, max } = value;
  if (min === null && max === null) return { shape: 'unplaced', from: LEFT, to: LEFT };
  if (max === null) return { shape: 'above', from: x(min as number), to: RIGHT };
  if (min === null) return { shape: 'below', from: LEFT, to: x(max) };
  if (min === max) return { shape: 'point', from: x(min), to: x(min) };
  return { shape: approximate ? 'band' : 'range', from: x(min), to: x(max) };
}

/** The unit figures of several units are drawn in: their dimension's base unit (factor 1). */
function baseUnit(units: Array<string | null>): string | null {
  const dimension = units.map((u) => (u === null ? undefined : UNITS_BY_SYMBOL.get(u)?.dimension)).find(Boolean);
  return [...UNITS_BY_SYMBOL.values()].find((u) => u.dimension === dimension && u.factor === 1)?.symbol ?? null;
}
