// The corpus over a real (in-memory) SQLite store.
import { describe, expect, it } from 'vitest';
import { createCorpus } from '../../src/core/corpus.js';
import type { Mention } from '../../src/core/model.js';
import { asStorePorts } from '../../src/infra/sqlite/async-store.js';
import { openTestStore } from '../infra/sqlite/helpers.js';

describe('corpus name lookup', () => {
  it('matches a misspelt name against the names read so far while warming, and against all after', async () => {
    const store = openTestStore(':memory:');
    // More entities than one warming step (2,000); the one looked for is stored last.
    const entities: Mention[] = Array.from({ length: 2100 }, (_, i) => ({
      name: `Organisation Number ${i}`,
      kind: 'organisation',
      aliases: [],
      roles: [],
    }));
    entities.push({ name: 'Zebulon Quartermaine', kind: 'person', aliases: [], roles: [] });
    const doc = {
      id: 'd1',
      title: 'A report',
      publisher: null,
      author: null,
      published: '2024-03-25',
      url: null,
      origin: 'test',
      body: 'Zebulon Quartermaine and many organisations.',
    };
    store.addDocument(doc, { entities, quotes: [], events: [], assessments: [] }, 't');
    const corpus = createCorpus(asStorePorts(store));

    const warming = corpus.warm();
    expect((await corpus.lookupEntity('Zebulon Quartermain')).found).toBeNull();
    await warming;
    expect((await corpus.lookupEntity('Zebulon Quartermain')).found?.name).toBe('Zebulon Quartermaine');
    // A process that never warms reads every name at the first misspelling.
    expect((await createCorpus(asStorePorts(store)).lookupEntity('Zebulon Quartermain')).found?.name).toBe(
      'Zebulon Quartermaine',
    );
    store.close();
  });
});

describe('corpus name lookup: a name that is itself known never becomes another', () => {
  const store = openTestStore(':memory:');
  const mention = (name: string, kind: Mention['kind'], aliases: string[] = []): Mention => ({
    name,
    kind,
    aliases,
    roles: [],
  });
  store.addDocument(
    {
      id: 'd1',
      title: 'An advisory',
      publisher: null,
      author: null,
      published: '2023-05-02',
      url: null,
      origin: 'test',
      body: 'APT28 and Volt Typhoon were named by Rosalind Achterberg of the Bundesamt.',
    },
    {
      entities: [
        mention('APT28', 'threat_actor', ['Fancy Bear']),
        mention('Volt Typhoon', 'threat_actor'),
        mention('Rosalind Achterberg', 'person', ['Achterberg']),
        mention('Sandworm Analytics', 'organisation'),
        mention('Iraq', 'country'),
        mention('National Crime Agency', 'organisation', ['NCA']),
      ],
      quotes: [],
      events: [],
      assessments: [],
    },
    't',
  );
  const corpus = createCorpus(asStorePorts(store));

  it.each(['APT29', 'APT2', 'APT281', 'APT 20', 'APT38'])(
    '%s is not APT28: digits are never a typo',
    async (q) => {
      expect((await corpus.lookupEntity(q)).found).toBeNull();
    },
  );

  it('does not offer a name with other digits as the closest one', async () => {
    const hit = await corpus.lookupEntity('APT29');
    if (hit.found) throw new Error(`APT29 resolved to ${hit.found.name}`);
    expect(hit.suggestions).not.toContain('APT28');
  });

  it('never turns a known actor of the reference table into a stored entity of another name', async () => {
    // Sandworm is a known actor; the corpus holds only an organisation whose name starts with it.
    expect((await corpus.lookupEntity('Sandworm')).found).toBeNull();
    expect((await corpus.lookupEntity('Sandworm', ['person', 'organisation'])).found).toBeNull();
  });

  it('never turns a known country or agency into another one a letter away', async () => {
    expect((await corpus.lookupEntity('Iran')).found).toBeNull();
    expect((await corpus.lookupEntity('NSA')).found).toBeNull();
    expect((await corpus.lookupEntity('Irak')).found?.name).toBe('Iraq');
  });

  it('never turns a stored name of one kind into an entity of another kind', async () => {
    expect((await corpus.lookupEntity('Volt Typhoon', ['person', 'organisation'])).found).toBeNull();
  });

  it('says when the answer is the closest name rather than the one typed', async () => {
    const exact = await corpus.lookupEntity('APT 28');
    expect(exact.found?.name).toBe('APT28');
    expect(exact.found && exact.via).toBeNull();
    const alias = await corpus.lookupEntity('fancy bear');
    expect(alias.found && [alias.found.name, alias.via]).toEqual(['APT28', null]);
    const typo = await corpus.lookupEntity('Achterbreg');
    expect(typo.found && [typo.found.name, typo.via]).toEqual(['Rosalind Achterberg', 'Achterbreg']);
  });
});
