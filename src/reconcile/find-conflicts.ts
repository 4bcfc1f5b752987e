import type { Claim, Conflict } from '../types.js';
import { datesCompatible, inBaseUnit, numbersCompatible } from './compare-values.js';
import { describeConflict } from './describe-conflict.js';
import { byPosition, type LinkedGroup } from './group-claims.js';

/**
 * Finds the conflicts of each group. Two linked claims clash when their values cannot both
 * be true and neither source says elsewhere something the other claim agrees with: a source
 * that gives 2019 and January 2021 for "the suspension" speaks of two suspensions, and
 * another source's 2021 contradicts neither. A second claim that fits the first one
 * ("more than a billion" beside "nearly $1.8 billion") is the same figure said loosely, not
 * a second thing, so it excuses nothing. Nor does a figure clash with a source that states
 * that very figure in another sentence, in words the linker did not match ("2,281 were offered
 * a place").
 */
export function findConflicts(groups: LinkedGroup[], claims: Claim[] = groups.flatMap((g) => g.claims)): Conflict[] {
  const conflicts: Conflict[] = [];
  const stated = statedFigures(claims);
  // a source that states this very figure ("2,281") elsewhere, in any words, speaks of it there;
  // not when it states it beside the clashing one ("$312 million, compared with $274 million")
  const echoed = (claim: Claim, clashing: Claim) => {
    const figure = specificFigure(claim);
    return figure !== null && (stated.get(clashing.source)?.get(figure) ?? []).some((echo) => echo.sentence !== clashing.sentence);
  };
  for (const group of groups) {
    const byId = new Map(group.claims.map((c) => [c.id, c]));
    const linked = (claim: Claim): Claim[] => [...(group.links.get(claim.id)?.keys() ?? [])].map((id) => byId.get(id) as Claim);
    // whether the source of `clashing` speaks elsewhere of a second thing that `claim` fits
    const satisfied = (claim: Claim, clashing: Claim) =>
      linked(claim).some((other) => other.source === clashing.source && compatible(claim, other) && !compatible(clashing, other));

    const pairs: Array<[Claim, Claim]> = [];
    for (const a of group.claims) {
      for (const b of linked(a)) {
        if (byPosition(a, b) >= 0 || compatible(a, b)) continue;
        if (!satisfied(a, b) && !satisfied(b, a) && !echoed(a, b) && !echoed(b, a)) pairs.push([a, b]);
      }
    }
    for (const core of joinPairs(pairs)) {
      const members = new Map(core.map((c) => [c.id, c]));
      // sources that agree with one side join the conflict as witnesses
      for (const claim of core) for (const other of linked(claim)) members.set(other.id, other);
      const claims = [...members.values()].sort(byPosition);
      const clashing = pairs.filter(([a]) => core.includes(a));
      conflicts.push(describeConflict(claims, clashing, group.links, compatible));
    }
  }
  return conflicts.sort((a, b) => byPosition(a.claims[0] as Claim, b.claims[0] as Claim) || (a.id < b.id ? -1 : 1));
}

export function compatible(a: Claim, b: Claim): boolean {
  if (a.kind === 'number' && b.kind === 'number') {
    if (a.unit !== b.unit) return numbersCompatible(inBaseUnit(a.value, a.unit), inBaseUnit(b.value, b.unit));
    return numbersCompatible(a.value, b.value);
  }
  if (a.kind === 'date' && b.kind === 'date') return datesCompatible(a.value, b.value);
  return true;
}

// --- internal ---

/**
 * An exact figure specific enough to name one fact ("2,281", "$54.25", "4.47 billion"), as unit
 * and value; round and short figures ("2,000", "18", "3.9") are said of many things.
 */
function specificFigure(claim: Claim): string | null {
  if (claim.kind !== 'number' || claim.value.min === null || claim.value.min !== claim.value.max) return null;
  const digits = String(claim.value.min).replace(/^[-0.]+|\.|e.*$/g, '').replace(/0+$/, '');
  return digits.length >= 3 ? `${claim.unit ?? ''}|${claim.value.min}` : null;
}

/** Per source, the claims that state each specific figure. */
function statedFigures(claims: Claim[]): Map<string, Map<string, Claim[]>> {
  const out = new Map<string, Map<string, Claim[]>>();
  for (const claim of claims) {
    const figure = specificFigure(claim);
    if (figure === null) continue;
    const figures = out.get(claim.source) ?? new Map<string, Claim[]>();
    figures.set(figure, [...(figures.get(figure) ?? []), claim]);
    out.set(claim.source, figures);
  }
  return out;
}

function joinPairs(pairs: Array<[Claim, Claim]>): Claim[][] {
  const cores: Array<Map<string, Claim>> = [];
  for (const [a, b] of pairs) {
    const hits = cores.filter((core) => core.has(a.id) || core.has(b.id));
    const merged = new Map<string, Claim>([[a.id, a], [b.id, b]]);
    for (const hit of hits) {
      for (const [id, claim] of hit) merged.set(id, claim);
      cores.splice(cores.indexOf(hit), 1);
    }
    cores.push(merged);
  }
  return cores.map((core) => [...core.values()].sort(byPosition));
}
