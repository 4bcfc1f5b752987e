import type { Claim, DateClaim, DateValue, NumberClaim, Report, ReportedConflict, Subject } from '../../../src/types.js';
import { makeClaim, makeDate, makeSubject } from '../../builders.js';

const ABOUT: Subject = makeSubject({ key: 'follower' });

/** A number claim (1,200 followers in a.txt unless overridden); `text` also makes the sentence. */
export function makeNumberClaim(overrides: Partial<NumberClaim> = {}): NumberClaim {
  const text = overrides.text ?? '1,200';
  return makeClaim({ text, sentence: `${text} people marched.`, about: ABOUT, value: { min: 1200, max: 1200 }, ...overrides });
}

/** A date claim of the given value (a day unless told), its text the start unless overridden. */
export function makeDateClaim(value: Partial<DateValue> & Pick<DateValue, 'start' | 'end'>, overrides: Partial<DateClaim> = {}): DateClaim {
  const text = overrides.text ?? value.start ?? 'then';
  return makeDate({ text, sentence: `It happened on ${text}.`, about: ABOUT, value: { granularity: 'day', ...value }, ...overrides });
}

/** A conflict over the given claims; the first claim's source is the outlier unless told otherwise. */
export function makeConflict(claims: Claim[], overrides: Partial<ReportedConflict> = {}): ReportedConflict {
  const sources = [...new Set(claims.map((c) => c.source))];
  return {
    id: 'abcdef123456',
    kind: claims[0]?.kind ?? 'number',
    subject: 'follower · x',
    message: 'the figures differ',
    confidence: 0.9,
    agreeing: sources.slice(1),
    outliers: sources.slice(0, 1),
    claims,
    explanation: { grouped: ['both count "follower"'], clash: 'they differ' },
    severity: 'error',
    ...overrides,
  };
}

/** A report holding the conflicts, with one source per claim source. */
export function makeReport(conflicts: ReportedConflict[], overrides: Partial<Report> = {}): Report {
  const sources = [...new Set(conflicts.flatMap((c) => c.claims.map((claim) => claim.source)))].sort();
  const errors = conflicts.filter((c) => c.severity === 'error').length;
  return {
    schemaVersion: 1,
    tool: { name: 'factcheck', version: '0.1.0' },
    sources: sources.map((path) => ({ path, published: null, claims: 1 })),
    conflicts,
    suppressed: [],
    staleBaseline: [],
    claims: [],
    errors: [],
    skipped: [],
    summary: { sources: sources.length, claims: sources.length, conflicts: conflicts.length, bySeverity: { error: errors, warning: conflicts.length - errors }, suppressed: 0 },
    ...overrides,
  };
}
