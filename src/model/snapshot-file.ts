import type { CompromiseSnapshot, LoadedSnapshot, Lookup } from './snapshot.js';

// Parsing the whole lexicon (24,000 words) took ~35 ms of every start, for the dozen words a small
// file looks up. The file is JSON Lines: a header (the small tables, and where each bucket of the
// two big ones lies), then one line per bucket, its [word, value] pairs, read into a Map when a
// word of it is first looked up (as objects, the buckets' ever different keys made thousands of
// hidden classes). Everything is ASCII (other characters escaped): byte offsets are string offsets.

/** bucket → [start, end) of its line in the file's body (after the header's line). */
type BucketIndex = Record<string, [number, number]>;
type Header = Omit<CompromiseSnapshot, 'lexicon' | 'switches'> & { lexicon: BucketIndex; switches: BucketIndex };

/** The snapshot as the file the build writes. */
export function serializeSnapshot(snapshot: CompromiseSnapshot): string {
  const buckets: string[] = [];
  let length = 0;
  const pack = (table: Record<string, unknown>): BucketIndex => {
    const grouped = new Map<string, Record<string, unknown>>();
    for (const [key, value] of Object.entries(table)) {
      let bucket = grouped.get(bucketOf(key));
      if (!bucket) grouped.set(bucketOf(key), (bucket = {}));
      bucket[key] = value;
    }
    const index: BucketIndex = {};
    for (const [name, bucket] of grouped) {
      const text = ascii(JSON.stringify(Object.entries(bucket)));
      index[name] = [length, length + text.length];
      buckets.push(text);
      length += text.length + 1;
    }
    return index;
  };
  const header: Header = { ...snapshot, lexicon: pack(snapshot.lexicon), switches: pack(snapshot.switches) };
  return `${[ascii(JSON.stringify(header)), ...buckets].join('\n')}\n`;
}

/** The snapshot of a file `serializeSnapshot` wrote; the big tables are read a bucket at a time. */
export function parseSnapshot(file: Buffer): LoadedSnapshot {
  const newline = file.indexOf(10);
  const header = JSON.parse(file.toString('latin1', 0, newline)) as Header;
  const read = (start: number, end: number) => file.toString('latin1', newline + 1 + start, newline + 1 + end);
  return { ...header, lexicon: lazyTable(header.lexicon, read), switches: lazyTable(header.switches, read) };
}

// --- internal ---

const bucketOf = (key: string): string => key.slice(0, 2);

const ascii = (json: string): string => json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** What `table[key]` gives on the whole table parsed (inherited keys included), one bucket parsed at a time. */
function lazyTable<T>(index: BucketIndex, read: (start: number, end: number) => string): Lookup<T> {
  const parsed = new Map<string, Map<string, T>>();
  // a key the table lacks reads what a plain object inherits ("constructor")
  const inherited: Record<string, T> = {};
  return (key) => {
    const name = bucketOf(key);
    let bucket = parsed.get(name);
    if (!bucket) {
      const at = Object.hasOwn(index, name) ? index[name] : undefined;
      bucket = new Map(at ? (JSON.parse(read(at[0], at[1])) as Array<[string, T]>) : []);
      parsed.set(name, bucket);
    }
    return bucket.has(key) ? bucket.get(key) : inherited[key];
  };
}
