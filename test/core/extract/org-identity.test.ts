// Bodies of different countries that share a name or an acronym are never one entity: texts written for
// these tests (New Zealand, Dutch, Irish, Japanese and Chinese bodies), not the bundled seeds.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities.js';
import { homeCountry, isSharedName } from '../../../src/core/extract/org-identity.js';
import { toParagraph } from '../../../src/core/text/sentences.js';

const orgs = (paras: string[], setting = {}) =>
  extractEntities(paras.map(toParagraph), null, setting)
    .mentions.filter((m) => m.kind === 'organisation')
    .map((m) => m.name);

const NZ = 'National Cyber Security Centre (New Zealand)';
const UK = 'National Cyber Security Centre';

describe('organisations that share a name across countries', () => {
  it('reads the country the text states, and later bare uses as the same body', () => {
    const r = extractEntities(
      [
        'New Zealand’s National Cyber Security Centre (NCSC) recorded 316 incidents in 2022.',
        'The NCSC said most of them were criminal.',
      ].map(toParagraph),
    );
    const nz = r.mentions.find((m) => m.name === NZ);
    expect(nz?.aliases).toEqual(expect.arrayContaining(['NCSC', 'National Cyber Security Centre']));
    expect(r.mentions.map((m) => m.name)).not.toContain(UK);
    expect(new Set(r.spans.filter((s) => s.kind === 'organisation').map((s) => s.name))).toEqual(
      new Set([NZ]),
    );
  });

  it('reads the parent body, before or after the name', () => {
    expect(orgs(['The GCSB’s National Cyber Security Centre assessed the activity.'])).toContain(NZ);
    expect(orgs(['The National Cyber Security Centre, part of the GCSB, issued an advisory.'])).toContain(NZ);
    expect(orgs(['The National Cyber Security Centre – a part of GCHQ – issued an advisory.'])).toContain(UK);
  });

  it('reads a bare shared acronym by where the document was published, or the country it is about', () => {
    const bare = ['The NCSC said the attack was serious.'];
    expect(orgs(bare, { url: 'https://www.ncsc.govt.nz/news/advisory' })).toEqual([NZ]);
    expect(orgs(bare, { publisher: 'New Zealand Government' })).toEqual([NZ]);
    expect(orgs(['The NCSC said attacks on New Zealand councils doubled.'])).toEqual([NZ]);
    expect(orgs(['The NCSC said attacks on British councils doubled.'])).toEqual([UK]);
    // No clue at all: the table's default.
    expect(orgs(bare)).toEqual([UK]);
  });

  it('keeps the country of a prefixed name instead of dropping it', () => {
    expect(orgs(['The Dutch National Cyber Security Centre and the Irish one met.'])).toEqual([
      'National Cyber Security Centre (Netherlands)',
    ]);
    expect(orgs(['The New Zealand Ministry of Defence and the UK Ministry of Defence agreed.'])).toEqual([
      'Ministry of Defence (New Zealand)',
      'Ministry of Defence',
    ]);
    expect(orgs(['The Australian Federal Police worked with Brazil’s Federal Police.'])).toEqual([
      'Federal Police (Australia)',
      'Federal Police (Brazil)',
    ]);
  });

  it('tells ministries of different countries apart, and joins a bare mention to the one the text named', () => {
    expect(
      orgs([
        'China’s Ministry of Foreign Affairs rejected the claims.',
        'Japan’s Ministry of Foreign Affairs welcomed them.',
      ]),
    ).toEqual(['Ministry of Foreign Affairs (China)', 'Ministry of Foreign Affairs (Japan)']);
    expect(
      orgs([
        'The Chinese Ministry of Foreign Affairs rejected the claims.',
        'The Ministry of Foreign Affairs said more.',
      ]),
    ).toEqual(['Ministry of Foreign Affairs (China)']);
  });

  it('leaves distinctive names and bodies of one country as they are', () => {
    expect(orgs(['The UK Defending Democracy Taskforce met.'])).toEqual(['Defending Democracy Taskforce']);
    expect(orgs(['The Chinese Ministry of State Security denied it.'])).toEqual([
      'Ministry of State Security',
    ]);
    expect(isSharedName('Defending Democracy Taskforce')).toBe(false);
    expect(isSharedName('Ministry of Foreign Affairs')).toBe(true);
  });

  it('keeps "New" in a country name at the start of a sentence', () => {
    const r = extractEntities([toParagraph('New Zealand’s government summoned the ambassador.')]);
    expect(r.mentions.map((m) => `${m.kind}:${m.name}`)).toContain('country:New Zealand');
  });

  it('finds a name after a dated phrase ("In November 2021 the NCSC")', () => {
    expect(orgs(['In November 2021 the NCSC helped a hospital in Wellington.'])).toHaveLength(1);
  });
});

describe('homeCountry', () => {
  it.each([
    [{ url: 'https://www.ncsc.gov.uk/news/x' }, 'United Kingdom'],
    [{ url: 'https://www.cisa.gov/news/x' }, 'United States'],
    [{ url: 'https://example.com/x' }, null],
    [{ publisher: 'Government of Canada' }, 'Canada'],
    [{ publisher: 'The Irish Times' }, 'Ireland'],
    [{ publisher: 'Australian Signals Directorate' }, 'Australia'],
    // A name several countries' bodies share says nothing.
    [{ publisher: 'National Cyber Security Centre' }, null],
    [{ publisher: 'The Independent' }, null],
  ])('%j → %s', (setting, country) => {
    expect(homeCountry(setting)).toBe(country);
  });
});
