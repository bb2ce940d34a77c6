// Deterministic ids and what is known about an actor: Sitrep's ids equal OpenCTI's for the same names (the
// expected values were computed with Python's uuid.uuid5 over the canonical JSON, as OpenCTI's client
// does), and the knowledge catalogues add an ATT&CK id and a state to actors the hand-made table lacks.
import { describe, expect, it } from 'vitest';
import { parseMispGalaxy } from '../../../src/core/knowledge/misp-galaxy.js';
import { buildSnapshot, knowledgeBase } from '../../../src/core/knowledge/snapshot.js';
import { tableActors, withKnowledge } from '../../../src/core/stix/actor-facts.js';
import { canonicalJson, stixId, uuidv5 } from '../../../src/core/stix/ids.js';
import { attackBundle } from '../knowledge/fixtures.js';

describe('deterministic ids', () => {
  it('are UUIDv5 of the canonical key under the STIX namespace, equal to OpenCTI’s', () => {
    expect(canonicalJson({ name: 'national cyber security centre', identity_class: 'organization' })).toBe(
      '{"identity_class":"organization","name":"national cyber security centre"}',
    );
    expect(stixId('intrusion-set', { name: 'apt31' })).toBe(
      'intrusion-set--4328692d-e1ff-5862-8488-298d47a85941',
    );
    expect(
      stixId('identity', { name: 'national cyber security centre', identity_class: 'organization' }),
    ).toBe('identity--4be31536-5ed1-5b96-a2d7-597cace9964c');
    // Non-ASCII names hash their UTF-8 bytes.
    expect(uuidv5('{"name":"café"}')).toBe('aa10b316-cd36-55b9-a7db-1eef811f4fe8');
  });
});

describe('facts about an actor', () => {
  it('come from the table, and from the catalogues for what the table lacks', async () => {
    const attack = await attackBundle([
      {
        type: 'intrusion-set',
        uuid: '00000000-0000-4000-8000-0000000000a1',
        id: 'G9901',
        name: 'Glacier Owl',
        aliases: ['Glacier Owl', 'FROST-7'],
      },
    ]);
    const misp = parseMispGalaxy({
      type: 'threat-actor',
      name: 'Threat Actor',
      version: 1,
      values: [
        {
          value: 'Glacier Owl',
          uuid: '00000000-0000-4000-8000-0000000000b1',
          meta: {
            synonyms: ['FROST-7'],
            country: 'RU',
            'cfr-suspected-state-sponsor': 'Russian Federation',
            refs: ['https://attack.mitre.org/groups/G9901/'],
          },
        },
        {
          value: 'APT31',
          uuid: '00000000-0000-4000-8000-0000000000b2',
          meta: { synonyms: ['Test Panda'], country: 'CN', 'cfr-suspected-state-sponsor': 'Some Other Body' },
        },
      ],
    });
    const kb = knowledgeBase(buildSnapshot([attack, misp], { builtAt: '2026-12-01T00:00:00.000Z' }));
    const facts = withKnowledge(kb);
    expect(tableActors('Glacier Owl')).toBeNull();
    expect(facts('Glacier Owl')).toEqual({
      aliases: ['FROST-7'],
      attackId: 'G9901',
      country: 'Russia',
      sponsor: 'Russian Federation',
    });
    // The table's own attribution and ATT&CK id stand; the catalogues add names.
    const table = tableActors('APT31');
    expect(facts('APT31')).toEqual({ ...table, aliases: [...(table?.aliases ?? []), 'Test Panda'] });
  });
});
