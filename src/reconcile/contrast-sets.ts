/**
 * Words a corpus itself treats as alternatives: names it lists together ("Oltic and Varsh",
 * "Pellet, Quorra, Zindle, and Tarnic") are members of one set, joined across lists, so a claim
 * about one member is not a claim about another.
 */
export interface ContrastSets {
  /** True when t and u are different members of one set. */
  contrast(t: string, u: string): boolean;
  /** The set a word belongs to, or null. */
  setOf(word: string): string | null;
}

export function buildContrastSets(lists: string[][]): ContrastSets {
  const parent = new Map<string, string>();
  const find = (word: string): string => {
    let root = word;
    while (parent.get(root) !== root && parent.has(root)) root = parent.get(root) as string;
    parent.set(word, root);
    return root;
  };
  for (const list of lists) {
    for (const word of list) if (!parent.has(word)) parent.set(word, word);
    const [first, ...rest] = list;
    if (first === undefined) continue;
    for (const word of rest) {
      const a = find(first);
      const b = find(word);
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  return {
    contrast: (t, u) => t !== u && parent.has(t) && parent.has(u) && find(t) === find(u),
    setOf: (word) => (parent.has(word) ? find(word) : null),
  };
}
