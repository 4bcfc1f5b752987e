// Part of `npm run build`: bundles what tsc wrote into dist/bundle/ (the command line and the
// extraction worker, with their dependencies that are ES modules), so that a run loads a handful
// of files instead of about a hundred modules; bin/factcheck.js loads it when it is newer than
// dist/cli.js. Packages loaded on demand with require (HTML, YAML, JSON parsers, compromise for
// --parser full) and the CommonJS ones stay outside, loaded from node_modules as before.
// rolldown is the bundler vite (and so vitest) already installs: no new package to download.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const dist = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'dist');
const out = path.join(dist, 'bundle');
rmSync(out, { recursive: true, force: true });
// what bin/factcheck.js takes from dist/, in one entry
const entry = path.join(dist, 'bin-entry.js');
writeFileSync(entry, "export { runCli } from './cli.js';\nexport { decodeText } from './ingest/decode-text.js';\nexport { FactcheckError } from './errors.js';\n");
try {
  await build({
    input: { cli: entry, worker: path.join(dist, 'pipeline', 'worker.js') },
    platform: 'node',
    external: [/^node:/],
    logLevel: 'warn',
    output: { dir: out, format: 'esm', chunkFileNames: '[name]-[hash].js' },
  });
} finally {
  rmSync(entry, { force: true });
}
