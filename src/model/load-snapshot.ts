import { readFileSync } from 'node:fs';
import type { LoadedSnapshot } from './snapshot.js';
import { parseSnapshot } from './snapshot-file.js';

/** The snapshot's file name, written into dist/model/ by scripts/build-model.js. */
export const SNAPSHOT_FILE = 'compromise-model.jsonl';

/**
 * Reads the prebuilt snapshot of compromise's model: beside this module once built (also when
 * installed as a package), in dist/model/ from the single-file build in dist/bundle/, or from
 * dist/ when this module runs from src/ (tests on sources).
 * Null when there is none (a build without the snapshot step): compromise is then loaded.
 */
export function loadSnapshot(): LoadedSnapshot | null {
  for (const place of ['./', '../model/', '../../dist/model/']) {
    const url = new URL(`${place}${SNAPSHOT_FILE}`, import.meta.url);
    let file: Buffer;
    try {
      file = readFileSync(url);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    return parseSnapshot(file);
  }
  return null;
}
