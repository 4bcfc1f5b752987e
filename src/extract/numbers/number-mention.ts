import type { NumberValue } from '../../types.js';

/** A figure found in text, before anything is known of what it counts. */
export interface NumberMention {
  start: number;
  end: number;
  value: NumberValue;
  unit: string | null;
  approximate: boolean;
  /** False for a figure that is a mention but no claim: a list number, a label ("Article 12"), a bare year. */
  claim: boolean;
}
