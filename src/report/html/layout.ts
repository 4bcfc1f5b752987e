/** A horizontal stretch of a picture, in pixels or in value units. */
export interface Extent {
  from: number;
  to: number;
}

/**
 * Spreads marks that would overlap into lanes: each mark (with its label) takes the lowest lane
 * where it keeps `gap` from the marks already there. Marks are placed left to right, ties in
 * input order, so the same marks always get the same lanes. Returns each mark's lane.
 */
export function spreadIntoLanes(extents: Extent[], gap: number): number[] {
  const order = extents.map((e, i) => ({ ...e, i })).sort((a, b) => a.from - b.from || a.i - b.i);
  const laneEnds: number[] = [];
  const lanes: number[] = new Array<number>(extents.length).fill(0);
  for (const mark of order) {
    let lane = laneEnds.findIndex((end) => end + gap <= mark.from);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = mark.to;
    lanes[mark.i] = lane;
  }
  return lanes;
}

/**
 * The stretches no value covers between the lowest and the highest (open bounds as ±Infinity):
 * what the picture shades as the gap between the sides. Sorted, each as wide as it is.
 */
export function gapsBetween(values: Extent[]): Extent[] {
  const sorted = [...values].sort((a, b) => a.from - b.from || a.to - b.to);
  const gaps: Extent[] = [];
  let reach = -Infinity;
  for (const v of sorted) {
    if (reach !== -Infinity && v.from > reach) gaps.push({ from: reach, to: v.from });
    reach = Math.max(reach, v.to);
  }
  return gaps;
}

/**
 * The gaps between the sides of a conflict: the values flagged `together` (the sources that
 * agree) count as one stretch from the lowest to the highest, so the small differences that
 * rounding leaves among agreeing sources are not shaded.
 */
export function sideGaps(values: Extent[], together: boolean[]): Extent[] {
  const joined = values.filter((_, i) => together[i]);
  const hull = joined.length > 0 ? [{ from: Math.min(...joined.map((v) => v.from)), to: Math.max(...joined.map((v) => v.to)) }] : [];
  return gapsBetween([...hull, ...values.filter((_, i) => !together[i])]);
}

/** The label's left edge: over the mark's start, moved in so the label stays within [left, right]. */
export function labelStart(markFrom: number, labelWidth: number, left: number, right: number): number {
  return Math.max(left, Math.min(markFrom, right - labelWidth));
}

/** A label's width in pixels, estimated from its length (11px system sans averages about 6.2px a character). */
export function labelWidth(label: string): number {
  return Math.ceil([...label].length * 6.2);
}
