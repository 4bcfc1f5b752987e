#!/usr/bin/env node
// node scripts/bench-dates.js [DIST ...] — the date scan alone (scanDates over every line of the
// real text npm run bench reads: corpus/ and ../shared), best and median of 25 rounds, the builds
// given (default dist/) interleaved in one process so that a load that comes and goes falls on
// all of them; says whether they find the same dates. To compare with an older commit, build it
// elsewhere (git archive COMMIT | tar -x -C /tmp/old; npm run build there) and pass /tmp/old/dist.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { realStories } from './bench-texts.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dists = process.argv.length > 2 ? process.argv.slice(2) : [path.join(root, 'dist')];
const scanners = await Promise.all(dists.map(async (dist) => (await import(pathToFileURL(path.resolve(dist, 'extract/dates/scan-dates.js')).href)).scanDates));
const { stories } = realStories(root, path.resolve(root, '..', 'shared'));
const lines = stories.flatMap((s) => s.articles.flatMap((a) => a.text.match(/[^\r\n]+/g) ?? [])).filter((l) => l.trim());
const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l), 0);
const found = scanners.map((scan) => JSON.stringify(lines.map((l) => scan(l, 0))));
const times = scanners.map(() => []);
for (let round = 0; round < 25; round++) {
  scanners.forEach((scan, i) => {
    const began = performance.now();
    for (const line of lines) scan(line, 0);
    times[i].push(performance.now() - began);
  });
}
console.log(`scanDates on ${lines.length} lines (${(bytes / 1e6).toFixed(2)} MB of real text), 25 interleaved rounds:`);
dists.forEach((dist, i) => {
  const sorted = [...times[i]].sort((a, b) => a - b);
  console.log(`  ${dist}: best ${sorted[0].toFixed(1)} ms, median ${sorted[12].toFixed(1)} ms`);
});
if (dists.length > 1) console.log(`  same dates on every line: ${new Set(found).size === 1 ? 'yes' : 'NO'}`);
