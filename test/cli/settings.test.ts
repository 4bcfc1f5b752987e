import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputFlags } from '../../src/cli/program.js';
import { DEFAULT_BASELINE, DEFAULT_CACHE, describeSettings, inputOptions, resolveSettings } from '../../src/cli/settings.js';
import type { LoadedConfig } from '../../src/config/load-config.js';

const flags: InputFlags = { configLookup: true, ignorePattern: [], errorOnUnmatchedPattern: true };
const noConfig: LoadedConfig = { config: {}, file: null };
const checkFlags = { ...flags, report: [], exitCode: true, progress: true };

describe('settings from the command line and the config', () => {
  it('sets only what the flags and the config say, for every command that reads articles', () => {
    expect(inputOptions(flags, noConfig, '/work')).toEqual({ cwd: '/work', ignore: [], errorOnUnmatchedPattern: true });
  });

  it('puts the flags over the config, each pattern relative to where it was given', () => {
    const loaded: LoadedConfig = { config: { ignore: ['drafts/'], published: '2024-01-01' }, file: '/work/conf/factcheck.config.json' };
    const options = inputOptions({ ...flags, ignorePattern: ['old/'], published: '2024-05-10', cache: true, parser: 'full', concurrency: 1 }, loaded, '/work');
    expect(options).toMatchObject({
      ignore: [{ base: '/work/conf', patterns: ['drafts/'] }, { base: '/work', patterns: ['old/'] }],
      published: '2024-05-10',
      cache: DEFAULT_CACHE,
      parser: 'full',
      concurrency: 1,
    });
  });

  it('resolves the report settings: format, outputs, gate and baseline', () => {
    const settings = resolveSettings({ ...checkFlags, json: true, outputFile: 'out/r.json', maxConflicts: 3, minConfidence: 0.5 }, noConfig, '/work');
    expect(settings).toMatchObject({
      format: 'json',
      outputFile: path.resolve('/work', 'out/r.json'),
      gate: { maxConflicts: 3, failOn: 'warning' },
      baseline: { file: path.resolve('/work', DEFAULT_BASELINE), explicit: false },
      check: { minConfidence: 0.5, cwd: '/work' },
    });
  });

  it('prints the configuration in effect with sorted keys and relative paths', () => {
    const shown = JSON.parse(describeSettings(resolveSettings(checkFlags, noConfig, '/work'), '/work'));
    expect(Object.keys(shown)).toEqual([...Object.keys(shown)].sort());
    expect(shown).toMatchObject({ baseline: DEFAULT_BASELINE, configFile: null, format: 'stylish', tolerances: { approximate: 0.1, relative: 0 } });
  });
});
