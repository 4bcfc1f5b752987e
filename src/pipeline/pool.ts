import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import type { FileResult } from './extract-file.js';
import type { WorkerTask } from './worker.js';

/** Worker threads that extract batches of files. */
export interface ExtractionPool {
  run(task: WorkerTask): Promise<FileResult[]>;
  close(): Promise<void>;
}

/** Starts `threads` worker threads running the compiled worker. */
export function startPool(threads: number): ExtractionPool {
  const pool = new Tinypool({ filename: workerUrl(), minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  return {
    run: (task) => pool.run(task) as Promise<FileResult[]>,
    close: () => pool.destroy(),
  };
}

// --- internal ---

/**
 * The worker runs as compiled JavaScript: next to this module once built (dist/pipeline/, also
 * when installed as a package), or from dist/ when this module runs from src/ (tests on sources).
 */
function workerUrl(): string {
  const beside = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside.href;
  const built = new URL('../../dist/pipeline/worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built.href;
  throw new Error(`the extraction worker is not built (${fileURLToPath(built)}): run npm run build`);
}
