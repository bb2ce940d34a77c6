import { describe, expect, it } from 'vitest';
import { GIVEN_NAMES, isFamilyNameFirstSurname, isGivenName } from '../../../src/core/data/given-names.js';

describe('isGivenName', () => {
  it('holds well over a thousand names', () => {
    expect(GIVEN_NAMES.size).toBeGreaterThan(1400);
  });

  it.each([
    'Mark',
    'Paul',
    'Oliver',
    'Lisa',
    'Martyn',
    'Andrew',
    'Al',
    'Mikko',
    'Sanna',
    'Jürgen',
    'Jurgen',
    'Volodymyr',
    'Sergei',
    'Mohammed',
    'Fatemeh',
    'Jinping',
    'Jong-un',
    'Shinzo',
    'Rishi',
    'MARK',
  ])('knows %s', (name) => {
    expect(isGivenName(name)).toBe(true);
  });

  it.each(['mark', 'paul', 'May', 'Will', 'Sydney', 'Georgia', 'Said', 'Can', 'Office', 'Wang', 'SAM', ''])(
    'rejects %s',
    (word) => {
      expect(isGivenName(word)).toBe(false);
    },
  );
});

describe('isFamilyNameFirstSurname', () => {
  it('knows common East Asian family names, capitalised', () => {
    for (const name of ['Wang', 'Lin', 'Kim', 'Xi', 'Nguyen'])
      expect(isFamilyNameFirstSurname(name), name).toBe(true);
    expect(isFamilyNameFirstSurname('wang')).toBe(false);
    expect(isFamilyNameFirstSurname('He')).toBe(false);
  });

  it('keeps family names out of the given-name set', () => {
    for (const name of ['Wang', 'Zhang', 'Liu']) expect(isGivenName(name), name).toBe(false);
  });
});
