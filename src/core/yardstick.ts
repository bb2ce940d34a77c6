// The probability yardstick, part of the model: the UK PHIA bands, the percentages each stands for, and
// the wording (UK yardstick and US ICD 203) that places a judgement in a band; beside it, the analytic
// confidence levels, which are not probabilities (ADR 16). The extractor reads wording with it; replies
// and briefings show what a band or level means with it.
import type { AssessmentBand, ConfidenceLevel, ProbabilityBand } from './model.js';

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
  ['remote possibility', 'remote chance'],
  ['almost no chance', 'remote chance'],
  // "We cannot rule out" says no more than that the outcome is possible: the least the yardstick has.
  ['cannot be ruled out', 'remote chance'],
  ['could not be ruled out', 'remote chance'],
  ['cannot rule out', 'remote chance'],
  ['can not rule out', 'remote chance'],
  ["can't rule out", 'remote chance'],
  ['could not rule out', 'remote chance'],
  ['improbable', 'unlikely'],
  ['unlikely', 'unlikely'],
  ['likely', 'likely'],
  ['probably', 'likely'],
  ['probable', 'likely'],
];

/** Confidence wording, as ICD 203 and PHIA write it ("medium" is read as "moderate"). */
export const CONFIDENCE_WORDING: readonly (readonly [string, ConfidenceLevel])[] = [
  ['high confidence', 'high confidence'],
  ['moderate confidence', 'moderate confidence'],
  ['medium confidence', 'moderate confidence'],
  ['low confidence', 'low confidence'],
];

/** What each confidence level tells a reader, shown where a band shows its range. */
export const CONFIDENCE_MEANING: Readonly<Record<ConfidenceLevel, string>> = {
  'low confidence': 'analytic confidence, not a probability',
  'moderate confidence': 'analytic confidence, not a probability',
  'high confidence': 'analytic confidence, not a probability',
};

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

/** Every confidence level, lowest first. */
export const CONFIDENCE_LEVELS = Object.keys(CONFIDENCE_MEANING) as readonly ConfidenceLevel[];

/** Whether an assessment's band is a confidence level (no probability), not a band of the yardstick. */
export const isConfidenceLevel = (band: AssessmentBand): band is ConfidenceLevel =>
  band in CONFIDENCE_MEANING;

/** A band's range ("55–75%") or, for a confidence level, what it is; empty for a value that is neither. */
export function bandMeaning(band: AssessmentBand | string): string {
  if (band in BAND_RANGE) return BAND_RANGE[band as ProbabilityBand];
  return band in CONFIDENCE_MEANING ? CONFIDENCE_MEANING[band as ConfidenceLevel] : '';
}
