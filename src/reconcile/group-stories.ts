/** One document as story grouping sees it. */
export interface StoryProfile {
  path: string;
  /** Names the document mentions (canonical): what tells one story from another. */
  names: string[];
  /** Key and context words of its claims: what the story is about when it names nothing. */
  terms: string[];
}

/** Documents about one story, by index into the profiles, and the names they share most. */
export interface StoryGroup {
  members: number[];
  label: string;
}

/** Cosine similarity (idf-weighted) at which two documents are taken to tell one story. */
export const STORY_SIMILARITY = 0.17;

/** Rare words two documents must share at least: one shared name is a coincidence, not a story. */
export const MIN_SHARED_WORDS = 2;

/** How much a claim word weighs beside a name: claim words ("killed", "worker") are shared by many stories. */
export const TERM_WEIGHT = 0.5;

/**
 * Word weights are computed as if the corpus held at least this many documents: a small corpus
 * is one story as far as anyone can tell, and its shared names must not weigh less for it.
 */
export const BACKGROUND_DOCUMENTS = 1000;

/**
 * A word in more documents than this is a word of the genre ("police", "resident"), not of a
 * story; it is left out of similarities, which keeps grouping linear in the corpus size. Below
 * 1,000 documents the limit is a tenth of the corpus, but never under MIN_GENERIC_DOCUMENTS.
 */
export const MAX_STORY_DOCUMENTS = 100;

/** A word in this many documents may still be one story's: small corpora are often one story. */
export const MIN_GENERIC_DOCUMENTS = 20;

/**
 * Groups documents into stories before their claims are compared: two documents are linked
 * when the cosine similarity of the names and claim words they use (weighted by rarity, claim
 * words at TERM_WEIGHT) reaches STORY_SIMILARITY over at least MIN_SHARED_WORDS words; stories
 * are the connected parts. Pairs are
 * found through an inverted index, so only documents that share a word are ever compared, in
 * time linear in the corpus. Deterministic: groups come in the order of their first member.
 */
export function groupStories(profiles: StoryProfile[]): StoryGroup[] {
  const features = profiles.map(featuresOf);
  const postings = new Map<string, Array<[number, number]>>();
  features.forEach((words, doc) => {
    for (const [word, role] of words) {
      const list = postings.get(word);
      if (list) list.push([doc, role]);
      else postings.set(word, [[doc, role]]);
    }
  });
  const idf = new Map<string, number>();
  const generic = Math.max(MIN_GENERIC_DOCUMENTS, Math.min(MAX_STORY_DOCUMENTS, profiles.length / 10));
  for (const [word, docs] of postings) {
    if (docs.length <= generic) idf.set(word, Math.log(1 + Math.max(profiles.length, BACKGROUND_DOCUMENTS) / docs.length));
  }
  const norms = features.map((words) => Math.sqrt([...words].reduce((sum, [w, role]) => sum + (role * (idf.get(w) ?? 0)) ** 2, 0)));
  const parent = profiles.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  // per document, the dot products with every later document sharing a word (one reused array)
  const dots = new Float64Array(profiles.length);
  const shared = new Uint32Array(profiles.length);
  const touched: number[] = [];
  features.forEach((words, a) => {
    for (const [word, role] of words) {
      const weight = idf.get(word);
      if (weight === undefined) continue;
      for (const [b, other] of postings.get(word) as Array<[number, number]>) {
        if (b <= a) continue;
        if (dots[b] === 0) touched.push(b);
        dots[b] = (dots[b] as number) + role * other * weight * weight;
        shared[b] = (shared[b] as number) + 1;
      }
    }
    for (const b of touched) {
      const similar = (dots[b] as number) / ((norms[a] as number) * (norms[b] as number)) >= STORY_SIMILARITY;
      if (similar && (shared[b] as number) >= MIN_SHARED_WORDS) {
        const [ra, rb] = [find(a), find(b)];
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
      dots[b] = 0;
      shared[b] = 0;
    }
    touched.length = 0;
  });
  const groups = new Map<number, number[]>();
  profiles.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()]
    .sort((a, b) => (a[0] as number) - (b[0] as number))
    .map((members) => ({ members, label: labelOf(members.map((i) => profiles[i] as StoryProfile), idf) }));
}

// --- internal ---

/** Each word of a document with its weight: 1 for a name, TERM_WEIGHT for a claim word only. */
function featuresOf(profile: StoryProfile): Map<string, number> {
  const words = new Map<string, number>();
  for (const term of profile.terms) words.set(term, TERM_WEIGHT);
  for (const name of profile.names) words.set(name, 1);
  return words;
}

/** The three names most of the story's documents share, rarer names first on a tie. */
function labelOf(members: StoryProfile[], idf: Map<string, number>): string {
  const counts = new Map<string, number>();
  for (const member of members) for (const name of new Set(member.names)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const score = (name: string) => (counts.get(name) ?? 0) * (idf.get(name) ?? 0);
  return [...counts.keys()]
    .filter((name) => idf.has(name) && /\p{L}{3,}/u.test(name))
    .sort((a, b) => score(b) - score(a) || (a < b ? -1 : 1))
    .slice(0, 3)
    .join(' · ');
}
