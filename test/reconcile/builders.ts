import type { Claim, DateClaim, DateValue, NumberClaim, Subject } from '../../src/types.js';

/** A subject with defaults: no key, no words. */
export function makeSubject(overrides: Partial<Subject> = {}): Subject {
  return { key: null, anchors: [], predicate: null, terms: [], sentenceTerms: [], context: [], entities: [], owner: null, label: '', ...overrides };
}

/** A number claim with defaults (a plain count of 12 in a.txt), overridden field by field. */
export function makeClaim(overrides: Partial<NumberClaim> & { about?: Partial<Subject> } = {}): NumberClaim {
  const { about, ...rest } = overrides;
  const source = rest.source ?? 'a.txt';
  const start = rest.start ?? 0;
  return {
    id: `${source}#${start}`,
    source,
    text: '12',
    start,
    end: start + 2,
    line: 1,
    column: start + 1,
    sentence: 'The fire killed 12 people.',
    kind: 'number',
    value: { min: 12, max: 12 },
    unit: null,
    approximate: false,
    when: null,
    ...rest,
    about: makeSubject(about),
  };
}

/** A date claim with defaults (3 May 2024 in a.txt), overridden field by field. */
export function makeDateClaim(value: Partial<DateValue> = {}, overrides: Partial<DateClaim> & { about?: Partial<Subject> } = {}): DateClaim {
  const { about, ...rest } = overrides;
  const source = rest.source ?? 'a.txt';
  const start = rest.start ?? 0;
  return {
    id: `${source}#${start}`,
    source,
    text: 'May 3, 2024',
    start,
    end: start + 11,
    line: 1,
    column: start + 1,
    sentence: 'The bridge opened on May 3, 2024.',
    kind: 'date',
    value: { start: '2024-05-03', end: '2024-05-03', granularity: 'day', ...value },
    inferred: false,
    ...rest,
    about: makeSubject(about),
  };
}

export type { Claim };
