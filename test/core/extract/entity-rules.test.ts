// Each entity rule on its own, on texts written for these tests (none comes from the bundled seeds): what
// it names, and a near miss it leaves to other rules. A rule added to a list without a case here fails the
// last test, so the lists grow rule by rule with their tests.
import { describe, expect, it } from 'vitest';
import { type EntityBook, entryOf, openBook } from '../../../src/core/extract/entities/book.js';
import { bracketedAcronyms, bracketedSpeakers } from '../../../src/core/extract/entities/bracket-rules.js';
import {
  blocAcronym,
  countryNamedBody,
  cuedActor,
  cuedMalware,
  introducedOrganisation,
  officeThenPerson,
  personAfterTitleOf,
  speakerPerson,
  vulnerabilityId,
} from '../../../src/core/extract/entities/context-rules.js';
import {
  bylineAuthors,
  DOCUMENT_RULES,
  recurringNames,
  secondLook,
  surnameAliases,
} from '../../../src/core/extract/entities/document-rules.js';
import { type EntityRule, type RunView, viewOf } from '../../../src/core/extract/entities/found.js';
import { createLookups } from '../../../src/core/extract/entities/lookups.js';
import {
  capitalisedRuns,
  commaListNames,
  PARAGRAPH_RULES,
  readParagraphs,
} from '../../../src/core/extract/entities/paragraph-rules.js';
import {
  country,
  givenNamePerson,
  headNounOrganisation,
  honorificPerson,
  notABody,
  patronymicPerson,
  RUN_RULES,
  threatActor,
  threatActorWithin,
  titledPerson,
  trimRun,
  vendorThenProduct,
  wellKnownOrganisation,
} from '../../../src/core/extract/entities/run-rules.js';
import { runsOf, tokenize } from '../../../src/core/extract/entities/runs.js';
import { splitSentences, toParagraph } from '../../../src/core/text/sentences.js';

const lookups = createLookups();

/** The trimmed capitalised run of `paragraph` that starts with `first`, as the run rules see it. */
function run(paragraph: string, first: string): RunView {
  const runs = runsOf(paragraph, tokenize(paragraph, splitSentences(paragraph)));
  const found = runs.find((r) => r.some((t) => t.text === first));
  if (!found) throw new Error(`no run with ${first} in: ${paragraph}`);
  const start = found[0]?.start ?? 0;
  return viewOf(paragraph, trimRun(found, lookups), paragraph.slice(Math.max(0, start - 40), start));
}

const apply = (rule: EntityRule, paragraph: string, first: string) => rule(run(paragraph, first), lookups);

function book(paragraphs: string[], author: string | null = null): EntityBook {
  return openBook(paragraphs.map(toParagraph), author, {}, createLookups());
}
const names = (b: EntityBook) => [...b.byKey.values()].map((e) => `${e.kind}:${e.name}`);

