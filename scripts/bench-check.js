// One factcheck run through the library, as a whole process, for `npm run bench -- --crossover`:
// the same work as the command line, with the bytes that pay for a worker thread set (0: every
// run with --concurrency 2 starts one, whatever the machine's load), which the command line does
// not let a user choose.
//   node scripts/bench-check.js DIR CONCURRENCY BYTES_PER_WORKER
import { check, formatReport } from '../dist/index.js';

const [dir, concurrency, bytesPerWorker] = process.argv.slice(2);
const forced = Number(bytesPerWorker) === 0 ? { machineLoad: () => 0 } : {};
const report = await check([dir], { concurrency: Number(concurrency), bytesPerWorker: Number(bytesPerWorker), ...forced });
process.stdout.write(formatReport(report, 'json', { color: false, claims: false }).slice(0, 0));
