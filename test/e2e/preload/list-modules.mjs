// Preload for the built binary: at exit, every module the process loaded, one `LOADED <url or path>`
// line each on stderr (ES modules through a loader hook, CommonJS ones from the require cache).
import { createRequire, register } from 'node:module';

const hooks = "export async function load(url, context, next) { process._rawDebug('LOADED ' + url); return next(url, context); }";
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
const cache = createRequire(import.meta.url).cache;
process.on('exit', () => {
  for (const file of Object.keys(cache)) process._rawDebug(`LOADED ${file}`);
});
