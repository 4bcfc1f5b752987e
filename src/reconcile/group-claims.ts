import type { Claim, ClaimGroup } from '../types.js';
import { blockingKeys, linkClaims, type Link, type LinkContext } from './link-claims.js';

/** The claims that speak of the same thing, and which pairs of them were linked. */
export interface LinkedGroup extends ClaimGroup {
  links: Map<string, Map<string, Link>>;
}

/**
 * Groups claims from different sources about the same thing: the connected parts of the
 * graph whose edges are linked pairs. Claims are first blocked by key so only claims that
 * could match are compared.
 */
export function groupClaims(claims: Claim[], context: LinkContext): LinkedGroup[] {
  const blocks = new Map<string, Claim[]>();
  for (const claim of claims) {
    for (const key of blockingKeys(claim, context.lexicon)) blocks.set(key, [...(blocks.get(key) ?? []), claim]);
  }
  const links = new Map<string, Map<string, Link>>();
  const addLink = (a: Claim, b: Claim, link: Link) => {
    links.set(a.id, (links.get(a.id) ?? new Map()).set(b.id, link));
    links.set(b.id, (links.get(b.id) ?? new Map()).set(a.id, link));
  };
  for (const [, members] of [...blocks].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i] as Claim;
        const b = members[j] as Claim;
        if (links.get(a.id)?.has(b.id)) continue;
        const link = linkClaims(a, b, context);
        if (link) addLink(a, b, link);
      }
    }
  }
  return components(claims, links);
}

// --- internal ---

function components(claims: Claim[], links: Map<string, Map<string, Link>>): LinkedGroup[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const groups: LinkedGroup[] = [];
  for (const claim of claims) {
    if (seen.has(claim.id) || !links.has(claim.id)) continue;
    const members: Claim[] = [];
    const stack = [claim.id];
    seen.add(claim.id);
    while (stack.length > 0) {
      const id = stack.pop() as string;
      members.push(byId.get(id) as Claim);
      for (const next of links.get(id)?.keys() ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    members.sort(byPosition);
    const groupLinks = new Map(members.map((m) => [m.id, links.get(m.id) ?? new Map<string, Link>()]));
    groups.push({ kind: claim.kind, key: claim.about.key ?? '', claims: members, links: groupLinks });
  }
  return groups;
}

export function byPosition(a: Claim, b: Claim): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start;
}
