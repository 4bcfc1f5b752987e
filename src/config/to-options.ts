import path from 'node:path';
import type { CheckOptions } from '../options.js';
import type { Config } from './schema.js';

/** The `check` options a config sets; paths in it are relative to `configDir`. */
export function optionsFromConfig(config: Config, configDir: string): CheckOptions {
  const options: CheckOptions = {};
  if (config.aliases) options.lexicon = { entityAliases: config.aliases.entities ?? [], keySynonyms: config.aliases.units ?? [] };
  if (config.words) options.lexicon = { ...options.lexicon, ...config.words };
  if (config.tolerances) options.tolerances = { ...config.tolerances };
  if (config.accepted) options.accepted = config.accepted.map((a) => ({ id: a.id, reason: a.reason }));
  if (config.ignore) options.ignore = [{ base: configDir, patterns: config.ignore }];
  if (config.published) options.published = config.published;
  return options;
}

/** The baseline file a config names, made absolute; null when it names none. */
export function baselineFromConfig(config: Config, configDir: string): string | null {
  return config.baseline ? path.resolve(configDir, config.baseline) : null;
}
