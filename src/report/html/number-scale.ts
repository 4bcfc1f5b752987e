/** A scale for figures: linear, or logarithmic when they span more than an order of magnitude. */
export interface NumberScale {
  type: 'linear' | 'log';
  /** The domain shown, padded around the figures. */
  low: number;
  high: number;
}

/** Figures more than this many times apart are drawn on a log scale. */
export const LOG_RATIO = 10;

/**
 * The scale for a set of finite figures: log when all are positive and the largest is more than
 * LOG_RATIO times the smallest. `open` widens the side where a bound is open ("more than"), so
 * its arrow has room to point.
 */
export function numberScale(values: number[], open: { below: boolean; above: boolean }): NumberScale {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const type = low > 0 && high / low > LOG_RATIO ? 'log' : 'linear';
  const [a, b] = type === 'log' ? [Math.log10(low), Math.log10(high)] : [low, high];
  // a single figure still gets a visible span
  const span = b - a || (type === 'log' ? 1 : Math.abs(a) || 1);
  const padLow = span * (open.below ? 0.3 : 0.1);
  const padHigh = span * (open.above ? 0.3 : 0.1);
  if (type === 'log') return { type, low: 10 ** (a - padLow), high: 10 ** (b + padHigh) };
  // figures far apart are drawn from zero, so the picture shows how far; close ones are zoomed in on
  const fromZero = low >= 0 && high - low >= high / 3;
  return { type, low: fromZero ? 0 : low >= 0 ? Math.max(0, a - padLow) : a - padLow, high: b + padHigh };
}

/** Where a figure falls, 0 (low end) to 1 (high end); outside when outside the domain. */
export function numberPosition(scale: NumberScale, value: number): number {
  if (scale.type === 'log') {
    const v = Math.log10(Math.max(value, Number.MIN_VALUE));
    return (v - Math.log10(scale.low)) / (Math.log10(scale.high) - Math.log10(scale.low));
  }
  return (value - scale.low) / (scale.high - scale.low);
}

/** Round figures to mark on the axis: powers of ten (and 2× and 5× over short log spans), or 1-2-5 steps. */
export function numberTicks(scale: NumberScale): number[] {
  if (scale.type === 'log') {
    const from = Math.floor(Math.log10(scale.low));
    const to = Math.ceil(Math.log10(scale.high));
    const steps = Math.log10(scale.high / scale.low) <= 2 ? [1, 2, 5] : [1];
    const ticks: number[] = [];
    for (let e = from; e <= to; e++) for (const s of steps) ticks.push(Number((s * 10 ** e).toPrecision(12)));
    return ticks.filter((t) => t >= scale.low && t <= scale.high);
  }
  const step = niceStep((scale.high - scale.low) / 5);
  const ticks: number[] = [];
  for (let t = Math.ceil(scale.low / step) * step; t <= scale.high; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/** A figure written short for an axis: 1,200, 727k, 1.5M, 2.1bn, 0.25. */
export function formatFigure(value: number): string {
  const abs = Math.abs(value);
  const short = (n: number, suffix: string) => `${trim(n.toFixed(n >= 100 ? 0 : n >= 10 ? 1 : 2))}${suffix}`;
  const sign = value < 0 ? '-' : '';
  if (abs >= 1e9) return sign + short(abs / 1e9, 'bn');
  if (abs >= 1e6) return sign + short(abs / 1e6, 'M');
  if (abs >= 1e4) return sign + short(abs / 1e3, 'k');
  if (abs >= 1000) return sign + Math.round(abs).toString().replace(/\B(?=(\d{3})+$)/g, ',');
  return sign + trim(abs.toFixed(abs >= 10 ? 1 : abs >= 1 ? 2 : 3));
}

// --- internal ---

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].find((s) => s * power >= raw) ?? 10;
  return step * power;
}

function trim(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
