import type { Claim, Conflict } from '../../types.js';
import { claimRole } from '../locations.js';
import { shorten } from './escape.js';
import type { PlacedMark, Role, Shape } from './frame.js';

/** A conflict's picture and the sentence under it that states the scale and what is shaded. */
export interface Picture {
  svg: string;
  caption: string;
}

/** The side a claim's source is on; `tie` when the conflict names no majority. */
export function roleOf(conflict: Conflict, claim: Claim): Role {
  return claimRole(conflict, claim) ?? 'tie';
}

/** A placed mark for the claim numbered `index` in its card, labelled with its words and side. */
export function markFor(conflict: Conflict, claim: Claim, index: number, place: { shape: Shape; from: number; to: number; dashed?: boolean; note?: string }): PlacedMark {
  const role = roleOf(conflict, claim);
  const words = claim.display ?? claim.text;
  const side = role === 'tie' ? '' : ` · ${role}`;
  const note = place.note ? ` (${place.note})` : '';
  return {
    claim: index,
    role,
    shape: place.shape,
    from: place.from,
    to: place.to,
    dashed: place.dashed ?? false,
    label: `${index} “${shorten(words, 30)}”${note}${side}`,
  };
}
