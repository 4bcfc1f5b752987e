import { createHash } from 'node:crypto';
import type { Claim, Conflict } from '../types.js';
import { agreementStrength, dateClash, describeNumber, numberClash } from './compare-values.js';
import type { Link } from './link-claims.js';

/**
 * Turns clashing claims into a Conflict: which sources agree, which is the outlier, a
 * message an editor can act on, a confidence and a stable id.
 */
export function describeConflict(
  claims: Claim[],
  clashing: Array<[Claim, Claim]>,
  links: Map<string, Map<string, Link>>,
  compatible: (a: Claim, b: Claim) => boolean,
): Conflict {
  const { agreeing, outliers } = majority(claims, compatible);
  // the reason reads from the outlier's side when there is one
  const pair = clashing.find(([a, b]) => outliers.includes(a.source) || outliers.includes(b.source)) ?? (clashing[0] as [Claim, Claim]);
  const [first, second] = outliers.includes(pair[1].source) ? [pair[1], pair[0]] : pair;
  const firstLink = links.get(first.id)?.get(second.id);
  const subject = [first.about.key ?? '', ...(firstLink?.shared ?? []).slice(0, 3)].filter(Boolean).join(' · ');
  const reason = first.kind === 'date' && second.kind === 'date'
    ? dateClash(first.value, second.value)
    : numberClash(first.value as never, second.value as never, first.kind === 'number' ? first.unit : null, second.kind === 'number' ? second.unit : null);
  const quote = (source: string) => {
    const texts = [...new Set(claims.filter((c) => c.source === source).map(quoteClaim))];
    return `${texts.join(' / ')} (${source})`;
  };
  const sources = [...new Set(claims.map((c) => c.source))];
  const attributed = clashing.some(([a, b]) => a.attributed || b.attributed);
  const caveat = attributed ? '; it rests on a figure the article attributes with distance ("claimed", "alleged")' : '';
  const message = outliers.length > 0
    ? `${outliers.map(quote).join(' and ')} disagree${outliers.length === 1 ? 's' : ''} with ${agreeing.map(quote).join(', ')}: ${reason}${caveat}`
    : `${sources.map(quote).join(' vs ')}: ${reason}${caveat}`;
  return {
    id: conflictId(first.kind, subject, claims),
    kind: first.kind,
    subject,
    message,
    confidence: confidenceOf(clashing, links),
    agreeing,
    outliers,
    claims,
    ...(attributed ? { attributed } : {}),
    explanation: { grouped: groundsOf(first, second, firstLink), clash: `${quoteClaim(first)} and ${quoteClaim(second)}: ${reason}${caveat}` },
  };
}

// --- internal ---

/** Why two claims were linked, in words an editor can check. */
function groundsOf(a: Claim, b: Claim, link: Link | undefined): string[] {
  const grounds: string[] = [];
  const [ka, kb] = [a.about.key ?? '?', b.about.key ?? '?'];
  grounds.push(ka === kb ? `both ${a.kind === 'date' ? 'date' : 'count'} "${ka}"` : `"${ka}" and "${kb}" name the same thing (synonyms or one word's forms)`);
  if (link && link.shared.length > 0) grounds.push(`shared words: ${link.shared.slice(0, 6).join(', ')}`);
  const [pa, pb] = [a.about.predicate, b.about.predicate];
  if (pa !== null && pb !== null) grounds.push(`verbs: ${pa === pb ? pa : `${pa} ~ ${pb}`}`);
  if (a.about.owner !== null || b.about.owner !== null) grounds.push(`belongs to: ${a.about.owner ?? b.about.owner}`);
  if (a.kind === 'number' && b.kind === 'number') {
    if (a.unit !== null || b.unit !== null) grounds.push(a.unit === b.unit ? `unit: ${a.unit}` : `units: ${a.unit} and ${b.unit}, compared in one base unit`);
    if (a.when?.start && b.when?.start) grounds.push(`both hold for ${a.when.start}${a.when.end !== a.when.start ? `…${a.when.end}` : ''}`);
  }
  return grounds;
}

