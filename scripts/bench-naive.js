// The naive pipeline `npm run bench` compares factcheck with, as a whole process: every article
// under DIR (.txt .md .html, read as they are) through compromise's full parse, `.numbers()` and
// the compromise-dates plugin's `.dates()`, on one thread. Prints one JSON line of counts.
//   node scripts/bench-naive.js DIR
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);
const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (/\.(txt|md|html?)$/i.test(entry.name)) files.push(file);
  }
};
walk(process.argv[2]);
let mentions = 0;
let bytes = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  bytes += Buffer.byteLength(text);
  const doc = nlp(text);
  mentions += doc.numbers().json({ offset: true }).length + doc.dates().json({ offset: true }).length;
}
console.log(JSON.stringify({ files: files.length, bytes, mentions }));
