import { parentPort, workerData } from 'node:worker_threads';
import { extractDocuments, extractFile, type ExtractSettings, type FileResult, type FileTask } from './extract-file.js';
import { inOrder, READ_AHEAD } from './in-order.js';

/** What a worker sends back for a batch: its results in order, or why it failed. */
export type WorkerReply = { ready: true } | { results: FileResult[] } | { error: { message: string; stack?: string } };

// The worker-thread entry (started by pool.ts from dist/): warms the extractor up, then extracts
// each batch of files it is sent, in order.
const settings = workerData as ExtractSettings;
// the first article loads the model and compiles the extractor's patterns: before any real one
extractDocuments([{ path: 'warm-up.txt', text: 'The council said 12 people were hurt in Lorn on 3 March 2024, up 5% from 2023.', published: null, bodyStart: 0 }], settings);
parentPort?.postMessage({ ready: true } satisfies WorkerReply);
parentPort?.on('message', (files: FileTask[]) => {
  run(files, settings).then(
    (results) => parentPort?.postMessage({ results } satisfies WorkerReply),
    (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? { message: error.message, ...(error.stack ? { stack: error.stack } : {}) } : { message: String(error) } } satisfies WorkerReply),
  );
});

async function run(files: FileTask[], taskSettings: ExtractSettings): Promise<FileResult[]> {
  const results: FileResult[] = [];
  await inOrder(files, READ_AHEAD, (file) => extractFile(file, taskSettings), (result) => results.push(result));
  return results;
}
