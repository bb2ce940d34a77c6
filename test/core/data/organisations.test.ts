import { describe, expect, it } from 'vitest';
import {
  findWellKnownOrg,
  HONORIFICS,
  isHonorific,
  isOrgHeadNoun,
  isRoleWord,
  ORG_HEAD_NOUNS,
  ROLE_WORDS,
  WELL_KNOWN_ORGS,
  wellKnownOrgsCalled,
} from '../../../src/core/data/organisations.js';

describe('organisation head nouns', () => {
  it('include the words that make a phrase an organisation', () => {
    for (const w of ['Office', 'Commission', 'Centre', 'Taskforce', 'Ministry', 'Department', 'Group']) {
      expect(ORG_HEAD_NOUNS, w).toContain(w);
    }
    expect(isOrgHeadNoun('commission')).toBe(true);
    expect(isOrgHeadNoun('Dowden')).toBe(false);
  });

  it('share no word with the role words, so a title never makes an organisation', () => {
    const roles = new Set(ROLE_WORDS.map((w) => w.toLowerCase()));
    expect(ORG_HEAD_NOUNS.filter((w) => roles.has(w.toLowerCase()))).toEqual([]);
  });
});

describe('well-known organisations', () => {
  it('share a name or an acronym only between bodies of different countries', () => {
    const names = WELL_KNOWN_ORGS.map((o) => `${o.name.toLowerCase()}|${o.country ?? ''}`);
    expect(new Set(names).size).toBe(names.length);
    const acronyms = WELL_KNOWN_ORGS.flatMap((o) => (o.acronym ? [`${o.acronym}|${o.country ?? ''}`] : []));
    expect(new Set(acronyms).size).toBe(acronyms.length);
    const shared = WELL_KNOWN_ORGS.filter((o) => wellKnownOrgsCalled(o.name).length > 1);
    expect(shared.filter((o) => !o.country)).toEqual([]);
  });

  it('list every body that goes by a shared acronym, the default first', () => {
    expect(wellKnownOrgsCalled('NCSC').map((o) => o.country)).toEqual(
      expect.arrayContaining(['United Kingdom', 'New Zealand']),
    );
    expect(findWellKnownOrg('NCSC')?.country).toBe('United Kingdom');
  });

  it.each([
    ['GCHQ', 'Government Communications Headquarters'],
    ['NCSC', 'National Cyber Security Centre'],
    ['MSS', 'Ministry of State Security'],
    ['the FSB', 'Federal Security Service'],
    ['IRGC', 'Islamic Revolutionary Guard Corps'],
    ['Department of Justice', 'Department of Justice'],
    ['Justice Department', 'Department of Justice'],
    ['crowdstrike', 'CrowdStrike'],
  ])('%s → %s', (query, name) => {
    expect(findWellKnownOrg(query)?.name).toBe(name);
  });

  it('matches acronyms only as written', () => {
    expect(findWellKnownOrg('cia')).toBeUndefined();
    expect(findWellKnownOrg('CIA')?.name).toBe('Central Intelligence Agency');
  });

  it('are all organisations', () => {
    for (const o of WELL_KNOWN_ORGS) expect(o.kind).toBe('organisation');
  });
});

describe('role words and honorifics', () => {
  it('recognise titles around names', () => {
    for (const w of [
      'Minister',
      'Secretary',
      'Spokesperson',
      'Director',
      'Deputy',
      'Prime',
      'founder',
      'executive',
    ]) {
      expect(isRoleWord(w), w).toBe(true);
    }
    expect(isRoleWord('Dowden')).toBe(false);
  });

  it('keep honorifics as part of names', () => {
    for (const h of ['Lord', 'Sir', 'Dame', 'Dr', 'Baroness']) expect(HONORIFICS, h).toContain(h);
    expect(isHonorific('Dr.')).toBe(true);
    expect(isHonorific('lord')).toBe(true);
    expect(isHonorific('Minister')).toBe(false);
  });
});
