// One measured run for `npm run bench`, in its own process so that its peak RSS is its own.
// Usage: node scripts/bench-run.js factcheck DIR GOLD [--concurrency N] [--cache DIR] [--alone]
//        node scripts/bench-run.js baseline DIR SAMPLE
// Prints one JSON line of figures.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { check, formatReport } from '../dist/index.js';
import { scoreReport } from './bench-corpus.js';

const [mode, dir, third, ...rest] = process.argv.slice(2);
const flag = (name) => {
  const at = rest.indexOf(name);
  return at < 0 ? null : (rest[at + 1] ?? true);
};

if (mode === 'baseline') {
  // the naive way: compromise's full parse, numbers() and the dates plugin, on every article
  const { default: nlp } = await import('compromise');
  const { default: datesPlugin } = await import('compromise-dates');
  nlp.plugin(datesPlugin);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort().slice(0, Number(third));
  const texts = await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')));
  const began = performance.now();
  let mentions = 0;
  for (const text of texts) {
    const doc = nlp(text);
    mentions += doc.numbers().json({ offset: true }).length + doc.dates().json({ offset: true }).length;
  }
  const ms = performance.now() - began;
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  console.log(JSON.stringify({ articles: texts.length, bytes, ms, mentions, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const gold = JSON.parse(await readFile(third, 'utf8'));
  const concurrency = flag('--concurrency') ?? 'auto';
  const options = { cwd: dir, concurrency: concurrency === 'auto' ? 'auto' : Number(concurrency), cache: flag('--cache') || null };
  let stats = null;
  const began = performance.now();
  const report = await check(['.'], { ...options, onStats: (s) => (stats = s) });
  const formatting = performance.now();
  const json = formatReport(report, 'json', { color: false, claims: false });
  const ended = performance.now();
  const figures = {
    wallMs: ended - began,
    formatMs: ended - formatting,
    stats,
    summary: report.summary,
    stories: report.stories.length,
    score: scoreReport(report, gold),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    jsonHash: (await import('node:crypto')).createHash('sha256').update(json).digest('hex').slice(0, 16),
  };
  if (flag('--alone')) {
    // every story checked on its own: the recall the mixed corpus must match
    const byStory = new Map();
    for (const [file, story] of Object.entries(gold.files)) byStory.set(story, [...(byStory.get(story) ?? []), file]);
    const conflicts = [];
    for (const files of byStory.values()) conflicts.push(...(await check(files, { cwd: dir, concurrency: 1 })).conflicts);
    figures.alone = scoreReport({ conflicts }, gold);
  }
  console.log(JSON.stringify(figures));
}
