/** Fuzzing one figure or one date said differently by each article: other units, bounds, relative dates (run-property.ts). */
import { FIGURE_AND_DATE_PROPERTIES } from './properties.js';
import { describeFuzzing } from './run-property.js';

describeFuzzing('fuzzing figures and dates across articles', FIGURE_AND_DATE_PROPERTIES);
