#!/usr/bin/env node
// Scores the built tool against gold answers: every fixtures/<name>/gold.json, corpus/ (gold in
// fixtures/corpus.gold.json) and the development stories of ../shared/dev-corpora, then the
// article/summary pairs of fixtures/summary-pairs and the pair benchmarks in ../shared.
// `--only fixtures|dev|summaries|pairs` runs one part; `--brief` leaves out the per-item lines;
// `--corpora DIR` scores only the labelled stories under DIR (each a folder with a gold.json, in
// the format of ../shared/dev-corpora/README.md): stories of your own, or ones no model has seen.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corporaIn, evalCorpora } from './eval-corpora.js';
import { evalPairs } from './eval-pairs.js';
import { evalSummaries } from './eval-summaries.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const shared = path.resolve(root, '..', 'shared');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const details = !args.includes('--brief');
const own = args.includes('--corpora') ? path.resolve(args[args.indexOf('--corpora') + 1] ?? '.') : null;
const runs = (part) => own === null && (only === null || only === part);

if (own !== null) await evalCorpora(path.relative(process.cwd(), own) || '.', corporaIn(own), { details });

if (runs('fixtures')) {
  const fixtures = [...corporaIn(path.join(root, 'fixtures')), { name: 'corpus/', dir: path.join(root, 'corpus'), gold: path.join(root, 'fixtures', 'corpus.gold.json') }];
  await evalCorpora('fixtures and corpus/', fixtures, { details });
}
if (runs('dev')) {
  const dev = path.join(shared, 'dev-corpora');
  if (existsSync(dev)) await evalCorpora('../shared/dev-corpora', corporaIn(dev), { details });
  else console.log('dev-corpora: skipped (../shared/dev-corpora not found)\n');
}
if (runs('summaries')) evalSummaries();
if (runs('pairs')) await evalPairs(path.join(shared, 'benchmarks'));
