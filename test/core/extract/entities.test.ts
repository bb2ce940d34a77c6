import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities.js';
import { toParagraph } from '../../../src/core/text/sentences.js';

const find = (paras: string[], name: string, author: string | null = null) =>
  extractEntities(paras.map(toParagraph), author).mentions.find((m) => m.name === name);
const names = (paras: string[]) =>
  extractEntities(paras.map(toParagraph)).mentions.map((m) => `${m.kind}:${m.name}`);

describe('extractEntities', () => {
  it('splits a title from the name it precedes and keeps it as the role', () => {
    const m = find(['Home Secretary James Cleverly said the threat was growing.'], 'James Cleverly');
    expect(m).toMatchObject({ kind: 'person', roles: ['Home Secretary'] });
    expect(m?.aliases).toContain('Cleverly');
  });

  it('keeps honorifics in the name and reads appositive roles', () => {
    expect(find(['Foreign Secretary Lord Ahmad spoke first.'], 'Lord Ahmad')).toMatchObject({
      kind: 'person',
      roles: ['Foreign Secretary'],
    });
    expect(
      find(
        ['Karen Lee, head of threat intelligence at the agency, said the actors were patient.'],
        'Karen Lee',
      )?.roles[0],
    ).toMatch(/head of threat intelligence/);
  });

  it('links an acronym in brackets to the organisation before it, and later bare uses', () => {
    const paras = [
      'The Cybersecurity and Infrastructure Security Agency (CISA) published an advisory.',
      'CISA said operators should patch.',
    ];
    const m = find(paras, 'Cybersecurity and Infrastructure Security Agency');
    expect(m?.kind).toBe('organisation');
    expect(m?.aliases).toContain('CISA');
  });

  it('recognises threat actors by vendor alias and naming scheme, with long forms as aliases', () => {
    expect(find(['Microsoft said Violet Typhoon targeted the ministry.'], 'APT31')?.kind).toBe(
      'threat_actor',
    );
    expect(find(['The group, tracked as UNC3886, exploited the flaw.'], 'UNC3886')?.kind).toBe(
      'threat_actor',
    );
    const apt = find(['A group labelled Advanced Persistent Threat Group 40 (APT40) was named.'], 'APT40');
    expect(apt?.aliases).toContain('Advanced Persistent Threat Group 40');
  });

  it('names an organisation after its country prefix and keeps the prefixed form as an alias', () => {
    const m = find(
      [
        'The Dutch Military Intelligence and Security Service said so. The US Federal Bureau of Investigation agreed.',
      ],
      'Federal Bureau of Investigation',
    );
    expect(m?.aliases).toContain('US Federal Bureau of Investigation');
  });

  it('reads a comma list inside one name', () => {
    expect(names(['The Department for Science, Innovation and Technology issued guidance.'])).toContain(
      'organisation:Department for Science, Innovation and Technology',
    );
  });

  it('finds countries and their demonyms', () => {
    const n = names(['Chinese hackers targeted the UK and Finland.']);
    expect(n).toEqual(expect.arrayContaining(['country:China', 'country:United Kingdom', 'country:Finland']));
  });

  it('does not turn sentence starts, headings or generic nouns into entities', () => {
    const n = names([
      'Separately, the Government said Parliament would debate it.',
      'Protecting democracy a priority',
      'Meanwhile officials left.',
    ]);
    expect(n).toEqual([]);
  });

  it('adds the byline author as a person', () => {
    expect(find(['Nothing here.'], 'Jane Holloway', 'Jane Holloway')).toMatchObject({
      kind: 'person',
      roles: ['author'],
    });
  });

  it('does not take a given name alone, or a surname before the given name, as an alias', () => {
    expect(
      find(['Foreign Ministry spokesperson Wang Wenbin said the claims were false.'], 'Wang Wenbin')
        ?.aliases ?? [],
    ).not.toContain('Wenbin');
  });

  it('keeps a role’s possessive inside an office name and reads short names in brackets', () => {
    expect(
      find(
        ['The Information Commissioner’s Office (ICO) fined the firm.'],
        'Information Commissioner’s Office',
      )?.aliases,
    ).toEqual(['ICO']);
    const supo = extractEntities([
      toParagraph('The Finnish Security and Intelligence Service (Supo) warned today (Monday).'),
    ]).mentions;
    expect(supo.find((m) => m.aliases.includes('Supo'))?.kind).toBe('organisation');
    expect(supo.some((m) => m.aliases.includes('Monday'))).toBe(false);
  });
});