const RUN_CASES: Record<string, () => void> = {
  vulnerabilityId: () => {
    const found = apply(
      vulnerabilityId,
      'Attackers chained CVE-2031-10042 and CVE-2031-0007 last week.',
      'CVE-2031-10042',
    );
    expect(found?.map((f) => [f.name, f.kind])).toEqual([
      ['CVE-2031-10042', 'vulnerability'],
      ['CVE-2031-0007', 'vulnerability'],
    ]);
    expect(apply(vulnerabilityId, 'Attackers used CVE-31 tooling.', 'CVE-31')).toBeUndefined();
  },
  threatActor: () => {
    expect(apply(threatActor, 'Responders traced the implant to UNC5221 within days.', 'UNC5221')).toEqual([
      { name: 'UNC5221', kind: 'threat_actor', start: 33, end: 40 },
    ]);
    expect(apply(threatActor, 'Responders met Oslo officials.', 'Oslo')).toBeUndefined();
  },
  threatActorWithin: () => {
    const found = apply(threatActorWithin, 'The leaked APT41 Tooling Guide circulated widely.', 'APT41');
    expect(found?.map((f) => [f.name, f.kind])).toEqual([['APT41', 'threat_actor']]);
    expect(
      apply(threatActorWithin, 'The leaked Tooling Guide circulated widely.', 'Tooling'),
    ).toBeUndefined();
  },
  titledPerson: () => {
    expect(
      apply(titledPerson, 'Chief Superintendent Ingrid Halvorsen briefed the press.', 'Chief'),
    ).toMatchObject([{ name: 'Ingrid Halvorsen', kind: 'person', role: 'Chief Superintendent' }]);
    expect(apply(titledPerson, 'The Minister Responsible declined.', 'Minister')).toBeUndefined();
  },
  honorificPerson: () => {
    expect(apply(honorificPerson, 'Dame Orla Kennedy chaired the review.', 'Dame')).toMatchObject([
      { name: 'Dame Orla Kennedy', kind: 'person' },
    ]);
    expect(apply(honorificPerson, 'Dr Amara Osei chaired the review.', 'Dr')).toMatchObject([
      { name: 'Amara Osei', kind: 'person' },
    ]);
    // A courtesy title and a surname alone wait for the second look.
    expect(apply(honorificPerson, 'Later Mr Osei agreed.', 'Mr')).toEqual([]);
  },
  country: () => {
    expect(apply(country, 'Officials in Norway agreed.', 'Norway')).toMatchObject([
      { name: 'Norway', kind: 'country' },
    ]);
    expect(apply(country, 'Norwegian officials agreed.', 'Norwegian')).toMatchObject([
      { name: 'Norway', kind: 'country' },
    ]);
    expect(apply(country, 'The Norwegian Police Security Service agreed.', 'Norwegian')).toBeUndefined();
  },
  wellKnownOrganisation: () => {
    expect(apply(wellKnownOrganisation, 'Analysts at ANSSI agreed.', 'ANSSI')).toMatchObject([
      { name: 'National Cybersecurity Agency of France', kind: 'organisation', alias: 'ANSSI' },
    ]);
    expect(apply(wellKnownOrganisation, 'Analysts at Brightwater agreed.', 'Brightwater')).toBeUndefined();
  },
  vendorThenProduct: () => {
    expect(
      apply(vendorThenProduct, 'They broke into Fortinet Harbour Gate appliances at night.', 'Fortinet'),
    ).toMatchObject([{ name: 'Fortinet', kind: 'organisation', start: 16, end: 24 }]);
    // A known body before its own office, or two names joined, is left to other rules.
    expect(apply(vendorThenProduct, 'The FBI Field Office in Tromsø agreed.', 'FBI')).toBeUndefined();
    expect(apply(vendorThenProduct, 'They hit Cisco and Zyxel Harbour routers.', 'Cisco')).toBeUndefined();
  },
  notABody: () => {
    // A text of law, with or without its year, and a class of firms name no body.
    expect(apply(notABody, 'Under the Harbour Safety Directive the port must report.', 'Harbour')).toEqual(
      [],
    );
    expect(apply(notABody, 'The Coastal Data Act 2031 took effect.', 'Coastal')).toEqual([]);
    expect(
      apply(notABody, 'Attackers went after Regional Cloud Hosting Providers first.', 'Regional'),
    ).toEqual([]);
    // A body with a connector in its name, and any other body, are left to the rules after.
    expect(apply(notABody, 'The Association of Cloud Providers met.', 'Association')).toBeUndefined();
    expect(apply(notABody, 'The Tasmanian Audit Office reported.', 'Tasmanian')).toBeUndefined();
  },
  cuedActor: () => {
    expect(
      apply(cuedActor, 'A hacktivist group calling itself Sand Lion claimed the outage.', 'Sand'),
    ).toMatchObject([{ name: 'Sand Lion', kind: 'threat_actor' }]);
    expect(
      apply(cuedActor, 'The posts came from Blue Heron Collective, a pro-Kremlin hacktivist front.', 'Blue'),
    ).toMatchObject([{ name: 'Blue Heron Collective', kind: 'threat_actor' }]);
    expect(
      apply(cuedActor, 'The persona SeaWolves_Reborn posted the files.', 'SeaWolves_Reborn'),
    ).toMatchObject([{ name: 'SeaWolves_Reborn', kind: 'threat_actor' }]);
    expect(
      apply(cuedActor, 'The leak was claimed by the front group Grey Gull Bureau.', 'Grey'),
    ).toMatchObject([{ name: 'Grey Gull Bureau', kind: 'threat_actor' }]);
    expect(
      apply(cuedActor, 'Hacktivist groups such as Storm Petrel Brigade posted the files.', 'Storm'),
    ).toMatchObject([{ name: 'Storm Petrel Brigade', kind: 'threat_actor' }]);
    expect(apply(cuedActor, 'The posts came from Blue Heron Ltd, a bakery.', 'Blue')).toBeUndefined();
  },
  cuedMalware: () => {
    expect(
      apply(cuedMalware, 'They installed a backdoor dubbed QUIET HARBOR on the server.', 'QUIET'),
    ).toMatchObject([{ name: 'QUIET HARBOR', kind: 'other' }]);
    expect(apply(cuedMalware, 'The QUIET HARBOR implant beaconed hourly.', 'QUIET')).toMatchObject([
      { name: 'QUIET HARBOR', kind: 'other' },
    ]);
    expect(apply(cuedMalware, 'The QUIET HARBOR report came out.', 'QUIET')).toBeUndefined();
  },
  officeThenPerson: () => {
    const found = apply(
      officeThenPerson,
      'He thanked the Tromsø Field Office Ingrid Halvorsen for her help.',
      'Tromsø',
    );
    expect(found?.map((f) => [f.name, f.kind])).toEqual([
      ['Tromsø Field Office', 'organisation'],
      ['Ingrid Halvorsen', 'person'],
    ]);
    expect(
      apply(officeThenPerson, 'He thanked the Tromsø Field Office Team for its help.', 'Tromsø'),
    ).toBeUndefined();
  },
  personAfterTitleOf: () => {
    expect(
      apply(
        personAfterTitleOf,
        'It matters, said Deputy Secretary of the Harbours Oddvar Quist.',
        'Harbours',
      ),
    ).toMatchObject([{ name: 'Oddvar Quist', kind: 'person' }]);
    // A portfolio's last words are no holder, nor is a title with no body before the name.
    expect(
      apply(personAfterTitleOf, 'He met the Minister for the Harbour Cyber Security Policy.', 'Harbour'),
    ).toBeUndefined();
    expect(
      apply(personAfterTitleOf, 'He met the Secretary of State for Foreign Affairs.', 'Foreign'),
    ).toBeUndefined();
  },
  headNounOrganisation: () => {
    expect(apply(headNounOrganisation, 'The Tasmanian Audit Office reported.', 'Tasmanian')).toMatchObject([
      { name: 'Tasmanian Audit Office', kind: 'organisation' },
    ]);
    // A head noun alone is too generic to be an entity.
    expect(apply(headNounOrganisation, 'The Parliament rose.', 'Parliament')).toEqual([]);
    expect(apply(headNounOrganisation, 'The Harbour Crimes Division agreed.', 'Harbour')).toMatchObject([
      { name: 'Harbour Crimes Division', kind: 'organisation' },
    ]);
    expect(apply(headNounOrganisation, 'Then Amara Osei rose.', 'Amara')).toBeUndefined();
  },
  countryNamedBody: () => {
    expect(apply(countryNamedBody, 'Officials at Public Safety Norway agreed.', 'Public')).toMatchObject([
      { name: 'Public Safety Norway', kind: 'organisation' },
    ]);
    expect(apply(countryNamedBody, 'Officials in Western Norway agreed.', 'Western')).toBeUndefined();
  },
  blocAcronym: () => {
    expect(apply(blocAcronym, 'All NORDREG economies signed the pledge.', 'NORDREG')).toMatchObject([
      { name: 'NORDREG', kind: 'organisation' },
    ]);
    expect(apply(blocAcronym, 'The NORDREG report was late.', 'NORDREG')).toBeUndefined();
  },
  introducedOrganisation: () => {
    expect(
      apply(introducedOrganisation, 'The security vendor Halcyon Labs said so.', 'Halcyon'),
    ).toMatchObject([{ name: 'Halcyon Labs', kind: 'organisation' }]);
    expect(apply(introducedOrganisation, 'A man named Halcyon Labs said so.', 'Halcyon')).toBeUndefined();
  },
  patronymicPerson: () => {
    expect(
      apply(patronymicPerson, 'The court charged Bogdan Arkadyevich Zelny with fraud.', 'Bogdan'),
    ).toMatchObject([{ name: 'Bogdan Arkadyevich Zelny', kind: 'person' }]);
    expect(
      apply(patronymicPerson, 'The court charged Bogdan Arkady Zelny with fraud.', 'Bogdan'),
    ).toBeUndefined();
  },
  givenNamePerson: () => {
    expect(apply(givenNamePerson, 'The memo reached Fatima Okafor on time.', 'Fatima')).toMatchObject([
      { name: 'Fatima Okafor', kind: 'person' },
    ]);
    expect(
      apply(givenNamePerson, 'The memo reached Brightwater Okafor on time.', 'Brightwater'),
    ).toBeUndefined();
  },
  speakerPerson: () => {
    expect(apply(speakerPerson, 'Tuva Brekke said the logs were wiped.', 'Tuva')).toMatchObject([
      { name: 'Tuva Brekke', kind: 'person' },
    ]);
    expect(
      apply(speakerPerson, 'Tuva Brekke, chief analyst at the bank, was not surprised.', 'Tuva'),
    ).toMatchObject([{ name: 'Tuva Brekke', kind: 'person' }]);
    expect(apply(speakerPerson, 'Tuva Brekke left early.', 'Tuva')).toBeUndefined();
    // A place in the news before a speech verb is no speaker.
    expect(
      apply(speakerPerson, 'Officials in Tromsø Harbour said the ferry was late.', 'Tromsø'),
    ).toBeUndefined();
  },
};

