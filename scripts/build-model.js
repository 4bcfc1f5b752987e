// Part of `npm run build`: writes dist/model/compromise-model.jsonl, the snapshot of compromise's
// word knowledge that the fast tagger reads at start-up instead of loading compromise (see
// src/model/snapshot.ts). compromise keeps toSingular's rules in a module of its sources that its
// package does not export, so that one is imported by path.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { SNAPSHOT_FILE } from '../dist/model/load-snapshot.js';
import { snapshotOf } from '../dist/model/snapshot.js';
import { serializeSnapshot } from '../dist/model/snapshot-file.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const rules = new URL('./2-two/preTagger/methods/transform/nouns/toSingular/_rules.js', import.meta.resolve('compromise'));
const { default: singularRules } = await import(rules.href);
const out = path.join(root, 'dist', 'model', SNAPSHOT_FILE);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, serializeSnapshot(snapshotOf(nlp.version, nlp.model(), singularRules)));
