#!/usr/bin/env node
// npm run bench — factcheck on real article text, timed as a user runs it: whole processes, start-up
// included, beside the naive compromise pipeline (scripts/bench-naive.js) on the same files in the
// same run. The real stories (scripts/bench-texts.js: corpus/, ../shared/dev-corpora and the news
// among ../shared/benchmarks, read at run time) are multiplied into distinct stories by a
// deterministic rewrite (scripts/bench-rewrite.js). Prints MB/s and the ratio to the naive pipeline
// at about 1 MB and 5 MB, scaling from 1× to 5× the articles, start-up on one tiny file, peak RSS
// at 10,000 articles, the cache's warm/cold ratio and --concurrency 1 vs 2 vs auto; then the
// same on the synthetic corpus (scripts/bench-corpus.js), marked synthetic. Skips the real rows
// with a note when ../shared is absent.
//
//   npm run bench
//   npm run bench -- --mb 1 --repeat 3 --large 10000 --synthetic 2000 --dir /tmp/factcheck-bench
//   (--large 0 and --synthetic 0 leave those rows out; --quick: --repeat 1 --large 0 --synthetic 0;
//   --crossover adds one thread against two on 50 KB to 1.6 MB, where a worker starts to pay)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { generateCorpus } from './bench-corpus.js';
import { rewriteStory, storyNames, writeCopies } from './bench-rewrite.js';
import { realStories } from './bench-texts.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const shared = path.resolve(root, '..', 'shared');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at < 0 ? fallback : args[at + 1];
};
const quick = args.includes('--quick');
const crossover = args.includes('--crossover');
const targetMb = Number(option('mb', '1'));
const repeat = Number(option('repeat', quick ? '1' : '3'));
const largeArticles = Number(option('large', quick ? '0' : '10000'));
const syntheticArticles = Number(option('synthetic', quick ? '0' : '2000'));
const base = option('dir', path.join(process.env.TMPDIR ?? '/tmp', 'factcheck-bench'));
const bin = path.join(root, 'bin', 'factcheck.js');
const timer = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

const log = (line = '') => console.log(line);
const mb = (bytes) => bytes / 1e6;
const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * One whole process: wall time measured around it, peak RSS and CPU time from GNU time when the
 * machine has it. Returns { ms, rssMb, cpuMs, stdout, code }.
 */