const PARAGRAPH_CASES: Record<string, () => void> = {
  capitalisedRuns: () => {
    const b = book(['Detective Sergeant Ola Nordmann, the case officer, arrested two men in Bergen.']);
    capitalisedRuns(b, 0);
    expect(entryOf(b, 'Ola Nordmann')).toMatchObject({ kind: 'person', roles: ['Detective Sergeant'] });
    expect(b.pending.map((x) => x.text)).toEqual(['Bergen']);
    // Two titled people joined by "and" are two people, not the second alone.
    const pair = book(['Harbour Minister Ingrid Solberg and Chief Inspector Tarjei Lunde met the crews.']);
    capitalisedRuns(pair, 0);
    expect(names(pair)).toEqual(['person:Ingrid Solberg', 'person:Tarjei Lunde']);
    // A body's name ends at its head noun: what follows "and" is a name of its own.
    const bodies = book(['Iceland’s Harbour Safety Agency and Norway both replied.']);
    capitalisedRuns(bodies, 0);
    expect(names(bodies)).toEqual([
      'country:Iceland',
      'organisation:Harbour Safety Agency',
      'country:Norway',
    ]);
  },
  commaListNames: () => {
    const b = book(['Her Ministry of Trade, Industry and Fisheries issued guidance.']);
    capitalisedRuns(b, 0);
    expect(b.spans.map((s) => s.name)).not.toContain('Ministry of Trade, Industry and Fisheries');
    commaListNames(b, 0);
    expect(b.spans.map((s) => s.name)).toEqual(['Ministry of Trade, Industry and Fisheries']);
    expect(names(b)).toEqual(['organisation:Ministry of Trade, Industry and Fisheries']);
    // The list's tail read as a name of its own folds in when the name is a possessive too.
    const owned = book(['Ministers answered the Tides, Coast and Harbours Committee’s questions.']);
    capitalisedRuns(owned, 0);
    commaListNames(owned, 0);
    expect(names(owned)).toEqual(['organisation:Tides, Coast and Harbours Committee']);
  },
};

