/** Fuzzing one article written as text, Markdown, HTML and JSON (run-property.ts). */
import { FORMAT_PROPERTIES } from './properties.js';
import { describeFuzzing } from './run-property.js';

describeFuzzing('fuzzing file formats', FORMAT_PROPERTIES);
