// Malware, tools, vulnerabilities, campaigns and the catalogues' actors found in report text: by the
// catalogues' names (ordinary-word names only with a cue or among other cyber entities), by CVE id, and
// by the text's own cues; the rule-based entities keep their names.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExport } from '../../../src/core/export.js';
import { extractDocument } from '../../../src/core/extract/extract.js';
import { withKnowledge } from '../../../src/core/extract/knowledge-entities.js';
import type { KnowledgeBase } from '../../../src/core/knowledge/snapshot.js';
import { catalogueKnowledge, present } from '../../commands/knowledge-helpers.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  if (present) kb = await catalogueKnowledge();
}, 120_000);

const entitiesOf = (body: string, knowledge: KnowledgeBase | null = kb) => {
  const extraction = withKnowledge(
    body,
    extractDocument({ body, published: '2024-03-01', author: null }),
    knowledge,
  );
  return extraction.entities.map((e) => `${e.kind}:${e.name}`);
};

describe.skipIf(!present)('entities from the catalogues', () => {
  it('finds actors, malware and CVEs by their catalogue names, under the catalogue’s canonical name', () => {
    const found = entitiesOf(
      'Mustang Panda deployed Korplug, Cobalt Strike and Mimikatz after exploiting CVE-2023-3519 on exposed gateways.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'threat_actor:Mustang Panda',
        'malware:PlugX',
        'malware:Cobalt Strike',
        'tool:Mimikatz',
        'vulnerability:CVE-2023-3519',
      ]),
    );
  });

  it('leaves a word-like malware name in running text alone without a cue, and takes it with one', () => {
    const plain = entitiesOf('Prestige matters to the ministry. The snake in the garden was a metaphor.');
    expect(plain.filter((e) => !e.startsWith('organisation') && !e.startsWith('country'))).toEqual([]);
    expect(entitiesOf('In October the Prestige ransomware hit logistics firms in Poland.')).toContain(
      'malware:Prestige',
    );
  });

  it('never takes part of a longer name the rules found for a catalogue name', () => {
    const found = entitiesOf(
      'The Treasury Department said the Iranian government hid behind the front company, Rana Intelligence Computing Company, for years.',
    );
    expect(found).toContain('organisation:Rana Intelligence Computing Company');
    expect(found.filter((e) => e.startsWith('malware'))).toEqual([]);
  });

  it('keeps a name the rules gave a kind, and adds the catalogues’ names to the events that name them', () => {
    const body = 'On 3 January 2024, APT41 used PlugX against a ministry.';
    const extraction = withKnowledge(
      body,
      extractDocument({ body, published: '2024-03-01', author: null }),
      kb,
    );
    expect(extraction.entities.filter((e) => e.name === 'APT41').map((e) => e.kind)).toEqual([
      'threat_actor',
    ]);
    expect(extraction.events[0]?.actors).toEqual(expect.arrayContaining(['APT41', 'PlugX']));
  });
});

describe('entities from the text’s own cues', () => {
  it('takes "the X backdoor" and "a variant of Y", never a nationality or a description', () => {
    const found = entitiesOf(
      'The attackers installed the Kettlebrim backdoor. It is a variant of Zorbafly. The Russian malware and the RAT loader were also seen.',
      null,
    );
    expect(found).toEqual(expect.arrayContaining(['malware:Kettlebrim', 'malware:Zorbafly']));
    expect(found.some((e) => /Russian|RAT/.test(e) && e.startsWith('malware'))).toBe(false);
  });

  it('exports the new kinds as they are', () => {
    const body = 'They installed the Kettlebrim backdoor through CVE-2024-21887.';
    const extraction = withKnowledge(body, extractDocument({ body, published: null, author: null }), null);
    const doc = {
      id: 'd',
      title: null,
      publisher: null,
      author: null,
      published: null,
      url: null,
      origin: 'a.txt',
      body,
    };
    const kinds = buildExport([{ doc, extraction }]).entities.map((e) => `${e.kind}:${e.name}`);
    expect(kinds).toEqual(expect.arrayContaining(['malware:Kettlebrim', 'vulnerability:CVE-2024-21887']));
  });

  it('takes CVE ids as vulnerabilities with no catalogue loaded', () => {
    expect(entitiesOf('They exploited cve-2024-21887 again.', null)).toContain(
      'vulnerability:CVE-2024-21887',
    );
  });
});
