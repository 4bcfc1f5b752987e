import { existsSync, readFileSync } from 'node:fs';

/** The package version, read once from package.json beside dist/ (above dist/bundle/ in the single-file build). */
export const VERSION: string = (JSON.parse(readFileSync(packageJson(), 'utf8')) as { version: string }).version;

// --- internal ---

function packageJson(): URL {
  const above = new URL('../package.json', import.meta.url);
  return existsSync(above) ? above : new URL('../../package.json', import.meta.url);
}
