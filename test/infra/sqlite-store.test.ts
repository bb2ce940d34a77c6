import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentId, textHash } from '../../src/core/documents/identity.js';
import type { Document, Extraction } from '../../src/core/model.js';
import type { Store } from '../../src/core/ports.js';
import { walkReadsLess } from '../../src/infra/sqlite-merged.js';
import { migrate, openSqliteStore, SCHEMA_VERSION } from '../../src/infra/sqlite-store.js';

let dir: string;
let file: string;
const open: Store[] = [];

function openStore(f = file): Store {
  const store = openSqliteStore(f);
  open.push(store);
  return store;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-store-'));
  file = path.join(dir, 'sitrep.db');
});

afterEach(() => {
  for (const s of open.splice(0)) s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function doc(id: string, over: Partial<Document> = {}): Document {
  return {
    id,
    title: `Report ${id}`,
    publisher: 'NCSC',
    author: null,
    published: '2024-03-25',
    url: `https://example.org/${id}`,
    origin: `${id}.txt`,
    body: `First paragraph of ${id}.\n\nSecond paragraph.`,
    ...over,
  };
}

const EMPTY: Extraction = { entities: [], quotes: [], events: [], assessments: [] };

const FULL: Extraction = {
  entities: [
    { name: 'APT31', kind: 'threat_actor', aliases: ['ZIRCONIUM', 'Violet Typhoon'], roles: [] },
    { name: 'Oliver Dowden', kind: 'person', aliases: ['Dowden'], roles: ['Deputy Prime Minister'] },
  ],
  quotes: [
    {
      speaker: 'Oliver Dowden',
      speakerKind: 'person',
      role: 'Deputy Prime Minister',
      text: 'The UK will not tolerate malicious cyber activity.',
      paragraph: 3,
    },
    { speaker: 'NCSC', speakerKind: 'organisation', role: null, text: 'Be vigilant.', paragraph: 5 },
  ],
  events: [
    {
      date: '2021/2022',
      text: 'The Electoral Commission was compromised between 2021 and 2022.',
      datePhrase: 'between 2021 and 2022',
      actors: ['Electoral Commission'],
      paragraph: 1,
    },
  ],
  assessments: [
    {
      phrase: 'almost certain',
      band: 'almost certain',
      text: 'It is almost certain that APT31 conducted reconnaissance.',
      actor: 'APT31',
      paragraph: 1,
    },
    {
      phrase: 'highly likely',
      band: 'highly likely',
      text: 'It is highly likely that a Chinese entity was responsible.',
      actor: null,
      paragraph: 1,
    },
  ],
};

const event = (date: string, text = `event ${date}`): Extraction['events'][number] => ({
  date,
  text,
  datePhrase: date,
  actors: [],
  paragraph: 0,
});

/** The first page of a passage search. */
const FIRST = { offset: 0, limit: 5 };

describe('SQLite store', () => {
  it('adds a document and refuses the same id or the same url again', () => {
    const store = openStore();
    expect(store.addDocument(doc('a'), EMPTY, '2024-04-01T10:00:00Z')).toEqual({ added: true, id: 'a' });
    expect(
      store.addDocument(doc('a', { url: 'https://other.example/x' }), EMPTY, '2024-04-01T10:00:00Z'),
    ).toEqual({
      added: false,
      id: 'a',
      reason: 'duplicate',
    });
    // Same URL, different body hash: the stored document's id is reported.
    expect(store.addDocument(doc('b', { url: 'https://example.org/a' }), EMPTY, 'x')).toEqual({
      added: false,
      id: 'a',
      reason: 'duplicate',
    });
    expect(store.documentCount()).toBe(1);
    expect(store.hasDocument(doc('a'))).toBe(true);
    expect(store.hasDocument(doc('zzz', { url: 'https://example.org/a' }))).toBe(true);
    expect(store.hasDocument(doc('zzz', { url: null }))).toBe(false);
    expect(store.hasDocument(doc('zzz'))).toBe(false);
  });

  it('keeps the same text at another address as a document of its own, and finds its copies', () => {
    const store = openStore();
    const body = 'The monthly brief: APT31 remains active.\n\nPatch your edge devices.';
    const at = (url: string | null) =>
      doc(documentId(body, url), { url, body, origin: url ?? 'brief.txt', title: url });
    const may = at('https://news.example/may');
    const june = at('https://news.example/june');
    const wire = at('https://wire.example/brief');
    for (const d of [may, june, wire]) expect(store.addDocument(d, EMPTY, 't').added).toBe(true);
    expect(new Set([may.id, june.id, wire.id]).size).toBe(3);
    expect(store.documentsWithSameText([june.id], 5)).toEqual([may.id, wire.id]);
    expect(store.documentsWithSameText([may.id, june.id], 5)).toEqual([wire.id]);
    expect(store.documentsWithSameText([doc('other').id], 5)).toEqual([]);
    // The same address again is the same report, whatever its text became.
    expect(store.addDocument(at('https://news.example/may'), EMPTY, 't')).toMatchObject({ added: false });
    // Without an address, the text is all a document is: any stored copy of it is the same report.
    const file = at(null);
    expect(file.id).toBe(textHash(body));
    expect(store.hasDocument(file)).toBe(true);
    expect(store.addDocument(file, EMPTY, 't')).toEqual({ added: false, id: may.id, reason: 'duplicate' });
    expect(store.documentCount()).toBe(3);
  });

  it('stores any number of documents without a URL', () => {
    const store = openStore();
    expect(store.addDocument(doc('a', { url: null }), EMPTY, 't').added).toBe(true);
    expect(store.addDocument(doc('b', { url: null }), EMPTY, 't').added).toBe(true);
    expect(store.documentCount()).toBe(2);
    expect(store.getDocument('b')?.url).toBeNull();
  });

  it('round-trips a document and every row type', () => {
    const store = openStore();
    const d = doc('a', { author: 'Mark Say', title: null });
    store.addDocument(d, FULL, '2024-04-01T10:00:00Z');

    expect(store.getDocument('a')).toEqual({ ...d, ingestedAt: '2024-04-01T10:00:00Z' });
    expect(store.getDocument('missing')).toBeUndefined();
    expect(store.extractionOf('a')).toEqual(FULL);
    expect(store.extractionOf('missing')).toEqual(EMPTY);

    expect(store.aliasesElsewhere(['APT31', 'Nobody'], [])).toEqual(
      new Map([['APT31', ['ZIRCONIUM', 'Violet Typhoon']]]),
    );
    expect(store.aliasesElsewhere(['APT31'], ['a'])).toEqual(new Map());
    expect(store.aliasesElsewhere([], [])).toEqual(new Map());
    expect(store.speakers()).toEqual([
      { name: 'NCSC', kind: 'organisation' },
      { name: 'Oliver Dowden', kind: 'person' },
    ]);
    expect(store.events()).toEqual([{ docId: 'a', ...FULL.events[0] }]);
    expect(store.assessments()).toEqual(FULL.assessments.map((a) => ({ docId: 'a', ...a })));
    expect(store.assessments(['APT31'])).toEqual([{ docId: 'a', ...FULL.assessments[0] }]);
    expect(store.assessments([])).toEqual([]);
  });

  it('unions aliases of an entity across documents', () => {
    const store = openStore();
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

  it('finds events whose year, month, day or range overlaps the query, oldest first', () => {
    const store = openStore();
    store.addDocument(
      doc('a'),
      {
        ...EMPTY,
        events: [
          event('2024-03-25'),
          event('2021'),
          event('2023-12'),
          event('2021/2022'),
          event('2021-03'),
          event('2020-02-29'),
          event('2023-12-05/2023-12-08'),
        ],
      },
      't',
    );
    const dates = (range?: { from?: string; to?: string }) => store.events(range).map((e) => e.date);

    expect(dates()).toEqual([
      '2020-02-29',
      '2021',
      '2021/2022',
      '2021-03',
      '2023-12',
      '2023-12-05/2023-12-08',
      '2024-03-25',
    ]);
    // A day inside a year, a month and a range.
    expect(dates({ from: '2021-06-01', to: '2021-06-01' })).toEqual(['2021', '2021/2022']);
    expect(dates({ from: '2021-03-15', to: '2021-03-15' })).toEqual(['2021', '2021/2022', '2021-03']);
    // A query year covers all of it; open bounds.
    expect(dates({ from: '2022' })).toEqual(['2021/2022', '2023-12', '2023-12-05/2023-12-08', '2024-03-25']);
    expect(dates({ to: '2020' })).toEqual(['2020-02-29']);
    expect(dates({ from: '2023-12', to: '2023-12' })).toEqual(['2023-12', '2023-12-05/2023-12-08']);
    expect(dates({ from: '2023-12-06', to: '2023-12-06' })).toEqual(['2023-12', '2023-12-05/2023-12-08']);
    expect(dates({ from: '2023-12-09', to: '2024-03-24' })).toEqual(['2023-12']);
    expect(dates({ from: '2022/2023' })).toEqual([
      '2021/2022',
      '2023-12',
      '2023-12-05/2023-12-08',
      '2024-03-25',
    ]);
    expect(() => store.events({ from: 'March 2021' })).toThrow(/"from" date "March 2021"/);
  });

  it('merges the same event from several documents as they are stored, and pages merged rows', () => {
    const store = openStore();
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

  it('searches passages written with their document, correcting typos with words stored later too', async () => {
    const store = openStore();
    const body = (words: string) => `${words} ${'and more words to make a passage long enough. '.repeat(3)}`;
    store.addDocument(doc('a', { body: body('Oliver Dowden spoke about reconnaissance') }), EMPTY, 't');
    expect(store.searchPassages('reconnaisance', FIRST).hits.map((h) => h.docId)).toEqual(['a']);
    await store.warmSearch();
    // A word first seen after the vocabulary was loaded is a correction target as well.
    store.addDocument(doc('b', { body: body('Volt Typhoon prepositioning in utilities') }), EMPTY, 't');
    expect(store.searchPassages('prepositoning', FIRST).hits.map((h) => h.docId)).toEqual(['b']);
    expect(store.searchPassages('dowden', FIRST).hits[0]).toMatchObject({ docId: 'a', terms: ['dowden'] });
    expect(store.searchPassages('"" AND (', FIRST).hits).toEqual([]);
    store.close();
  });

  it('corrects words with the vocabulary read so far while it warms, instead of stalling', async () => {
    const store = openStore();
    // More distinct words than one page of the vocabulary (5,000 terms); the one looked for sorts last.
    const letters = (n: number) =>
      Array.from({ length: 4 }, (_, i) => String.fromCharCode(97 + (Math.floor(n / 26 ** i) % 26))).join('');
    const filler = Array.from({ length: 6000 }, (_, i) => `wo${letters(i)}`).join(' ');
    store.addDocument(doc('a', { body: `${filler}. The zeppelinfield report.` }), EMPTY, 't');
    const warming = store.warmSearch();
    expect(store.searchPassages('zeppelinfeild', FIRST).hits).toEqual([]);
    await warming;
    expect(store.searchPassages('zeppelinfeild', FIRST).hits.map((h) => h.docId)).toEqual(['a']);
    store.close();
  });

  it('merges quotes and assessments across documents, keeping the longest wording', () => {
    const store = openStore();
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

  it('lists a period without a topic in timeline order, ranges from earlier years first, page by page', () => {
    const store = openStore();
    const dates = ['2022', '2020-06-01', '2018', '2021-03', '2020-02', '2019/2021', '2020', '2015/2016'];
    // Every event but the one on '2020' is APT99's.
    dates.forEach((d, i) => {
      const actors = d === '2020' ? [] : ['APT99'];
      store.addDocument(
        doc(`d${i}`),
        { ...EMPTY, events: [{ ...event(d, `event number ${i} on ${d}`), actors }] },
        't',
      );
    });
    const period = { range: { from: '2020-05', to: '2021' } };
    const all = store.eventClusters({ ...period, limit: 10 });
    expect(all.rows.map((r) => r.date)).toEqual(['2019/2021', '2020', '2020-06-01', '2021-03']);
    expect(all.total).toBe(4);
    const pages = [0, 1, 2, 3].map((offset) =>
      store.eventClusters({ ...period, limit: 2, offset }).rows.map((r) => r.date),
    );
    expect(pages).toEqual([
      ['2019/2021', '2020'],
      ['2020', '2020-06-01'],
      ['2020-06-01', '2021-03'],
      ['2021-03'],
    ]);
    expect(store.eventClusters({ range: { to: '2016' }, limit: 10 }).rows.map((r) => r.date)).toEqual([
      '2015/2016',
    ]);
    expect(store.eventClusters({ range: { from: '2021-04' }, limit: 10 }).rows.map((r) => r.date)).toEqual([
      '2019/2021',
      '2022',
    ]);
    const actor = (offset: number) =>
      store.eventClusters({ ...period, actor: 'APT99', limit: 2, offset }).rows.map((r) => r.date);
    expect([0, 1, 2].map(actor)).toEqual([
      ['2019/2021', '2020-06-01'],
      ['2020-06-01', '2021-03'],
      ['2021-03'],
    ]);
    expect(store.eventClusters({ ...period, actor: 'APT99', limit: 1 }).total).toBe(3);
    expect(
      store.eventClusters({ range: { to: '2016' }, actor: 'APT99', limit: 5 }).rows.map((r) => r.date),
    ).toEqual(['2015/2016']);
  });

  it("pages every event, an actor's and a topic word's through any period as a plain filter and sort would", () => {
    const store = openStore();
    // Years, months, days and ranges (one open at its start), some just outside the partial periods below.
    const dates = [
      '2014',
      '2016-03',
      '2015/2018',
      '2018-07-09',
      '2019',
      '2017/2020',
      '2020-01',
      '2022',
      '2021/2023',
      '2016-01-20',
      '2020-11',
      '2022-08-01',
      '2018-07-10',
      '2019-01',
      '../2015',
    ];
    const events = Array.from({ length: 60 }, (_, i) => {
      // Two in three mention the reservoir (many matches), every twentieth the turbine, one the grid.
      const topics = [i % 3 !== 0 ? 'reservoir' : '', i % 20 === 7 ? 'turbine' : '', i === 31 ? 'grid' : ''];
      const date = dates[(i * 4) % dates.length] ?? '2019';
      return { id: i, date, text: `w${i}x q${i}z ${topics.join(' ')}`, actors: i % 2 ? ['APT99'] : [] };
    });
    for (const e of events)
      store.addDocument(
        doc(`d${e.id}`),
        { ...EMPTY, events: [{ ...event(e.date, e.text), actors: e.actors }] },
        't',
      );
    // Both ways of reading a topic are taken: the reservoir's pages walk the timeline; the turbine's first
    // page walks, its later pages are read match by match; the grid's one match is read, and counted so.
    expect(walkReadsLess(40, 60, 40)).toBe(true);
    expect([walkReadsLess(3, 60, 4), walkReadsLess(3, 60, 8)]).toEqual([true, false]);
    expect([walkReadsLess(1, 60, 4), walkReadsLess(1, 60, 1)]).toEqual([false, false]);

    // Bounds as strings that sort like days: '2016-03' starts before '2016-03-01' and ends after '2016-03-31'.
    const start = (d: string) => d.split('/')[0] ?? d;
    const end = (d: string) => `${d.split('/').at(-1)}\uffff`;
    const expected = (keep: (e: (typeof events)[number]) => boolean, from = '0', to = '9') =>
      events
        .filter((e) => keep(e) && start(e.date) <= end(to) && end(e.date) >= from)
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id))
        .map((e) => e.text);
    const periods = [
      [undefined, undefined],
      ['2018', undefined],
      [undefined, '2016'],
      ['2017', '2019'],
      ['2016-03-15', '2020-01'],
      ['2018-07', '2018-07-09'],
      ['2019-02', '2022-06'],
      ['2020', '2020'],
      ['2015-06', '2015-09'],
    ];
    const queries = [
      { keep: () => true },
      { actor: 'APT99', keep: (e: (typeof events)[number]) => e.actors.length > 0 },
      ...['reservoir', 'turbine', 'grid'].map((w) => ({
        words: [w],
        keep: (e: (typeof events)[number]) => e.text.split(' ').includes(w),
      })),
    ];
    for (const { keep, ...query } of queries) {
      for (const [from, to] of periods) {
        const range = { ...(from && { from }), ...(to && { to }) };
        const want = expected(keep, from, to);
        const pages = Array.from({ length: 20 }, (_, k) =>
          store.eventClusters({ ...query, range, limit: 4, offset: 4 * k }),
        );
        const asked = JSON.stringify({ ...query, range });
        expect(
          pages.flatMap((p) => p.rows.map((r) => r.text)),
          asked,
        ).toEqual(want);
        expect(new Set(pages.map((p) => p.total)), asked).toEqual(new Set([want.length]));
      }
    }
  });

  it('uses the date index for event range queries', () => {
    openStore().close();
    const db = new Database(file, { readonly: true });
    try {
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN SELECT * FROM events WHERE date_start <= ? AND date_end >= ?`)
        .all('2022-01-01', '2021-01-01') as { detail: string }[];
      expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING INDEX events_date/);
    } finally {
      db.close();
    }
  });

  it('rejects a document whose dates are not ISO 8601, storing nothing', () => {
    const store = openStore();
    expect(() => store.addDocument(doc('a'), { ...EMPTY, events: [event('2021-13')] }, 't')).toThrow(
      /Cannot store document a[\s\S]*events/,
    );
    expect(() => store.addDocument(doc('b', { published: '25 March 2024' }), EMPTY, 't')).toThrow(
      /published/,
    );
    expect(store.documentCount()).toBe(0);
  });

  it('lists documents newest first, unknown dates last, then by ingestion time', () => {
    const store = openStore();
    store.addDocument(doc('old', { published: '2021-05-01' }), EMPTY, '2024-01-01T00:00:00Z');
    store.addDocument(doc('undated1', { published: null }), EMPTY, '2024-01-01T00:00:00Z');
    store.addDocument(doc('new', { published: '2024-03-25' }), EMPTY, '2024-01-01T00:00:00Z');
    store.addDocument(doc('undated2', { published: null }), EMPTY, '2024-02-01T00:00:00Z');
    store.addDocument(doc('month', { published: '2023-12' }), EMPTY, '2024-01-01T00:00:00Z');
    expect(store.listDocuments().map((d) => d.id)).toEqual(['new', 'month', 'old', 'undated2', 'undated1']);
  });

  it('upgrades a file an older Sitrep left, merging and indexing what it holds', () => {
    // Schema 2: documents with their extracted rows, before merged rows (3) and passages (4) existed.
    const old = new Database(file);
    migrate(old, 2);
    const addDoc = old.prepare(
      `INSERT INTO documents (id, url, title, publisher, author, published, published_start, origin, body, ingested_at)
       VALUES (?, NULL, ?, 'NCSC', NULL, '2024-03-25', '2024-03-25', ?, ?, '2024-03-26T00:00:00Z')`,
    );
    const addEvent = old.prepare(
      `INSERT INTO events (doc_id, date, date_start, date_end, text, date_phrase, actors, paragraph)
       VALUES (?, '2021', '2021-01-01', '2021-12-31', 'APT31 targeted the Electoral Commission in 2021.', 'in 2021', '["APT31"]', 0)`,
    );
    const addQuote = old.prepare(
      `INSERT INTO quotes (doc_id, speaker, speaker_kind, role, text, paragraph)
       VALUES (?, 'Oliver Dowden', 'person', NULL, 'We will not tolerate this.', 1)`,
    );
    const addMention = old.prepare(
      `INSERT INTO mentions (doc_id, name, kind, aliases, roles) VALUES (?, 'APT31', 'threat_actor', '["Zirconium"]', '[]')`,
    );
    // More documents than one migration step reads, each with a word of its own.
    old.transaction(() => {
      for (let i = 0; i < 1_201; i++) {
        const id = `old${i}`;
        addDoc.run(
          id,
          `Report ${i}`,
          `${id}.txt`,
          `Paragraph about marker${i}x and APT31.\n\nWe will not tolerate this.`,
        );
        addEvent.run(id);
        addQuote.run(id);
        addMention.run(id);
      }
    })();
    old.close();

    const store = openStore();
    for (const i of [0, 500, 1_200])
      expect(store.searchPassages(`marker${i}x`, FIRST).hits.map((h) => h.docId)).toEqual([`old${i}`]);
    // Word families filled from the passages written by the migration: "tolerated" finds "tolerate".
    expect(store.searchPassages('tolerated', FIRST).total).toBe(1_201);
    expect(store.quoteClusters({ speaker: 'Oliver Dowden', words: ['tolerated'], limit: 5 }).total).toBe(1);
    const events = store.eventClusters({ actor: 'APT31', limit: 5 });
    expect([events.total, events.rows[0]?.sourceCount]).toEqual([1, 1_201]);
    expect(store.quoteClusters({ speaker: 'Oliver Dowden', limit: 5 }).total).toBe(1);
    expect(store.entitiesByKey('zirconium').map((e) => [e.name, e.documents])).toEqual([['APT31', 1_201]]);
  });

  it('upgrades a file whose documents were identified by their text alone, finding copies of them', () => {
    const old = new Database(file);
    migrate(old, 6);
    const body = 'Sandworm disrupted electricity distribution in Ukraine.';
    old
      .prepare(
        `INSERT INTO documents (id, url, title, publisher, author, published, published_start, origin, body, ingested_at)
         VALUES (?, 'https://news.example/sandworm', 'Sandworm', 'Example News', NULL, NULL, NULL, 'feed', ?, 't')`,
      )
      .run(textHash(body), body);
    old.close();

    const store = openStore();
    const url = 'https://wire.example/sandworm';
    const copy = doc(documentId(body, url), { url, body });
    expect(store.hasDocument(copy)).toBe(false);
    expect(store.addDocument(copy, EMPTY, 't').added).toBe(true);
    expect(store.documentsWithSameText([copy.id], 5)).toEqual([textHash(body)]);
    expect(store.hasDocument(doc(documentId(body, null), { url: null, body }))).toBe(true);
  });

  it('keeps data across reopening the file, and migrates only once', () => {
    const store = openStore();
    store.addDocument(doc('a'), FULL, 't');
    store.setMeta('index.version', '1');
    store.setMeta('index.version', '2');
    store.close();

    const again = openStore();
    expect(again.documentCount()).toBe(1);
    expect(again.extractionOf('a')).toEqual(FULL);
    expect(again.getMeta('index.version')).toBe('2');
    expect(again.getMeta('nothing')).toBeUndefined();
    again.close();

    const db = new Database(file, { readonly: true });
    try {
      expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(1);
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
  });

  it('refuses a file written by a newer schema', () => {
    openStore().close();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openSqliteStore(file)).toThrow(/sitrep\.db.*newer/);
  });

  it('reports a corrupted JSON column by table and row', () => {
    const store = openStore();
    store.addDocument(doc('a'), FULL, 't');
    const db = new Database(file);
    db.prepare(`UPDATE mentions SET aliases = '["ZIRCONIUM", oops' WHERE name = 'APT31'`).run();
    db.prepare(`UPDATE events SET actors = '{"not":"an array"}'`).run();
    db.prepare(`UPDATE entities SET aliases = '[oops' WHERE name = 'APT31'`).run();
    db.close();

    expect(() => store.aliasesElsewhere(['APT31'], [])).toThrow(
      /table "mentions", row \d+ \(document a\)[\s\S]*not valid JSON[\s\S]*aliases/,
    );
    expect(() => store.entity('APT31', 'threat_actor')).toThrow(/table "entities"/);
    expect(() => store.entitiesByKey('apt31')).toThrow(/table "entities", row \d+[\s\S]*aliases/);
    expect(() => store.events()).toThrow(/table "events"[\s\S]*actors/);
    // Rows that are fine still read.
    expect(store.aliasesElsewhere(['Oliver Dowden'], [])).toEqual(new Map([['Oliver Dowden', ['Dowden']]]));
  });

  it('reports an unknown enum value read back instead of passing it on', () => {
    const store = openStore();
    store.addDocument(doc('a'), FULL, 't');
    const db = new Database(file);
    db.prepare(`UPDATE assessments SET band = 'probably maybe' WHERE actor = 'APT31'`).run();
    db.close();
    expect(() => store.assessments(['APT31'])).toThrow(/table "assessments"[\s\S]*band/);
  });

  it('stores a batch in one transaction, rolling back only the document that fails', () => {
    const store = openStore();
    failAssessments('b');
    const results = store.addDocuments(
      [
        { doc: doc('a'), extraction: FULL },
        { doc: doc('b'), extraction: FULL },
        { doc: doc('a'), extraction: FULL },
        { doc: doc('c', { published: 'last week' }), extraction: EMPTY },
        { doc: doc('d'), extraction: FULL },
      ],
      't',
    );
    expect(results.map((r) => (r.added ? 'added' : r.reason))).toEqual([
      'added',
      'failed',
      'duplicate',
      'failed',
      'added',
    ]);
    expect(results[1]).toMatchObject({ error: expect.stringMatching(/forced failure/) });
    expect(
      store
        .listDocuments()
        .map((d) => d.id)
        .sort(),
    ).toEqual(['a', 'd']);
    // Nothing of b survives, not even the rows written before its assessments failed, nor its clusters.
    expect(store.extractionOf('b')).toEqual(EMPTY);
    expect(store.entity('APT31', 'threat_actor')?.documents).toBe(2);
    expect(store.addDocuments([], 't')).toEqual([]);
    store.close();
  });

  it('forgets a cluster whose document rolled back: its twin later in the batch starts the cluster', () => {
    const store = openStore();
    failAssessments('b');
    const strike = (text: string): Extraction => ({ ...FULL, events: [event('2020-05-01', text)] });
    const results = store.addDocuments(
      [
        { doc: doc('b'), extraction: strike('APT99 struck the port authority of Rotterdam') },
        { doc: doc('c'), extraction: strike('APT99 struck the port authority of Rotterdam in May') },
      ],
      't',
    );
    expect(results.map((r) => r.added)).toEqual([false, true]);
    expect(store.eventClusters({ range: { from: '2020-05-01', to: '2020-05-01' }, limit: 10 }).rows).toEqual([
      expect.objectContaining({ docIds: ['c'], sourceCount: 1 }),
    ]);
    expectClustersWhole(file);
  });

  it('writes again the word families of a document that rolled back, for the next one that has them', () => {
    const store = openStore();
    failAssessments('b');
    const body = 'The stormbreakers campaign hit ports across the region, officials said on Monday evening.';
    const results = store.addDocuments(
      [
        { doc: doc('b', { body }), extraction: FULL },
        { doc: doc('c', { body }), extraction: EMPTY },
      ],
      't',
    );
    expect(results.map((r) => r.added)).toEqual([false, true]);
    const db = new Database(file);
    const held = db.prepare(`SELECT family FROM passage_words WHERE word = 'stormbreakers'`).pluck().all();
    db.close();
    expect(held).toEqual(['stormbreaker']);
    store.close();
  });

  it('merges with clusters another connection wrote since its own last write', () => {
    const first = openStore();
    const second = openStore();
    const on = (text: string): Extraction => ({ ...EMPTY, events: [event('2020-05-01', text)] });
    first.addDocument(doc('a'), on('alpha beta gamma delta epsilon'), 't');
    second.addDocument(doc('b'), on('zeta theta iota kappa lambda'), 't');
    first.addDocument(doc('c'), on('zeta theta iota kappa lambda omicron'), 't');
    const rows = first.eventClusters({ range: { from: '2020-05-01', to: '2020-05-01' }, limit: 10 }).rows;
    expect(rows.map((r) => r.docIds)).toEqual([['a'], ['b', 'c']]);
    expectClustersWhole(file);
  });

  it('leaves no partial rows when an insert fails inside the transaction', () => {
    const store = openStore();
    // The last insert of the document (its assessments) fails after the document, mentions, quotes and
    // events rows were written.
    failAssessments();

    expect(() => store.addDocument(doc('a'), FULL, 't')).toThrow(/forced failure/);
    expect(store.documentCount()).toBe(0);
    expect(store.hasDocument(doc('a'))).toBe(false);
    expect(store.latestEntityId()).toBe(0);
    expect(store.speakers()).toEqual([]);
    expect(store.events()).toEqual([]);

    const check = new Database(file);
    try {
      for (const table of [
        'documents',
        'mentions',
        'quotes',
        'events',
        'assessments',
        'entities',
        'event_clusters',
      ]) {
        expect(check.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      }
      check.exec('DROP TRIGGER fail_assessment');
    } finally {
      check.close();
    }
    // And the same document goes in once the cause is gone.
    expect(store.addDocument(doc('a'), FULL, 't')).toEqual({ added: true, id: 'a' });
  });

  it('works in memory', () => {
    const store = openStore(':memory:');
    store.addDocument(doc('a'), FULL, 't');
    expect(store.documentCount()).toBe(1);
  });

  it('creates a missing directory for the file', () => {
    const nested = path.join(dir, 'data', 'deeper', 'sitrep.db');
    openStore(nested).close();
    expect(fs.existsSync(nested)).toBe(true);
  });

  it('names the file and the cause when it cannot open', () => {
    const notADir = path.join(dir, 'plain-file');
    fs.writeFileSync(notADir, 'x');
    const inside = path.join(notADir, 'sitrep.db');
    expect(() => openSqliteStore(inside)).toThrow(
      new RegExp(`Cannot open the Sitrep database "${escapeRegExp(inside)}": .+`),
    );

    const junk = path.join(dir, 'junk.db');
    fs.writeFileSync(
      junk,
      'this is not a database, just some text that is long enough to have a header'.repeat(20),
    );
    expect(() => openSqliteStore(junk)).toThrow(
      new RegExp(`"${escapeRegExp(junk)}": .*not a (SQLite )?database`),
    );
  });
});

/** From another connection: every insert of an assessment (of document `docId` only, if given) fails. */
function failAssessments(docId?: string): void {
  const db = new Database(file);
  const when = docId === undefined ? '' : `WHEN NEW.doc_id = '${docId}'`;
  db.exec(`CREATE TRIGGER fail_assessment BEFORE INSERT ON assessments ${when}
           BEGIN SELECT RAISE(ABORT, 'forced failure'); END;`);
  db.close();
}

/** Every stored row points at a cluster that exists, and each cluster counts the documents it holds. */
function expectClustersWhole(f: string): void {
  const db = new Database(f, { readonly: true });
  try {
    for (const [rows, clusters] of [
      ['events', 'event_clusters'],
      ['quotes', 'quote_clusters'],
      ['assessments', 'assessment_clusters'],
    ]) {
      const dangling = db
        .prepare(
          `SELECT count(*) FROM ${rows} r LEFT JOIN ${clusters} c ON c.id = r.cluster WHERE c.id IS NULL`,
        )
        .pluck()
        .get();
      expect(dangling, `${rows} without a cluster`).toBe(0);
      const miscounted = db
        .prepare(
          `SELECT count(*) FROM ${clusters} c
           WHERE c.docs != (SELECT count(DISTINCT doc_id) FROM ${rows} r WHERE r.cluster = c.id)`,
        )
        .pluck()
        .get();
      expect(miscounted, `${clusters} miscounted`).toBe(0);
    }
  } finally {
    db.close();
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
