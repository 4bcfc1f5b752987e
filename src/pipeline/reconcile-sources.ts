import { MONTHS, WEEKDAYS } from '../data/calendar.js';
import { SMALL_NUMBERS } from '../data/number-words.js';
import type { Lexicon } from '../lexicon.js';
import type { ResolvedOptions } from '../options.js';
import { counts, split } from '../postprocess/apply-baseline.js';
import { staleEntries } from '../postprocess/baseline.js';
import { postprocess } from '../postprocess/postprocess.js';
import { LINK_MODEL } from '../data/link-model.js';
import { relatedWords } from '../lexical/related-words.js';
import { wordnetIndex } from '../lexical/wordnet-index.js';
import { findConflicts } from '../reconcile/find-conflicts.js';
import { groupStories } from '../reconcile/group-stories.js';
import { frameStory } from '../reconcile/story-frames.js';
import { cueReader } from '../reconcile/time-cues.js';
import type { Claim, Conflict, Diagnostic, Report, Series, Story } from '../types.js';
import { VERSION } from '../version.js';
import { byPath, claimsOf, summarize } from './extracted-source.js';
import type { ExtractedSource, RunMemo, StoryConflicts } from './types.js';

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
  const { stories, conflicts: reconciled, series } = found;
  const all = postprocess(reconciled, settings);
  const claims = claimsBySource.flat();
  return {
    schemaVersion: 1,
    tool: { name: 'factcheck', version: VERSION },
    sources: sources.map(summarize),
    ...split(all),
    staleBaseline: staleEntries(settings.baseline, all),
    stories,
    ...(series.length > 0 ? { series } : {}),
    claims,
    errors: diagnostics.filter((d) => d.severity !== 'info'),
    skipped: diagnostics.filter((d) => d.severity === 'info'),
    summary: { sources: sources.length, claims: claims.length, ...counts(all) },
  };
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
  const series: Series[] = [];
  const multi = groups.filter((g) => g.members.length > 1);
  // WordNet is read only when some story has two articles to compare
  const related = multi.length > 0 ? relatedWords(lexicon, wordnetIndex()) : () => 0;
  const cues = cueReader();
  for (const group of multi) {
    const story: Story = { id: stories.length + 1, label: group.label, sources: group.members.map((i) => (sources[i] as ExtractedSource).path) };
    stories.push(story);
    const members = group.members.map((i) => sources[i] as ExtractedSource);
    const claims = group.members.flatMap((i) => claimsBySource[i] as Claim[]);
    const found = findConflicts(frameStory(members, claims, related, cues), LINK_MODEL);
    for (const conflict of found.conflicts) conflicts.push({ ...conflict, story: story.id });
    for (const one of found.series) series.push({ ...one, story: story.id });
  }
  return { stories, conflicts, series };
}
