import { MONTHS, WEEKDAYS } from '../data/calendar.js';
import { SMALL_NUMBERS } from '../data/number-words.js';
import type { Lexicon } from '../lexicon.js';
import type { ResolvedOptions } from '../options.js';
import { counts, split } from '../postprocess/apply-baseline.js';
import { staleEntries } from '../postprocess/baseline.js';
import { postprocess } from '../postprocess/postprocess.js';
import { buildContrastSets } from '../reconcile/contrast-sets.js';
import { findConflicts } from '../reconcile/find-conflicts.js';
import { groupClaims } from '../reconcile/group-claims.js';
import { groupStories } from '../reconcile/group-stories.js';
import type { Claim, Conflict, Diagnostic, Report, Story } from '../types.js';
import { VERSION } from '../version.js';
import { byPath, claimsOf, summarize, type ExtractedSource } from './extracted-source.js';

/**
 * The reconcile stage: extracted sources in, report out. Sources are grouped into stories first;
 * the claims of each story are compared with each other only, with the contrast lists and names
 * of that story's documents. The same for a full run, a cached run and `factcheck reconcile`.
 */
export function reconcileSources(
  extracted: ExtractedSource[],
  resolved: Pick<ResolvedOptions, 'lexicon' | 'postprocess'>,
  diagnostics: Diagnostic[] = [],
  memo: RunMemo = { get: () => null, set: () => {} },
): Report {
  const { lexicon, postprocess: settings } = resolved;
  const sources = [...extracted].sort(byPath);
  const claimsBySource = sources.map(claimsOf);
  let found = memo.get();
  if (!found) {
    found = storyConflicts(sources, claimsBySource, lexicon);
    memo.set(found);
  }
  const { stories, conflicts: reconciled } = found;
  const all = postprocess(reconciled, settings);
  const claims = claimsBySource.flat();
  return {
    schemaVersion: 1,
    tool: { name: 'factcheck', version: VERSION },
    sources: sources.map(summarize),
    ...split(all),
    staleBaseline: staleEntries(settings.baseline, all),
    stories,
    claims,
    errors: diagnostics.filter((d) => d.severity !== 'info'),
    skipped: diagnostics.filter((d) => d.severity === 'info'),
    summary: { sources: sources.length, claims: claims.length, ...counts(all) },
  };
}

/** The stories of a run and their conflicts, before post-processing: what a run cache keeps. */
export interface StoryConflicts {
  stories: Story[];
  conflicts: Conflict[];
}

/** A store for a run's StoryConflicts, keyed by everything they depend on (the caller's business). */
export interface RunMemo {
  get(): StoryConflicts | null;
  set(found: StoryConflicts): void;
}

// --- internal ---

function storyConflicts(sources: ExtractedSource[], claimsBySource: Claim[][], lexicon: Lexicon): StoryConflicts {
  // weekday, month and number words are capitalised or counted in every story alike
  const tellsStories = (word: string) => !lexicon.isStopword(word) && !(word in MONTHS) && !(word in WEEKDAYS) && !(word in SMALL_NUMBERS) && !/\d/.test(word);
  const groups = groupStories(
    sources.map((source, i) => ({
      path: source.path,
      names: source.storyNames.filter(tellsStories),
      mentions: source.names.filter(tellsStories),
      terms: (claimsBySource[i] as Claim[]).flatMap((c) => (c.about.key === null ? c.about.terms : [c.about.key, ...c.about.terms])).filter(tellsStories),
    })),
  );
  const stories: Story[] = [];
  const conflicts: Conflict[] = [];
  for (const group of groups.filter((g) => g.members.length > 1)) {
    const story: Story = { id: stories.length + 1, label: group.label, sources: group.members.map((i) => (sources[i] as ExtractedSource).path) };
    stories.push(story);
    const members = group.members.map((i) => sources[i] as ExtractedSource);
    const claims = group.members.flatMap((i) => claimsBySource[i] as Claim[]);
    const contrasts = buildContrastSets(members.flatMap((s) => s.contrasts));
    const names = new Map(members.map((s) => [s.path, new Set(s.names)]));
    for (const conflict of findConflicts(groupClaims(claims, { lexicon, contrasts, names }), claims)) conflicts.push({ ...conflict, story: story.id });
  }
  return { stories, conflicts };
}
