import { extractFile, type ExtractSettings, type FileResult, type FileTask } from './extract-file.js';
import { inOrder, READ_AHEAD } from './in-order.js';

/** A batch of files for one worker thread, and the settings to extract them with. */
export interface WorkerTask {
  files: FileTask[];
  settings: ExtractSettings;
}

/** The worker-thread entry (run by tinypool from dist/): extracts a batch of files in order. */
export default async function run(task: WorkerTask): Promise<FileResult[]> {
  const results: FileResult[] = [];
  await inOrder(task.files, READ_AHEAD, (file) => extractFile(file, task.settings), (result) => results.push(result));
  return results;
}
