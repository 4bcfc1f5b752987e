import type { Head } from './types.js';

export const NO_HEAD: Head = { key: null, anchors: [], predicate: null };

/** A head whose key is also its first anchor. */
export function head(key: string | null, predicate: string | null, anchors: string[] = []): Head {
  return { key, predicate, anchors: [...new Set([...(key ? [key] : []), ...anchors])] };
}
