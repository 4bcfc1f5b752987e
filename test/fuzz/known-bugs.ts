/**
 * Product bugs the fuzzer found that are not fixed yet. Each names its minimal case in cases/
 * (run there with `it.fails`, so the fix shows up as an unexpected pass) and exempts from the fuzz
 * runs only the conflicts it explains, among those that break its invariant, so that the runs
 * keep looking for other bugs. When a fix lands: delete the entry and the case's `fails` line.
 */
import type { Claim, Conflict, Report } from '../../src/types.js';
import { dimensionOf } from './clash.js';

export interface KnownBug {
  /** The file under cases/ holding the minimal input. */
  case: string;
  /** The invariant it breaks (a key of `invariants()`). */
  invariant: string;
  explains(conflict: Conflict, report: Report): boolean;
}

export const KNOWN_PRODUCT_BUGS: KnownBug[] = [
  {
    // compare-values.ts widens a duration by its stated precision before comparing two floors (or
    // two ceilings) as figures, so one duration in two units ("at least two years", "at least
    // 24 months") stops naming one figure
    case: 'bug-open-durations-in-two-units.json',
    invariant: 'every conflict has two claims whose values clash',
    explains: (conflict) => conflict.claims.some((a) => conflict.claims.some((b) => a.source !== b.source && openDurationsInTwoUnits(a, b))),
  },
  {
    // find-conflicts.ts adds the agreeing witnesses to each core of clashing pairs after joining
    // the cores, so two cores that share no claim can grow into one set, reported twice
    case: 'bug-one-conflict-reported-twice.json',
    invariant: 'conflict ids are unique',
    explains: (conflict, report) => report.conflicts.some((other) => other !== conflict && other.id === conflict.id && sameClaims(other, conflict)),
  },
  {
    // data/units.ts gives the ounce and the barrel shortened factors (0.028349523 kg, 158.987295 l),
    // and figures that are not round are compared exactly, so "1 barrel" clashes with "42 gallons"
    case: 'bug-shortened-unit-factors.json',
    invariant: 'every conflict has two claims whose values clash',
    explains: (conflict) => conflict.claims.some((c) => c.kind === 'number' && (c.unit === 'oz' || c.unit === 'bbl')),
  },
];

// --- internal ---

function openDurationsInTwoUnits(a: Claim, b: Claim): boolean {
  if (a.kind !== 'number' || b.kind !== 'number' || a.unit === b.unit) return false;
  if (dimensionOf(a.unit) !== 'time' || dimensionOf(b.unit) !== 'time') return false;
  const floor = (c: typeof a) => c.value.min !== null && c.value.max === null;
  const ceiling = (c: typeof a) => c.value.min === null && c.value.max !== null;
  return (floor(a) && floor(b)) || (ceiling(a) && ceiling(b));
}

function sameClaims(a: Conflict, b: Conflict): boolean {
  return a.claims.map((c) => c.id).join() === b.claims.map((c) => c.id).join();
}
