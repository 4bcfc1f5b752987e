import path from 'node:path';
import { lilconfig } from 'lilconfig';
import { FactcheckError } from '../errors.js';
import type { Config } from './schema.js';

/** A config and the file it came from (null when none was found). */
export interface LoadedConfig {
  config: Config;
  file: string | null;
}

/** Where a config is looked for, in each folder from the working directory up. */
export const CONFIG_FILES = ['package.json', 'factcheck.config.json', '.factcheckrc.json'];

/**
 * Loads the config: the given file, else (when `lookup` is on) the first of CONFIG_FILES found
 * from `cwd` upwards (`package.json` only when it has a "factcheck" key). Throws E_CONFIG
 * naming the file and the key when the file cannot be read or does not validate.
 */
export async function loadConfig(options: { cwd: string; file?: string | null; lookup?: boolean }): Promise<LoadedConfig> {
  const explorer = lilconfig('factcheck', { searchPlaces: CONFIG_FILES, loaders: { '.json': parseJson, noExt: parseJson } });
  let found: { filepath: string; config: unknown } | null;
  if (options.file) {
    const file = path.resolve(options.cwd, options.file);
    found = await explorer.load(file).catch((error: unknown) => {
      throw asConfigError(error, options.file as string);
    });
  } else if (options.lookup ?? true) {
    found = await explorer.search(options.cwd).catch((error: unknown) => {
      throw asConfigError(error, 'config');
    });
  } else {
    found = null;
  }
  if (!found) return { config: {}, file: null };
  const shown = path.relative(options.cwd, found.filepath).split(path.sep).join('/') || found.filepath;
  // zod, and the schema built with it, only when there is a config to check
  const { validateConfig } = await import('./schema.js');
  const { config, problems } = validateConfig(found.config);
  if (!config) throw new FactcheckError('E_CONFIG', `${shown}: ${problems.join('; ')}`);
  return { config, file: found.filepath };
}

// --- internal ---

function parseJson(file: string, content: string): unknown {
  try {
    return content.trim() ? JSON.parse(content) : {};
  } catch (error) {
    throw new FactcheckError('E_CONFIG', `${path.basename(file)}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

function asConfigError(error: unknown, name: string): FactcheckError {
  if (error instanceof FactcheckError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new FactcheckError('E_CONFIG', `${name}: cannot read the config file (${code ?? (error instanceof Error ? error.message : String(error))})`);
}
