#!/usr/bin/env node
// npm run lint:imports — the import rules of src/: no import cycle (type-only imports count: they
// still tie two modules together), compromise seen only by its wrapper, and no file system,
// terminal or command-line library in the core stages. Reads the import lines with the
// TypeScript compiler the build already uses, so it needs no dependency of its own.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Cycles that belong to other work and are known, each as its files (relative to src/); none at present. */
const KNOWN_CYCLES = [];

/** Packages a folder of src/ must not import, and why. */
const FORBIDDEN = [
  { under: /^(extract|reconcile)\//, imports: /^(node:fs|node:fs\/promises|chalk|commander|lilconfig)$/, why: 'the core stages read no files and know no terminal or command line' },
  { under: /^(?!extract\/nlp\.ts$)/, imports: /^compromise(\/|$)/, why: 'only extract/nlp.ts wraps compromise' },
];

/** The import graph of a source folder: file (relative, forward slashes) → the files it imports. */
export function importGraph(srcDir) {
  const files = listTs(srcDir);
  const graph = new Map();
  for (const file of files) {
    const text = readFileSync(path.join(srcDir, file), 'utf8');
    const specifiers = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
    graph.set(file, specifiers);
  }
  return graph;
}

/** Every broken rule, one line each; empty when src/ keeps them all. */
export function importProblems(srcDir) {
  const graph = importGraph(srcDir);
  const problems = [];
  const edges = new Map();
  for (const [file, specifiers] of graph) {
    const local = [];
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) {
        local.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)).replace(/\.js$/, '.ts'));
        continue;
      }
      for (const rule of FORBIDDEN) if (rule.under.test(file) && rule.imports.test(specifier)) problems.push(`${file} imports ${specifier}: ${rule.why}`);
    }
    edges.set(file, local.filter((target) => graph.has(target)));
  }
  const known = new Set(KNOWN_CYCLES.map((cycle) => [...cycle].sort().join(' ')));
  for (const component of cycles(edges)) {
    if (!known.has([...component].sort().join(' '))) problems.push(`import cycle among ${component.join(', ')}`);
  }
  return problems;
}

// --- internal ---

function listTs(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return listTs(dir, relative);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [relative] : [];
    })
    .sort();
}

/** The strongly connected components of more than one file, or of a file importing itself (Tarjan). */
function cycles(edges) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let counter = 0;
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) !== index.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const src = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'src');
  const problems = importProblems(src);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exit(1);
  console.log(`imports: no cycle, no forbidden import (${importGraph(src).size} files)`);
}
