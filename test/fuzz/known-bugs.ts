/**
 * Product bugs the fuzzer found that are not fixed yet. Each names its minimal case in cases/
 * (run there with `it.fails`, so the fix shows up as an unexpected pass) and exempts from the fuzz
 * runs only the conflicts it explains, among those that break its invariant, so that the runs
 * keep looking for other bugs. When a fix lands: delete the entry and the case's `fails` line.
 */
import type { Conflict, Report } from '../../src/types.js';

export interface KnownBug {
  /** The file under cases/ holding the minimal input. */
  case: string;
  /** The invariant it breaks (a key of `invariants()`). */
  invariant: string;
  explains(conflict: Conflict, report: Report): boolean;
}

// none open: the three the fuzzer found (open durations in two units, one conflict reported twice,
// shortened unit factors) were fixed with the new linker; their cases stay in cases/ as fixed-*.json
export const KNOWN_PRODUCT_BUGS: KnownBug[] = [];
