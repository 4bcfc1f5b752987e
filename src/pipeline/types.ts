import type { Conflict, Mention, Series, Story } from '../types.js';

/**
 * The types the pipeline hands between its stages and to its callers: what extraction keeps of
 * a source, what a run caches, and how a run reports its progress and its cost.
 */

/**
 * What the extract stage hands to the reconcile stage for one source: plain data (it crosses
 * worker threads, the cache and `factcheck extract` streams), without the document's text.
 */
export interface ExtractedSource {
  path: string;
  /** The file holding the article when it is not `path` (.json/.jsonl articles). */
  file?: string;
  published: string | null;
  /** Every mention, in document order, located in the file (offsets, line, column). */
  mentions: Mention[];
  /** Names the document coordinates as alternatives ("Welsh and Breton"), canonical. */
  contrasts: string[][];
  /** Every name the document mentions, canonical. */
  names: string[];
  /**
   * The names it uses inside a sentence (a capital after a lower-case word or a comma), canonical:
   * what tells its story from others, without the capitals that only open sentences.
   */
  storyNames: string[];
}

/** The stories of a run and their conflicts, before post-processing: what a run cache keeps. */
export interface StoryConflicts {
  stories: Story[];
  conflicts: Conflict[];
  /** Figures that changed over the coverage. */
  series: Series[];
}

/** A store for a run's StoryConflicts, keyed by everything they depend on (the caller's business). */
export interface RunMemo {
  get(): StoryConflicts | null;
  set(found: StoryConflicts): void;
}

/** Where a run spent its time (milliseconds) and what it read. */
export interface RunStats {
  files: number;
  sources: number;
  bytes: number;
  /** Threads that extracted (1: the calling thread). */
  threads: number;
  cache: { hits: number; misses: number };
  /** Finding the files. */
  collectMs: number;
  /** Reading and converting files (summed over threads). */
  ingestMs: number;
  /** Extracting claims (summed over threads). */
  extractMs: number;
  /** Wall time of reading and extracting every file (in parallel when threads > 1). */
  readExtractMs: number;
  /** Grouping stories and claims, finding conflicts, post-processing. */
  reconcileMs: number;
}

/** How far a run has got: files read, or articles whose claims are extracted (with the claims found so far). */
export interface Progress {
  stage: 'read' | 'extract';
  done: number;
  total: number;
  claims: number;
}
