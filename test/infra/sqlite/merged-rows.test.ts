// Entities, quotes and assessments merged across documents as they are stored, read a page at a time.
import { describe, expect, it } from 'vitest';
import { doc, EMPTY, event, FULL, useTempStores } from './helpers.js';

const stores = useTempStores();

describe('SQLite merged rows', () => {
  it('unions aliases of an entity across documents', () => {
    const store = stores.open();
    store.addDocument(doc('a'), FULL, 't');
    store.addDocument(
      doc('b'),
      {
        ...EMPTY,
        entities: [
          { name: 'APT31', kind: 'threat_actor', aliases: ['Judgement Panda', 'ZIRCONIUM'], roles: [] },
        ],
      },
      't',
    );
    expect(store.entity('APT31', 'threat_actor')?.aliases).toEqual([
      'ZIRCONIUM',
      'Violet Typhoon',
      'Judgement Panda',
    ]);
    // What each document calls it, apart from the documents asked about.
    expect(store.aliasesElsewhere(['APT31'], ['a'])).toEqual(
      new Map([['APT31', ['Judgement Panda', 'ZIRCONIUM']]]),
    );
    expect(store.aliasesElsewhere(['APT31'], ['b']).get('APT31')).toEqual(['ZIRCONIUM', 'Violet Typhoon']);
    expect(store.latestEntityId()).toBe(2);
    expect(store.entitiesAfter(1).map((e) => e.name)).toEqual(['Oliver Dowden']);
  });

  it('merges the same event from several documents as they are stored, and pages merged rows', () => {
    const store = stores.open();
    const apt = { name: 'APT31', kind: 'threat_actor' as const, aliases: ['Zirconium'], roles: ['hacker'] };
    const struck = (text: string) => ({ ...event('2021', text), actors: ['APT31'] });
    store.addDocument(
      doc('a'),
      { ...EMPTY, entities: [apt], events: [struck('APT31 hacked the Electoral Commission'), event('2023')] },
      't',
    );
    store.addDocument(
      doc('b', { published: '2024-04-01' }),
      {
        ...EMPTY,
        entities: [{ ...apt, aliases: ['Violet Typhoon'] }],
        events: [struck('APT31 hacked the Electoral Commission servers in London')],
      },
      't',
    );
    store.addDocument(
      doc('c'),
      { ...EMPTY, events: [event('2021', 'someone else struck a water utility')] },
      't',
    );

    const actor = store.eventClusters({ actor: 'APT31', limit: 10 });
    expect(actor.total).toBe(1);
    // The longest wording stands for the cluster; both documents are cited, first reporter first.
    expect(actor.rows).toEqual([
      {
        date: '2021',
        text: 'APT31 hacked the Electoral Commission servers in London',
        actors: ['APT31'],
        docIds: ['a', 'b'],
        sourceCount: 2,
      },
    ]);
    const all = store.eventClusters({ limit: 2 });
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.date)).toEqual(['2021', '2021']);
    expect(store.eventClusters({ limit: 2, offset: 2 }).rows.map((r) => r.date)).toEqual(['2023']);
    expect(store.eventClusters({ range: { from: '2022' }, limit: 10 }).rows.map((r) => r.date)).toEqual([
      '2023',
    ]);
    expect(store.eventClusters({ words: ['water', 'util'], limit: 10 }).rows.map((r) => r.docIds)).toEqual([
      ['c'],
    ]);
    expect(store.eventClusters({ words: ['"', '*'], limit: 10 })).toEqual({ rows: [], total: 0 });
    expect(store.eventClusters({ actor: 'Nobody', limit: 10 })).toEqual({ rows: [], total: 0 });

    const e = store.entity('APT31', 'threat_actor');
    expect(e).toMatchObject({
      aliases: ['Zirconium', 'Violet Typhoon'],
      roles: { hacker: 2 },
      documents: 2,
      firstSeen: '2024-03-25',
      lastSeen: '2024-04-01',
    });
    expect(store.entitiesByKey('violettyphoon').map((x) => x.name)).toEqual(['APT31']);
    expect(store.entitiesWithKeyPrefix('zir', 5).map((x) => x.name)).toEqual(['APT31']);
    expect(store.documentsMentioning('APT31', 1)).toEqual(['b']);
    store.close();
  });

  it('merges quotes and assessments across documents, keeping the longest wording', () => {
    const store = stores.open();
    const quote = (text: string) => ({
      speaker: 'Oliver Dowden',
      speakerKind: 'person' as const,
      role: null,
      text,
      paragraph: 0,
    });
    const judged = (text: string) => ({
      phrase: 'highly likely',
      band: 'highly likely' as const,
      text,
      actor: 'APT31',
      paragraph: 0,
    });
    store.addDocument(
      doc('a'),
      {
        ...EMPTY,
        quotes: [quote('We will not tolerate it')],
        assessments: [judged('It is highly likely that APT31 did it.')],
      },
      't',
    );
    store.addDocument(
      doc('b'),
      {
        ...EMPTY,
        quotes: [quote('We will not tolerate it, and we will respond'), quote('Something else entirely')],
        assessments: [judged('It is highly likely that APT31 did it.')],
      },
      't',
    );
    const quotes = store.quoteClusters({ speaker: 'Oliver Dowden', limit: 10 });
    expect(quotes.total).toBe(2);
    expect(quotes.rows.map((q) => [q.text, q.docIds])).toEqual([
      ['We will not tolerate it, and we will respond', ['a', 'b']],
      ['Something else entirely', ['b']],
    ]);
    expect(
      store.quoteClusters({ speaker: 'Oliver Dowden', words: ['respond'], limit: 10 }).rows,
    ).toHaveLength(1);
    // A topic narrows the speaker's quotes only: another speaker's words never count, and pages hold.
    store.addDocument(
      doc('c'),
      {
        ...EMPTY,
        quotes: [
          { ...quote('Others respond to threats too'), speaker: 'Ann Keast' },
          quote('We respond to every threat in kind'),
          quote('Our response will be measured'),
        ],
      },
      't',
    );
    const topic = (offset: number) =>
      store.quoteClusters({ speaker: 'Oliver Dowden', words: ['respon'], limit: 1, offset });
    expect([0, 1, 2].map((o) => topic(o).rows.map((q) => q.text))).toEqual([
      ['We will not tolerate it, and we will respond'],
      ['We respond to every threat in kind'],
      ['Our response will be measured'],
    ]);
    expect(topic(0).total).toBe(3);
    expect(topic(3).rows).toEqual([]);
    // Documents reporting the same quote: a and b share one; c shares none.
    expect(store.documentsSharingQuotes(['a'], 5)).toEqual(['b']);
    expect(store.documentsSharingQuotes(['b', 'c'], 5)).toEqual(['a']);
    expect(store.documentsSharingQuotes(['c'], 5)).toEqual([]);
    const judgements = store.assessmentClusters({ actor: 'APT31', limit: 10 });
    expect(judgements.rows).toEqual([
      expect.objectContaining({ phrase: 'highly likely', docIds: ['a', 'b'], sourceCount: 2 }),
    ]);
    store.close();
  });
});
