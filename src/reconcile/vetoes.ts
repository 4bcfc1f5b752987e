import type { Evidence } from './evidence.js';
import type { ClaimFrame } from './frame.js';
import type { StoryContext } from './story-context.js';

/**
 * Parts of two frames that, when they differ, make the claims different things or different
 * moments whatever else they share, so the pair is never a conflict: "200 were injured" and
 * "150 were arrested" count different people; a change ("rose 5%") is not a level ("5%"); a
 * narrowed count ("civilian deaths") is not the whole; "a year earlier" is not now. The scored
 * link weighs the rest; these are what an editor would never set against each other. Returns the
 * reason, or null.
 */
export function veto(a: ClaimFrame, b: ClaimFrame, evidence: Evidence, story: StoryContext): string | null {
  if (a.role !== b.role) return 'one is a change, the other a level';
  if (evidence.modifierMismatch) return 'one is narrowed by a word the other never says';
  if (evidence.totalMismatch) return 'one is a total over a period, the other not';
  if (evidence.ownerClash) return 'they belong to different names';
  if (evidence.contrastClash) return 'they take different members of a list the articles contrast';
  if (evidence.momentClash) return 'their sentences date them to different moments';
  if (evidence.pastMoment) return 'one is dated years back, the other not';
  if (differentEvents(a, b, story)) return 'their verbs name different events';
  return null;
}

// --- internal ---

/**
 * Both claims have a verb that says what happened to what they count ("injured", "arrested"),
 * and the verbs are not one event in WordNet's eyes. For dates the verb is the phase dated
 * ("ended", "resumed"): one phase is not another.
 */
function differentEvents(a: ClaimFrame, b: ClaimFrame, story: StoryContext): boolean {
  const [pa, pb] = [a.predicate, b.predicate];
  if (a.claim.kind === 'date') return pa !== pb;
  if (pa === null || pb === null || pa === pb) return false;
  return story.related(pa, pb) < 0.5 && (a.head === null || b.head === null || story.related(a.head, b.head) < 0.9 || a.head === pa || b.head === pb);
}