function processRun(argv, cwd = root) {
  const command = timer ? [timer, '-f', '%M %U %S', process.execPath, ...argv] : [process.execPath, ...argv];
  const began = performance.now();
  const run = spawnSync(command[0], command.slice(1), { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - began;
  if (run.error) throw run.error;
  const figures = timer ? run.stderr.trim().split('\n').pop().split(' ').map(Number) : [];
  const [rssKb, user, system] = figures;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${argv.join(' ')} exited with ${run.status}: ${run.stderr.slice(0, 400)}`);
  return { ms, rssMb: rssKb ? rssKb / 1024 : null, cpuMs: user !== undefined ? (user + system) * 1000 : null, stdout: run.stdout, code: run.status };
}

/** factcheck on a folder as a user runs it; the JSON report goes to a file so that its hash can be compared. */
function factcheck(dir, flags = []) {
  const out = path.join(base, `report-${process.pid}.json`);
  const run = processRun([bin, dir, '--json', '-o', out, ...flags], base);
  const report = readFileSync(out);
  const summary = JSON.parse(report).summary;
  return { ...run, hash: createHash('sha256').update(report).digest('hex').slice(0, 12), conflicts: summary.conflicts, claims: summary.claims };
}

/**
 * Runs each labelled job `times` times, the jobs interleaved (one round runs each once), so that
 * a load that comes and goes on a shared machine falls on all of them; keeps every run.
 */
function rounds(jobs, times) {
  const runs = Object.fromEntries(Object.keys(jobs).map((k) => [k, []]));
  for (let round = 0; round < times; round++) for (const [label, job] of Object.entries(jobs)) runs[label].push(job());
  return Object.fromEntries(Object.entries(runs).map(([label, list]) => [label, summarize(list)]));
}

/** The best (fastest) run with the median time beside it. */
function summarize(list) {
  const best = [...list].sort((a, b) => a.ms - b.ms)[0];
  return { ...best, median: median(list.map((r) => r.ms)), runs: list.length };
}

/** What parallelism the machine gives right now to a CPU-bound loop: one thread, then one per core. */
async function calibrate() {
  const code = "let x = 0; const t = Date.now(); for (let i = 0; i < 2e8; i++) x += i % 7; require('node:worker_threads').parentPort.postMessage(Date.now() - t);";
  const wall = async (n) => {
    const began = Date.now();
    await Promise.all(Array.from({ length: n }, () => new Promise((resolve) => new Worker(code, { eval: true }).once('message', resolve))));
    return Date.now() - began;
  };
  const one = await wall(1);
  const all = await wall(availableParallelism());
  return (one * availableParallelism()) / all;
}

/** Dates and numbers per KB (as the naive pipeline counts them), distinct words per 1,000 words, the longest sentence. */
function textMeasures(texts, mentions) {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  let words = 0;
  const distinct = new Set();
  let longest = 0;
  for (const text of texts) {
    const plain = text.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
    for (const word of plain.toLowerCase().match(/\p{L}+/gu) ?? []) {
      words += 1;
      distinct.add(word);
    }
    for (const sentence of plain.split(/[.!?](?=\s+["“‘(]?\p{Lu})|\n\s*\n|\n(?=\s*[#*|>-])/u)) longest = Math.max(longest, (sentence.match(/\p{L}+/gu) ?? []).length);
  }
  return `${(mentions / (bytes / 1000)).toFixed(1)} dates and numbers per KB, ${((distinct.size / words) * 1000).toFixed(0)} distinct words per 1,000 words, longest sentence ${longest} words`;
}

/** The stories, copied and rewritten in order, up to `size` bytes, under `dir`. */
function writePrefix(dir, stories, size) {
  rmSync(dir, { recursive: true, force: true });
  for (const story of stories) story.names ??= storyNames(story, isCommon);
  const taken = new Set(stories.flatMap((story) => story.names));
  let files = 0;
  let bytes = 0;
  for (let copy = 0; bytes < size; copy++) {
    for (const story of stories) {
      if (bytes >= size) break;
      const folder = path.join(dir, `c${String(copy).padStart(3, '0')}-${story.id}`);
      mkdirSync(folder, { recursive: true });
      for (const article of rewriteStory(story, copy, story.names, isCommon, taken).articles) {
        writeFileSync(path.join(folder, article.name), article.text);
        files += 1;
        bytes += Buffer.byteLength(article.text);
      }
    }
  }
  return { files, bytes };
}

function show(label, run, bytes, naiveRate) {
  const rate = mb(bytes) / (run.ms / 1000);
  const parts = [`${sec(run.ms)} (median ${sec(run.median ?? run.ms)} of ${run.runs ?? 1})`, `${rate.toFixed(2)} MB/s`];
  if (naiveRate) parts.push(`${(rate / naiveRate).toFixed(1)}× the naive pipeline`);
  if (run.rssMb) parts.push(`peak RSS ${run.rssMb.toFixed(0)} MB`);
  if (run.cpuMs) parts.push(`CPU ${sec(run.cpuMs)}`);
  if (run.conflicts !== undefined) parts.push(`${run.claims} claims, ${run.conflicts} conflicts`);
  log(`  ${label.padEnd(34)} ${parts.join(', ')}`);
  return rate;
}

// --- the run ---------------------------------------------------------------

mkdirSync(base, { recursive: true });
log(`factcheck bench: ${availableParallelism()} cores, Node ${process.version}, best of ${repeat} interleaved runs (median beside it)${timer ? '' : '; no /usr/bin/time here, so no peak RSS or CPU time'}`);
const before = await calibrate();
log(`the machine now: a CPU-bound loop gets ${before.toFixed(2)}× from ${availableParallelism()} threads over one (other jobs take the rest)`);

const tiny = path.join(base, 'tiny');
rmSync(tiny, { recursive: true, force: true });
mkdirSync(tiny);
writeFileSync(path.join(tiny, 'one.txt'), 'date 2024-03-04\nThe Lorn bridge fire killed 12 people on Monday, police said.\n');
const startup = rounds({ bare: () => processRun(['-e', '0']), factcheck: () => factcheck(path.join(tiny, 'one.txt')) }, Math.max(5, repeat * 3));
log(`\nstart-up, one tiny file, whole process: factcheck ${sec(startup.factcheck.ms)} (median ${sec(startup.factcheck.median)}), bare node ${sec(startup.bare.ms)} (median ${sec(startup.bare.median)})`);

const summary = [];
const { snapshot } = await import('../dist/model/load-snapshot.js').then((m) => ({ snapshot: m.loadSnapshot() }));
const NAME_TAGS = /Place|Country|City|Region|Person|Name|Organization|Company|Acronym|ProperNoun/;
const isCommon = (word) => {
  const tags = snapshot?.lexicon(word);
  return tags !== undefined && ![tags].flat().some((t) => NAME_TAGS.test(t));
};

if (!existsSync(path.join(shared, 'dev-corpora'))) {
  log(`\nreal text: skipped, ${shared} is absent (corpus/ alone is too small to measure)`);
} else {
  const { stories, notes } = realStories(root, shared);
  for (const note of notes) log(`note: ${note}`);
  const articles = stories.reduce((n, s) => n + s.articles.length, 0);
  const bytes = stories.reduce((n, s) => n + s.articles.reduce((m, a) => m + Buffer.byteLength(a.text), 0), 0);
  const origins = [...new Set(stories.map((s) => s.origin))].map((o) => `${o} ${stories.filter((s) => s.origin === o).reduce((n, s) => n + s.articles.length, 0)}`);
  log(`\nreal text: ${stories.length} stories, ${articles} articles, ${mb(bytes).toFixed(2)} MB (${origins.join(', ')}), multiplied by renaming people, places and organisations and shifting figures and years`);
  const copies = Math.max(1, Math.round((targetMb * 1e6) / bytes));
  const write = (name, count) => {
    const dir = path.join(base, name);
    rmSync(dir, { recursive: true, force: true });
    return { dir, ...writeCopies(dir, stories, count, isCommon) };
  };
  const small = write(`real-${copies}`, copies);
  const large = write(`real-${copies * 5}`, copies * 5);
  log(`  1×: ${small.files} articles, ${mb(small.bytes).toFixed(2)} MB (${copies} copies); 5×: ${large.files} articles, ${mb(large.bytes).toFixed(2)} MB`);

  const naiveRate = (run, corpus) => mb(corpus.bytes) / (run.ms / 1000);
  const check = path.join(root, 'scripts', 'bench-check.js');
  // the naive pipeline runs in the same rounds, so that a load that comes and goes falls on both
  const settings = (dir) => ({
    naive: () => processRun([path.join(root, 'scripts', 'bench-naive.js'), dir]),
    default: () => factcheck(dir),
    one: () => factcheck(dir, ['--concurrency', '1']),
    two: () => factcheck(dir, ['--concurrency', '2']),
    forced: () => processRun([check, dir, '2', '0'], base),
  });
  const load = loadavg()[0];
  const smallRuns = rounds(settings(small.dir), repeat);
  const largeRuns = rounds(settings(large.dir), repeat);
  const { naive: naiveSmall, ...smallFactcheck } = smallRuns;
  const { naive: naiveLarge, ...largeFactcheck } = largeRuns;
  log(`  text: ${textMeasures(stories.flatMap((s) => s.articles.map((a) => a.text)), JSON.parse(naiveSmall.stdout).mentions / copies)}`);
  log(`\nnaive pipeline (compromise nlp + .numbers() + compromise-dates .dates(), whole process)`);
  show(`1× (${mb(small.bytes).toFixed(2)} MB)`, naiveSmall, small.bytes);
  show(`5× (${mb(large.bytes).toFixed(2)} MB)`, naiveLarge, large.bytes);
  log(`\nfactcheck, whole process (the load average before the runs: ${load.toFixed(1)}; a worker starts only on a core it leaves free)`);
  const rate1 = show(`1×, default settings`, smallRuns.default, small.bytes, naiveRate(naiveSmall, small));
  show(`1×, --concurrency 1`, smallRuns.one, small.bytes, naiveRate(naiveSmall, small));
  show(`1×, --concurrency 2`, smallRuns.two, small.bytes, naiveRate(naiveSmall, small));
  show(`1×, two threads forced (library)`, smallRuns.forced, small.bytes, naiveRate(naiveSmall, small));
  const rate5 = show(`5×, default settings`, largeRuns.default, large.bytes, naiveRate(naiveLarge, large));
  show(`5×, --concurrency 1`, largeRuns.one, large.bytes, naiveRate(naiveLarge, large));
  show(`5×, --concurrency 2`, largeRuns.two, large.bytes, naiveRate(naiveLarge, large));
  show(`5×, two threads forced (library)`, largeRuns.forced, large.bytes, naiveRate(naiveLarge, large));

  const cacheDir = path.join(base, 'cache');
  const cacheRuns = [];
  for (let round = 0; round < repeat; round++) {
    rmSync(cacheDir, { recursive: true, force: true });
    cacheRuns.push({ cold: factcheck(large.dir, ['--cache-location', cacheDir]), warm: factcheck(large.dir, ['--cache-location', cacheDir]) });
  }
  const cold = summarize(cacheRuns.map((r) => r.cold));
  const warm = summarize(cacheRuns.map((r) => r.warm));
  show(`5×, --cache, cold`, cold, large.bytes);
  show(`5×, --cache, warm`, warm, large.bytes);

  if (crossover) {
    log('\nwhen a worker pays: one thread against two (the worker forced, bytesPerWorker 0), whole processes through the library (scripts/bench-check.js)');
    for (const size of [50, 100, 200, 400, 800, 1600].map((k) => k * 1000)) {
      const dir = path.join(base, `crossover-${size}`);
      const written = writePrefix(dir, stories, size);
      const runs = rounds({ one: () => processRun([check, dir, '1', '0'], base), two: () => processRun([check, dir, '2', '0'], base) }, Math.max(3, repeat * 2));
      log(`  ${String(written.files).padStart(4)} articles, ${(written.bytes / 1000).toFixed(0).padStart(4)} KB: one thread ${sec(runs.one.ms)} (median ${sec(runs.one.median)}), two ${sec(runs.two.ms)} (median ${sec(runs.two.median)}): ${(runs.one.ms / runs.two.ms).toFixed(2)}× best, ${(runs.one.median / runs.two.median).toFixed(2)}× median`);
    }
  }

  let big = null;
  if (largeArticles > 0) {
    const many = write(`real-${largeArticles}`, Math.ceil(largeArticles / articles));
    big = factcheck(many.dir);
    show(`${many.files} articles (${mb(many.bytes).toFixed(1)} MB), default`, big, many.bytes);
  }
  const after = await calibrate();
  const hashes = (runs) => Object.values(runs).filter((r) => r.hash).map((r) => r.hash);
  const identical = new Set(hashes(smallFactcheck)).size === 1 && new Set([...hashes(largeFactcheck), cold.hash, warm.hash]).size === 1;
  summary.push(
    `real text, whole process, default settings: ${rate1.toFixed(2)} MB/s on ${mb(small.bytes).toFixed(2)} MB = ${(rate1 / naiveRate(naiveSmall, small)).toFixed(1)}× the naive pipeline (target 12×); ${rate5.toFixed(2)} MB/s on ${mb(large.bytes).toFixed(2)} MB = ${(rate5 / naiveRate(naiveLarge, large)).toFixed(1)}× (target 15×)`,
    `start-up, one tiny file: ${sec(startup.factcheck.ms)} best, ${sec(startup.factcheck.median)} median (target 0.3 s); bare node ${sec(startup.bare.ms)}`,
    `concurrency, the speed of one thread: ${small.files} articles: auto ${(smallRuns.one.ms / smallRuns.default.ms).toFixed(2)}×, --concurrency 2 ${(smallRuns.one.ms / smallRuns.two.ms).toFixed(2)}×, two threads forced ${(smallRuns.one.ms / smallRuns.forced.ms).toFixed(2)}×; ${large.files} articles: auto ${(largeRuns.one.ms / largeRuns.default.ms).toFixed(2)}×, --concurrency 2 ${(largeRuns.one.ms / largeRuns.two.ms).toFixed(2)}×, two threads forced ${(largeRuns.one.ms / largeRuns.forced.ms).toFixed(2)}× (target: auto never slower, 1.3× where two threads run); the machine gave a CPU-bound loop ${before.toFixed(2)}× before and ${after.toFixed(2)}× after`,
    `scaling, 5× the articles: ${(largeRuns.one.ms / smallRuns.one.ms).toFixed(2)}× the time on one thread, ${(largeRuns.default.ms / smallRuns.default.ms).toFixed(2)}× with default settings (target at most 5.5×)`,
    `cache: warm ${(cold.ms / warm.ms).toFixed(1)}× faster than cold (${sec(cold.ms)} → ${sec(warm.ms)}; target 10×)`,
    big ? `peak RSS at ${largeArticles}+ articles: ${big.rssMb ? `${big.rssMb.toFixed(0)} MB` : 'unknown'} (target under 1 GiB)` : 'peak RSS at 10,000 articles: not measured (--large 0)',
    `same JSON report for every setting and the cache: ${identical ? 'yes' : 'NO'}`,
  );
}

if (syntheticArticles > 0) {
  const dir = path.join(base, `synthetic-${syntheticArticles}`);
  rmSync(dir, { recursive: true, force: true });
  const gold = await generateCorpus({ dir, articles: syntheticArticles, seed: 1 });
  const texts = readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  log(`\nsynthetic corpus (scripts/bench-corpus.js, seed 1): ${gold.articles} articles in ${gold.stories} stories, ${mb(bytes).toFixed(2)} MB`);
  const naive = processRun([path.join(root, 'scripts', 'bench-naive.js'), dir]);
  log(`  text: ${textMeasures(texts, JSON.parse(naive.stdout).mentions)}`);
  const rate = mb(bytes) / (naive.ms / 1000);
  show('naive pipeline (synthetic)', naive, bytes);
  const runs = rounds({ default: () => factcheck(dir), one: () => factcheck(dir, ['--concurrency', '1']) }, repeat);
  const synthetic = show('factcheck, default (synthetic)', runs.default, bytes, rate);
  show('factcheck, --concurrency 1 (synthetic)', runs.one, bytes, rate);
  summary.push(`synthetic corpus: ${(synthetic / rate).toFixed(1)}× the naive pipeline with default settings, ${((mb(bytes) / (runs.one.ms / 1000)) / rate).toFixed(1)}× on one thread`);
}

log('\nsummary');
for (const line of summary) log(`  ${line}`);
rmSync(path.join(base, `report-${process.pid}.json`), { force: true });
