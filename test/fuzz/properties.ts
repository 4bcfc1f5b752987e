/** The fuzzed inputs, each with the checks it is held to: every invariant, and the oracles that know what the input says. */
import type fc from 'fast-check';
import type { KnownBug } from './known-bugs.js';
import { brokenInvariants, runCorpus, type CorpusFile, type Run } from './invariants.js';
import { formatProblems, relativeDateProblems } from './oracles.js';
import { figureCorpus } from './generators/figures.js';
import { formatCorpus } from './generators/formats.js';
import { relativeDateCorpus } from './generators/relative-dates.js';
import { fragmentText, mutatedArticle, randomUnicode, textCorpus } from './generators/text.js';

export interface FuzzProperty {
  name: string;
  /** Cases per seed in `npm test` (FUZZ_RUNS sets them all): about a second's worth on 2 cores. */
  quickRuns: number;
  corpus(): fc.Arbitrary<CorpusFile[]>;
  oracles: Array<(run: Run) => string[]>;
}

/** Plain text: random, claim-rich, and real articles mutated. */
export const TEXT_PROPERTIES: FuzzProperty[] = [
  { name: 'random Unicode', quickRuns: 100, corpus: () => textCorpus(randomUnicode), oracles: [] },
  { name: 'claim-rich fragments with random glue', quickRuns: 40, corpus: () => textCorpus(fragmentText), oracles: [] },
  { name: 'mutated corpus and fixture articles', quickRuns: 20, corpus: () => textCorpus(mutatedArticle), oracles: [] },
];

/** One figure or one date said in different ways by different articles. */
export const FIGURE_AND_DATE_PROPERTIES: FuzzProperty[] = [
  { name: 'one figure in other units and bounds', quickRuns: 25, corpus: figureCorpus, oracles: [] },
  { name: 'relative dates against publication dates', quickRuns: 30, corpus: relativeDateCorpus, oracles: [relativeDateProblems] },
];

export const FORMAT_PROPERTIES: FuzzProperty[] = [
  { name: 'one article as text, Markdown, HTML and JSON', quickRuns: 15, corpus: formatCorpus, oracles: [formatProblems, relativeDateProblems] },
];

const PROPERTIES = [...TEXT_PROPERTIES, ...FIGURE_AND_DATE_PROPERTIES, ...FORMAT_PROPERTIES];

/** What is wrong with factcheck's answer on these files, by the invariants and the property's oracles (by name; none for other names). */
export function problemsOf(propertyName: string | undefined, files: CorpusFile[], knownBugs?: KnownBug[]): string[] {
  const run = runCorpus(files);
  const oracles = PROPERTIES.find((p) => p.name === propertyName)?.oracles ?? [];
  return [...brokenInvariants(run, knownBugs), ...oracles.flatMap((oracle) => oracle(run))];
}