const DOCUMENT_CASES: Record<string, () => void> = {
  bracketedSpeakers: () => {
    const b = book(['The Deputy Foreign Minister (Priya Raman) replied at length.']);
    bracketedSpeakers(b);
    expect(entryOf(b, 'Priya Raman')).toMatchObject({ kind: 'person', roles: ['Deputy Foreign Minister'] });
  },
  bracketedAcronyms: () => {
    const b = book([
      'The Norwegian National Security Authority (NSM) issued a warning on Tuesday (Tuesday) night.',
      'A group called Advanced Persistent Threat 29 (APT29) was blamed.',
    ]);
    readParagraphs(b);
    bracketedAcronyms(b);
    expect(entryOf(b, 'National Security Authority (Norway)')?.aliases).toEqual(
      new Set(['Norwegian National Security Authority', 'NSM']),
    );
    expect(entryOf(b, 'APT29')?.aliases.has('Advanced Persistent Threat 29')).toBe(true);
    // Initials that spell a term of the trade, with no body's head noun, name nothing.
    const term = book([
      'The advisory lists Remote Access Trojan (RAT) samples and Harbour Cyber Office (HCO) notes.',
    ]);
    readParagraphs(term);
    bracketedAcronyms(term);
    expect(names(term)).toEqual(['organisation:Harbour Cyber Office']);
  },
  recurringNames: () => {
    const b = book([
      'Dana Whitfield Highlights',
      'Dana Whitfield Portrait Ms Dana Whitfield (Harbourside) (Ind)',
      'The harbour needs dredging, she said.',
    ]);
    readParagraphs(b);
    expect(names(b)).toContain('person:Dana Whitfield Highlights');
    recurringNames(b);
    expect(names(b)).toContain('person:Dana Whitfield');
    expect(names(b)).not.toContain('person:Dana Whitfield Highlights');
    // A name always written the same way is left to the other rules.
    const once = book(['Dana Whitfield spoke.', 'Dana Whitfield left.']);
    readParagraphs(once);
    const before = names(once);
    recurringNames(once);
    expect(names(once)).toEqual(before);
  },
  secondLook: () => {
    const b = book(['Ingrid Halvorsen led the inquiry.', 'Halvorsen declined to comment.']);
    readParagraphs(b);
    expect(b.spans.filter((s) => s.paragraph === 1)).toEqual([]);
    secondLook(b);
    expect(b.spans.filter((s) => s.paragraph === 1).map((s) => s.name)).toEqual(['Ingrid Halvorsen']);
  },
  surnameAliases: () => {
    const b = book(['The memo reached Fatima Okafor on time.']);
    readParagraphs(b);
    surnameAliases(b);
    expect(entryOf(b, 'Fatima Okafor')?.aliases).toEqual(new Set(['Okafor']));
  },
  bylineAuthors: () => {
    const b = book(['Nothing else here.'], 'Lena Berg and Tomás Ruiz');
    bylineAuthors(b);
    expect(names(b)).toEqual(['person:Lena Berg', 'person:Tomás Ruiz']);
    expect(entryOf(b, 'Tomás Ruiz')?.roles).toEqual(['author']);
  },
};

describe('entity rules, one by one', () => {
  for (const [name, check] of Object.entries({ ...RUN_CASES, ...PARAGRAPH_CASES, ...DOCUMENT_CASES }))
    it(name, check);

  it('has a case for every rule in every list', () => {
    expect(RUN_RULES.map((r) => r.name)).toEqual(Object.keys(RUN_CASES));
    expect(PARAGRAPH_RULES.map((r) => r.name)).toEqual(Object.keys(PARAGRAPH_CASES));
    expect(DOCUMENT_RULES.map((r) => r.name)).toEqual(Object.keys(DOCUMENT_CASES));
  });
});
