import { describe, expect, it } from 'vitest';
import {
  BAND_RANGE,
  bandMeaning,
  CONFIDENCE_LEVELS,
  CONFIDENCE_WORDING,
  PROBABILITY_BANDS,
  YARDSTICK,
} from '../../src/core/yardstick.js';

describe('the probability yardstick', () => {
  it('lists the bands least probable first, each with its range', () => {
    expect(PROBABILITY_BANDS).toEqual([
      'remote chance',
      'highly unlikely',
      'unlikely',
      'realistic possibility',
      'likely',
      'highly likely',
      'almost certain',
    ]);
    expect(BAND_RANGE['realistic possibility']).toBe('40–50%');
  });

  it('places every wording in a band, longer wording before the wording it contains', () => {
    for (const [, band] of YARDSTICK) expect(PROBABILITY_BANDS).toContain(band);
    const words = YARDSTICK.map(([w]) => w);
    for (const [i, w] of words.entries())
      for (const shorter of words.slice(0, i))
        expect(w.includes(shorter), `${w} after ${shorter}`).toBe(false);
  });

  it('keeps confidence levels apart from the probability bands', () => {
    for (const [, level] of CONFIDENCE_WORDING) expect(CONFIDENCE_LEVELS).toContain(level);
    for (const level of CONFIDENCE_LEVELS) expect(PROBABILITY_BANDS).not.toContain(level);
    expect(bandMeaning('likely')).toBe('55–75%');
    expect(bandMeaning('high confidence')).toBe('analytic confidence, not a probability');
    expect(bandMeaning('nonsense')).toBe('');
  });
});
