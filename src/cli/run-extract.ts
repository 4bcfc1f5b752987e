import { FactcheckError } from '../errors.js';
import { resolveOptions } from '../options.js';
import { extractInputs } from '../pipeline/extract-inputs.js';
import { byPath, summarize } from '../pipeline/extracted-source.js';
import { diagnosticLine, mentionToJson, sourceLines } from '../pipeline/mention-stream.js';
import type { ExtractedSource } from '../pipeline/types.js';
import type { Diagnostic } from '../types.js';
import { VERSION } from '../version.js';
import { gatherInputs } from './inputs.js';
import { EXIT, type CliIo } from './io.js';
import type { ExtractFlags } from './program.js';
import { inputOptions, loadRunConfig } from './settings.js';

/**
 * `factcheck extract PATHS`: every number and date mention the extractor recognises. ndjson
 * (default) streams a source line, then its mentions, file by file, as they are extracted;
 * `factcheck reconcile` reads it back. json prints one document. Exit 0 unless the input is unusable.
 */
export async function runExtract(paths: string[], flags: ExtractFlags, io: CliIo): Promise<number> {
  const options = inputOptions(flags, await loadRunConfig(flags, io.cwd), io.cwd);
  const { inputs, stdin } = await gatherInputs(paths, flags, io);
  const resolved = resolveOptions({ ...options, ...(stdin ? { stdin } : {}) });
  const streaming = flags.format === 'ndjson';
  let sources = 0;
  const { sources: kept, diagnostics } = await extractInputs(inputs, resolved, {
    onCollected: (skipped) => {
      if (streaming && skipped.length > 0) io.stdout(skipped.map(diagnosticLine).join(''));
    },
    onFile: (result) => {
      sources += result.sources.length;
      if (streaming) io.stdout(result.diagnostics.map(diagnosticLine).join('') + result.sources.map(sourceLines).join(''));
    },
    keep: !streaming,
  });
  if (!streaming) io.stdout(formatExtractJson(kept, diagnostics));
  if (!flags.quiet) for (const d of diagnostics) if (d.severity !== 'info') io.stderr(`factcheck: ${d.path}: ${d.message}\n`);
  if (sources === 0) throw new FactcheckError('E_NO_INPUT', `no readable article under ${inputs.join(', ')}`);
  return EXIT.OK;
}

// --- internal ---

/** The json format: sources sorted by path, each with what reconcile needs, then every mention. */
function formatExtractJson(sources: ExtractedSource[], diagnostics: Diagnostic[]): string {
  const sorted = [...sources].sort(byPath);
  const document = {
    schemaVersion: 1,
    tool: { name: 'factcheck', version: VERSION },
    sources: sorted.map((s) => ({ ...summarize(s), mentions: s.mentions.length, names: s.names, storyNames: s.storyNames, contrasts: s.contrasts })),
    mentions: sorted.flatMap((s) => s.mentions.map(mentionToJson)),
    errors: diagnostics.filter((d) => d.severity !== 'info'),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
