// The probability yardstick, part of the model: the UK PHIA bands, the percentages each stands for, and
// the wording (UK yardstick and US ICD 203) that places a judgement in a band. The extractor reads wording
// with it; replies and briefings show a band's range with it.
import type { ProbabilityBand } from './model.js';

/** Wording → band. Longer phrases first, so "highly likely" is never also read as "likely". */
export const YARDSTICK: readonly (readonly [string, ProbabilityBand])[] = [
  ['almost certainly', 'almost certain'],
  ['almost certain', 'almost certain'],
  ['nearly certain', 'almost certain'],
  ['virtually certain', 'almost certain'],
  ['highly likely', 'highly likely'],
  ['very likely', 'highly likely'],
  ['highly probable', 'highly likely'],
  ['highly unlikely', 'highly unlikely'],
  ['very unlikely', 'highly unlikely'],
  ['highly improbable', 'highly unlikely'],
  ['realistic possibility', 'realistic possibility'],
  ['roughly even chance', 'realistic possibility'],
  ['roughly even odds', 'realistic possibility'],
  ['remote chance', 'remote chance'],
  ['almost no chance', 'remote chance'],
  ['unlikely', 'unlikely'],
  ['likely', 'likely'],
  ['probably', 'likely'],
];

/** Probability in percent for each band, as the UK yardstick draws it (least probable first). */
export const BAND_RANGE: Readonly<Record<ProbabilityBand, string>> = {
  'remote chance': '≤5%',
  'highly unlikely': '10–20%',
  unlikely: '25–35%',
  'realistic possibility': '40–50%',
  likely: '55–75%',
  'highly likely': '80–90%',
  'almost certain': '≥95%',
};

/** Every band, least probable first. */
export const PROBABILITY_BANDS = Object.keys(BAND_RANGE) as readonly ProbabilityBand[];
