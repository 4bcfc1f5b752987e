/**
 * Property-based fuzzing (fast-check) of ingest, the extractor and the reconciler on plain text.
 * Each property runs FUZZ_RUNS cases from each seed of FUZZ_SEEDS or FUZZ_SEED (run-property.ts);
 * a failure is shrunk and saved under cases/.
 */
import { TEXT_PROPERTIES } from './properties.js';
import { describeFuzzing } from './run-property.js';

describeFuzzing('fuzzing plain text', TEXT_PROPERTIES);
