/**
 * compromise's word knowledge as plain JSON: what the fast tagger reads of compromise's model,
 * written once at build time (scripts/build-model.js) so that a run parses one JSON file instead
 * of loading compromise's 437 modules and unpacking its lexicon (0.5 s or more at every start,
 * and again in every worker thread). Inflections are compromise's own rules, replayed on the data.
 */

/** A suffix-thumb model: whole-word exceptions, endings that stay, ending rules. */
export interface SuffixModel {
  ex?: Record<string, string>;
  same?: string[];
  fwd?: Record<string, string>;
  both?: Record<string, string>;
}

/** The verb tenses an infinitive is taken from. */
export type Tense = 'PastTense' | 'PresentTense' | 'Gerund' | 'Participle';

export interface CompromiseSnapshot {
  /** compromise's version, checked when the snapshot is read. */
  version: string;
  lexicon: Record<string, string | string[]>;
  suffixPatterns: Array<Record<string, string> | null>;
  switches: Record<string, string>;
  clues: Record<string, Partial<Record<'beforeTags' | 'afterTags' | 'beforeWords' | 'afterWords', Record<string, string>>>>;
  abbreviations: string[];
  /** Each tag's parents ("PastTense" → ["Verb"]). */
  parents: Record<string, string[]>;
  /** Plural → singular for irregular nouns. */
  singulars: Record<string, string>;
  /** toSingular's rules in order: [pattern, flags, replacement]. */
  singularRules: Array<[string, string, string]>;
  /** Per tense, the model that turns it into the infinitive. */
  infinitives: Record<Tense, SuffixModel>;
  /** Words that can prefix a verb ("over cleaned"). */
  prefixes: Record<string, boolean>;
}

/** `table[key]` of a table that is read only as far as it is looked up. */
export type Lookup<T> = (key: string) => T | undefined;

/** The snapshot as read from its file (src/model/snapshot-file.ts): the two big tables are lookups. */
export type LoadedSnapshot = Omit<CompromiseSnapshot, 'lexicon' | 'switches'> & {
  lexicon: Lookup<string | string[]>;
  switches: Lookup<string>;
};

/** What compromise's world holds of the snapshot; used by the build script and the tests. */
export interface CompromiseWorld {
  one: { lexicon: CompromiseSnapshot['lexicon']; abbreviations: Record<string, unknown>; tagSet: Record<string, { parents?: string[] }>; prefixes?: Record<string, boolean> };
  two: {
    suffixPatterns: CompromiseSnapshot['suffixPatterns'];
    switches: CompromiseSnapshot['switches'];
    clues: CompromiseSnapshot['clues'];
    irregularPlurals: Record<string, string>;
    models: Record<'fromPast' | 'fromPresent' | 'fromGerund' | 'fromParticiple', SuffixModel>;
  };
}

/** The snapshot of a compromise world; `singularRules` are read from compromise's sources by the build. */
export function snapshotOf(version: string, world: CompromiseWorld, singularRules: Array<[RegExp, string]>): CompromiseSnapshot {
  const singulars: Record<string, string> = {};
  // as compromise inverts them: a later plural of one singular wins
  for (const [singular, plural] of Object.entries(world.two.irregularPlurals)) singulars[plural] = singular;
  const parents: Record<string, string[]> = {};
  for (const [tag, info] of Object.entries(world.one.tagSet)) parents[tag] = info.parents ?? [];
  const { fromPast, fromPresent, fromGerund, fromParticiple } = world.two.models;
  return {
    version,
    lexicon: world.one.lexicon,
    suffixPatterns: world.two.suffixPatterns,
    switches: world.two.switches,
    clues: world.two.clues,
    abbreviations: Object.keys(world.one.abbreviations),
    parents,
    singulars,
    singularRules: singularRules.map(([pattern, replacement]) => [pattern.source, pattern.flags, replacement]),
    infinitives: { PastTense: fromPast, PresentTense: fromPresent, Gerund: fromGerund, Participle: fromParticiple },
    prefixes: world.one.prefixes ?? {},
  };
}

/** compromise's toSingular on the snapshot: an irregular plural, else the first rule that matches. */
export function singularizer(snapshot: Pick<CompromiseSnapshot, 'singulars' | 'singularRules'>): (word: string) => string {
  const rules = snapshot.singularRules.map(([source, flags, replacement]) => [new RegExp(source, flags), replacement] as const);
  return (word) => {
    if (Object.hasOwn(snapshot.singulars, word)) return snapshot.singulars[word] as string;
    for (const [pattern, replacement] of rules) if (pattern.test(word)) return word.replace(pattern, replacement);
    return word;
  };
}

// copulas have no rule of their own in compromise
const COPULAS: Record<string, string> = { are: 'be', were: 'be', been: 'be', is: 'be', am: 'be', was: 'be', be: 'be', being: 'be' };

/** compromise's toInfinitive on the snapshot, for a known tense; phrasal verbs keep their particle. */
export function infinitiver(snapshot: Pick<CompromiseSnapshot, 'prefixes' | 'infinitives'>): (word: string, tense: string) => string {
  return (word, tense) => {
    let [verb = '', particle] = word.split(/ /);
    let prefix = '';
    if (particle && snapshot.prefixes[verb] === true) {
      prefix = verb;
      verb = particle;
      particle = '';
    }
    let infinitive: string;
    if (Object.hasOwn(COPULAS, word)) infinitive = COPULAS[word] as string;
    else if (Object.hasOwn(snapshot.infinitives, tense)) infinitive = convert(verb, snapshot.infinitives[tense as Tense]);
    else return word;
    if (particle) infinitive += ` ${particle}`;
    return prefix ? `${prefix} ${infinitive}` : infinitive;
  };
}

// --- internal ---

/** suffix-thumb's convert (5.x), which compromise inflects with: exceptions, kept endings, then the longest ending rule. */
function convert(word: string, model: SuffixModel): string {
  const exception = model.ex && Object.hasOwn(model.ex, word) ? model.ex[word] : null;
  return exception || (model.same?.some((end) => word.endsWith(end)) ? word : null) || byEnding(word, model.fwd ?? {}, model.both ?? {}) || word;
}

function byEnding(word: string, fwd: Record<string, string>, both: Record<string, string>): string | null {
  for (let i = word.length - 1; i >= 1; i--) {
    const size = word.length - i;
    const ending = word.substring(size);
    if (Object.hasOwn(fwd, ending)) return word.slice(0, size) + fwd[ending];
    if (Object.hasOwn(both, ending)) return word.slice(0, size) + both[ending];
  }
  if (Object.hasOwn(fwd, '')) return word + fwd[''];
  if (Object.hasOwn(both, '')) return word + both[''];
  return null;
}
