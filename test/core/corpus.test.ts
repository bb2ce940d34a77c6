// The corpus over a real (in-memory) SQLite store.
import { describe, expect, it } from 'vitest';
import { createCorpus } from '../../src/core/corpus.js';
import type { Mention } from '../../src/core/model.js';
import { openSqliteStore } from '../../src/infra/sqlite-store.js';

describe('corpus name lookup', () => {
  it('matches a misspelt name against the names read so far while warming, and against all after', async () => {
    const store = openSqliteStore(':memory:');
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
    const corpus = createCorpus(store);

    const warming = corpus.warm();
    expect(corpus.lookupEntity('Zebulon Quartermain').found).toBeNull();
    await warming;
    expect(corpus.lookupEntity('Zebulon Quartermain').found?.name).toBe('Zebulon Quartermaine');
    // A process that never warms reads every name at the first misspelling.
    expect(createCorpus(store).lookupEntity('Zebulon Quartermain').found?.name).toBe('Zebulon Quartermaine');
    store.close();
  });
});