/** The claim's words, and the date they were read as when the words alone do not say it. */
function quoteClaim(claim: Claim): string {
  if (claim.kind !== 'date' || !claim.value.start || claim.value.start.startsWith('--')) return `"${claim.text}"`;
  const year = claim.value.start.slice(0, 4);
  if (claim.text.includes(year) && !claim.inferred) return `"${claim.text}"`;
  const shown = claim.value.granularity === 'day' ? claim.value.start : claim.value.granularity === 'month' ? claim.value.start.slice(0, 7) : claim.value.granularity === 'year' ? year : `${claim.value.start}…${claim.value.end}`;
  return `"${claim.text}" (${shown})`;
}

function valueKey(claim: Claim): string {
  if (claim.kind === 'number') return describeNumber(claim.value);
  const relative = claim.value.relative ? `/${claim.value.relative.amount}${claim.value.relative.unit}` : '';
  return `${claim.value.start ?? '?'}/${claim.value.end ?? '?'}/${claim.value.granularity}${relative}`;
}

function conflictId(kind: string, subject: string, claims: Claim[]): string {
  const values = [...new Set(claims.map((c) => `${c.source}=${valueKey(c)}`))].sort();
  return createHash('sha256').update(JSON.stringify([kind, subject, values])).digest('hex').slice(0, 12);
}

function confidenceOf(clashing: Array<[Claim, Claim]>, links: Map<string, Map<string, Link>>): number {
  const scores = clashing.map(([a, b]) => {
    const link = links.get(a.id)?.get(b.id);
    let score = 0.5 + 0.1 * Math.min(link?.shared.length ?? 0, 3) + (link?.sameKey ? 0.1 : 0);
    if ((a.kind === 'date' && a.inferred) || (b.kind === 'date' && b.inferred)) score -= 0.15;
    if ((a.kind === 'number' && a.approximate) || (b.kind === 'number' && b.approximate)) score -= 0.05;
    if (a.attributed || b.attributed) score -= 0.15;
    return score;
  });
  // a reduce, not Math.max(...scores): a big group has hundreds of thousands of clashing pairs,
  // and spreading them as arguments overflows the call stack (robustness fix, issue 7)
  const best = scores.reduce((max, score) => Math.max(max, score), -Infinity);
  return Math.round(Math.min(0.99, Math.max(0.05, best)) * 100) / 100;
}

/**
 * The largest-weight set of sources that all agree (weight: the calendar fields each pair of
 * them shares), and the others as outliers. On a tie nobody is named the outlier.
 */
function majority(claims: Claim[], compatible: (a: Claim, b: Claim) => boolean): { agreeing: string[]; outliers: string[] } {
  const sources = [...new Set(claims.map((c) => c.source))].sort();
  if (sources.length > 12) return { agreeing: [], outliers: [] };
  const strength = (s: string, t: string): number | null => {
    let best: number | null = null;
    for (const a of claims.filter((c) => c.source === s)) {
      for (const b of claims.filter((c) => c.source === t)) {
        if (compatible(a, b)) best = Math.max(best ?? 0, agreementStrength(a.value, b.value));
      }
    }
    return best;
  };
  let bestWeight = -1;
  let bestSets: string[][] = [];
  for (let mask = 1; mask < 1 << sources.length; mask++) {
    const set = sources.filter((_, i) => mask & (1 << i));
    if (set.length < 2) continue;
    let weight = 0;
    let ok = true;
    for (let i = 0; i < set.length && ok; i++) {
      for (let j = i + 1; j < set.length && ok; j++) {
        const s = strength(set[i] as string, set[j] as string);
        if (s === null) ok = false;
        else weight += s;
      }
    }
    if (!ok) continue;
    if (weight > bestWeight) {
      bestWeight = weight;
      bestSets = [set];
    } else if (weight === bestWeight) {
      bestSets.push(set);
    }
  }
  if (bestSets.length !== 1) return { agreeing: [], outliers: [] };
  const agreeing = bestSets[0] as string[];
  return { agreeing, outliers: sources.filter((s) => !agreeing.includes(s)) };
}
