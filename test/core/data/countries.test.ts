import { describe, expect, it } from 'vitest';
import { COUNTRIES, findCountry } from '../../../src/core/data/countries.js';

describe('country table', () => {
  it('holds every UN member state and more', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(193);
  });

  it('never gives one name, alias or demonym to two countries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of COUNTRIES) {
      for (const n of [c.name, ...c.aliases, ...c.demonyms]) {
        const key = n.toLowerCase();
        const seen = owner.get(key);
        if (seen && seen !== c.name) clashes.push(`${n}: ${seen} and ${c.name}`);
        owner.set(key, c.name);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('findCountry', () => {
  it.each([
    ['China', 'China', false],
    ['PRC', 'China', false],
    ["People's Republic of China", 'China', false],
    ['People’s Republic of China', 'China', false],
    ['Chinese', 'China', true],
    ['UK', 'United Kingdom', false],
    ['U.K.', 'United Kingdom', false],
    ['Britain', 'United Kingdom', false],
    ['British', 'United Kingdom', true],
    ['US', 'United States', false],
    ['U.S.', 'United States', false],
    ['USA', 'United States', false],
    ['America', 'United States', false],
    ['the United States', 'United States', false],
    ['American', 'United States', true],
    ['Americans', 'United States', true],
    ['Russian Federation', 'Russia', false],
    ['Russian', 'Russia', true],
    ['Iranian', 'Iran', true],
    ['DPRK', 'North Korea', false],
    ['North Korean', 'North Korea', true],
    ['North Koreans', 'North Korea', true],
    ['Finnish', 'Finland', true],
    ['Türkiye', 'Turkey', false],
    ['Turkiye', 'Turkey', false],
    ["Cote d'Ivoire", "Côte d'Ivoire", false],
    ['Ivory Coast', "Côte d'Ivoire", false],
    ['the Netherlands', 'Netherlands', false],
    ['Dutch', 'Netherlands', true],
    ["China's", 'China', false],
    ['Taiwanese', 'Taiwan', true],
  ])('%s → %s (demonym: %s)', (query, name, viaDemonym) => {
    const hit = findCountry(query);
    expect(hit?.country.name).toBe(name);
    expect(hit?.viaDemonym).toBe(viaDemonym);
  });

  it('matches acronyms only in capitals', () => {
    expect(findCountry('us')).toBeUndefined();
    expect(findCountry('Us')).toBeUndefined();
    expect(findCountry('uk')).toBeUndefined();
  });

  it('leaves names that point at two countries unresolved', () => {
    expect(findCountry('Korea')).toBeUndefined();
    expect(findCountry('Korean')).toBeUndefined();
    expect(findCountry('Congo')).toBeUndefined();
  });

  it('returns undefined for other words', () => {
    expect(findCountry('Parliament')).toBeUndefined();
    expect(findCountry('')).toBeUndefined();
  });
});
