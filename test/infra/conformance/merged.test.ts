// MergedReader on every engine: events, quotes and assessments merged across documents as they are stored,
// read a page at a time with their totals: by actor, by topic words, over any period.
import { expect, it } from 'vitest';
import type { Document, Extraction } from '../../../src/core/model.js';
import type { Store } from '../../../src/core/ports.js';
import { doc, EMPTY, event } from '../store-fixtures.js';
import { conformance } from './harness.js';

const add = async (store: Store, d: Document, x: Extraction) => {
  const [r] = await store.addDocuments([{ doc: d, extraction: x }], 't');
  expect(r?.added, JSON.stringify(r)).toBe(true);
};
const quote = (text: string, speaker = 'Oliver Dowden') => ({
  speaker,
  speakerKind: 'person' as const,
  role: null,
  text,
  paragraph: 0,
});
const judged = (text: string, actor: string | null = 'APT31') => ({
  phrase: 'highly likely',
  band: 'highly likely' as const,
  text,
  actor,
  paragraph: 0,
});

conformance('merged rows', (engine) => {
  it('merges the same event from several documents, pages it by actor, words and period', async () => {
    const store = await engine.open();
    const apt = { name: 'APT31', kind: 'threat_actor' as const, aliases: ['Zirconium'], roles: ['hacker'] };
    const struck = (text: string) => ({ ...event('2021', text), actors: ['APT31'] });
    await add(store, doc('a'), {
      ...EMPTY,
      entities: [apt],
      events: [struck('APT31 hacked the Electoral Commission'), event('2023')],
    });
    await add(store, doc('b', { published: '2024-04-01' }), {
      ...EMPTY,
      entities: [{ ...apt, aliases: ['Violet Typhoon'] }],
      events: [
        { ...struck('APT31 hacked the Electoral Commission servers in London'), actors: ['APT31', 'APT40'] },
      ],
    });
    await add(store, doc('c'), { ...EMPTY, events: [event('2021', 'someone else struck a water utility')] });
    const actor = await store.eventClusters({ actor: 'APT31', limit: 10 });
    expect(actor).toEqual({
      rows: [
        {
          date: '2021',
          text: 'APT31 hacked the Electoral Commission servers in London',
          actors: ['APT31', 'APT40'],
          docIds: ['a', 'b'],
          sourceCount: 2,
        },
      ],
      total: 1,
    });
    expect((await store.eventClusters({ actor: 'APT40', limit: 10 })).total).toBe(1);
    const all = await store.eventClusters({ limit: 2 });
    expect([all.total, all.rows.map((r) => r.date)]).toEqual([3, ['2021', '2021']]);
    expect((await store.eventClusters({ limit: 2, offset: 2 })).rows.map((r) => r.date)).toEqual(['2023']);
    expect(
      (await store.eventClusters({ range: { from: '2022' }, limit: 10 })).rows.map((r) => r.date),
    ).toEqual(['2023']);
    expect(
      (await store.eventClusters({ words: ['water', 'util'], limit: 10 })).rows.map((r) => r.docIds),
    ).toEqual([['c']]);
    expect(await store.eventClusters({ words: ['"', '*'], limit: 10 })).toEqual({ rows: [], total: 0 });
    expect(await store.eventClusters({ actor: 'Nobody', limit: 10 })).toEqual({ rows: [], total: 0 });
  });

  it('reports topic words it matched as close ones instead', async () => {
    const store = await engine.open();
    // Close words come from the passages: the report holds the words its rows quote.
    const body =
      'The ransomware crew encrypted the hospital servers.\n\nWe condemn the ransomware attack on the hospital.';
    await add(store, doc('a', { body }), {
      ...EMPTY,
      events: [event('2021', 'The ransomware crew encrypted the hospital servers')],
      quotes: [quote('We condemn the ransomware attack on the hospital')],
    });
    const events = await store.eventClusters({ words: ['ransomwre'], limit: 10 });
    expect(events).toMatchObject({ total: 1, corrected: [{ typed: 'ransomwre', instead: ['ransomware'] }] });
    const quotes = await store.quoteClusters({ speaker: 'Oliver Dowden', words: ['hospitl'], limit: 10 });
    expect(quotes).toMatchObject({ total: 1, corrected: [{ typed: 'hospitl', instead: ['hospital'] }] });
    expect(await store.eventClusters({ words: ['ransomware'], limit: 10 })).not.toHaveProperty('corrected');
  });

  it('merges quotes and assessments across documents, keeping the longest wording', async () => {
    const store = await engine.open();
    await add(store, doc('a'), {
      ...EMPTY,
      quotes: [quote('We will not tolerate it')],
      assessments: [
        judged('It is highly likely that APT31 did it.'),
        judged('It is highly likely that someone did.', null),
      ],
    });
    await add(store, doc('b'), {
      ...EMPTY,
      quotes: [quote('We will not tolerate it, and we will respond'), quote('Something else entirely')],
      assessments: [
        judged('It is highly likely that APT31 did it.'),
        judged('It is highly likely that someone did.', null),
      ],
    });
    const quotes = await store.quoteClusters({ speaker: 'Oliver Dowden', limit: 10 });
    expect(quotes.total).toBe(2);
    expect(quotes.rows.map((q) => [q.text, q.docIds, q.sourceCount])).toEqual([
      ['We will not tolerate it, and we will respond', ['a', 'b'], 2],
      ['Something else entirely', ['b'], 1],
    ]);
    expect(
      await store.quoteClusters({ speaker: 'Oliver Dowden', words: ['respond'], limit: 10 }),
    ).toMatchObject({ total: 1 });
    await add(store, doc('c'), {
      ...EMPTY,
      quotes: [
        quote('Others respond to threats too', 'Ann Keast'),
        quote('We respond to every threat in kind'),
        quote('Our response will be measured'),
      ],
    });
    const topic = async (offset: number) =>
      store.quoteClusters({ speaker: 'Oliver Dowden', words: ['respon'], limit: 1, offset });
    const pages = await Promise.all([0, 1, 2, 3].map(topic));
    expect(pages.map((p) => p.rows.map((q) => q.text))).toEqual([
      ['We will not tolerate it, and we will respond'],
      ['We respond to every threat in kind'],
      ['Our response will be measured'],
      [],
    ]);
    expect(pages.map((p) => p.total)).toEqual([3, 3, 3, 3]);
    expect(await store.documentsSharingQuotes(['a'], 5)).toEqual(['b']);
    expect(await store.documentsSharingQuotes(['b', 'c'], 5)).toEqual(['a']);
    expect(await store.documentsSharingQuotes(['c'], 5)).toEqual([]);
    expect(await store.documentsSharingQuotes([], 5)).toEqual([]);
    const judgements = await store.assessmentClusters({ actor: 'APT31', limit: 10 });
    expect(judgements).toEqual({
      rows: [
        {
          phrase: 'highly likely',
          band: 'highly likely',
          actor: 'APT31',
          text: 'It is highly likely that APT31 did it.',
          docIds: ['a', 'b'],
          sourceCount: 2,
        },
      ],
      total: 1,
    });
    expect(await store.assessmentClusters({ actor: 'APT31', limit: 10, offset: 1 })).toEqual({
      rows: [],
      total: 1,
    });
  });

  it('cites the first eight reporters of a row and counts them all', async () => {
    const store = await engine.open();
    const ids = Array.from({ length: 11 }, (_, i) => `d${String(i).padStart(2, '0')}`);
    await store.addDocuments(
      ids.map((id) => ({
        doc: doc(id),
        extraction: { ...EMPTY, quotes: [quote('We will respond in kind')] },
      })),
      't',
    );
    const [row] = (await store.quoteClusters({ speaker: 'Oliver Dowden', limit: 5 })).rows;
    expect(row).toMatchObject({ docIds: ids.slice(0, 8), sourceCount: 11 });
  });

  it("cites a row's first reporters when the first repeats it many times", async () => {
    const store = await engine.open();
    const said = quote('We will respond in kind');
    const ids = Array.from({ length: 11 }, (_, i) => `d${String(i).padStart(2, '0')}`);
    await store.addDocuments(
      ids.map((id, i) => ({
        doc: doc(id),
        extraction: {
          ...EMPTY,
          quotes: Array.from({ length: i === 0 ? 90 : 1 }, (_, p) => ({ ...said, paragraph: p })),
        },
      })),
      't',
    );
    const [row] = (await store.quoteClusters({ speaker: 'Oliver Dowden', limit: 5 })).rows;
    expect(row).toMatchObject({ docIds: ids.slice(0, 8), sourceCount: 11 });
  });

  it('lists a period in timeline order, ranges from earlier years first, page by page', async () => {
    const store = await engine.open();
    const dates = [
      '2022',
      '2020-06-01',
      '2018',
      '2021-03',
      '2020-02',
      '2019/2021',
      '2020',
      '2015/2016',
      '../2014',
    ];
    await store.addDocuments(
      dates.map((d, i) => ({
        doc: doc(`d${i}`),
        extraction: {
          ...EMPTY,
          events: [{ ...event(d, `event number ${i} on ${d}`), actors: d === '2020' ? [] : ['APT99'] }],
        },
      })),
      't',
    );
    const period = { range: { from: '2020-05', to: '2021' } };
    const dated = async (q: Parameters<Store['eventClusters']>[0]) =>
      (await store.eventClusters(q)).rows.map((r) => r.date);
    expect(await store.eventClusters({ ...period, limit: 10 })).toMatchObject({ total: 4 });
    const pages = await Promise.all([0, 1, 2, 3].map((offset) => dated({ ...period, limit: 2, offset })));
    expect(pages).toEqual([
      ['2019/2021', '2020'],
      ['2020', '2020-06-01'],
      ['2020-06-01', '2021-03'],
      ['2021-03'],
    ]);
    expect(await dated({ range: { to: '2016' }, limit: 10 })).toEqual(['../2014', '2015/2016']);
    expect(await dated({ range: { from: '2021-04' }, limit: 10 })).toEqual(['2019/2021', '2022']);
    expect(await dated({ ...period, actor: 'APT99', limit: 10 })).toEqual([
      '2019/2021',
      '2020-06-01',
      '2021-03',
    ]);
    expect(await store.eventClusters({ ...period, actor: 'APT99', limit: 1 })).toMatchObject({ total: 3 });
    expect(await dated({ range: { to: '2016' }, actor: 'APT99', limit: 5 })).toEqual([
      '../2014',
      '2015/2016',
    ]);
  });

  it("pages every event, an actor's and a topic word's through any period as a plain filter and sort would", async () => {
    const store = await engine.open();
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
    ];
    dates.push('2016-01-20', '2020-11', '2022-08-01', '2018-07-10', '2019-01', '../2015');
    const events = Array.from({ length: 60 }, (_, i) => {
      // Two in three mention the reservoir (many matches), every twentieth the turbine, one the grid.
      const topics = [i % 3 !== 0 ? 'reservoir' : '', i % 20 === 7 ? 'turbine' : '', i === 31 ? 'grid' : ''];
      const date = dates[(i * 4) % dates.length] ?? '2019';
      return { id: i, date, text: `w${i}x q${i}z ${topics.join(' ')}`, actors: i % 2 ? ['APT99'] : [] };
    });
    await store.addDocuments(
      events.map((e) => ({
        doc: doc(`d${e.id}`),
        extraction: { ...EMPTY, events: [{ ...event(e.date, e.text), actors: e.actors }] },
      })),
      't',
    );
    // Bounds as strings that sort like days: '2016-03' starts before '2016-03-01' and ends after '2016-03-31'.
    const start = (d: string) => d.split('/')[0] ?? d;
    const end = (d: string) => `${d.split('/').at(-1)}\uffff`;
    type E = (typeof events)[number];
    const expected = (keep: (e: E) => boolean, from = '0', to = '9') =>
      events
        .filter((e) => keep(e) && start(e.date) <= end(to) && end(e.date) >= from)
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id))
        .map((e) => e.text);
    const periods = [
      [],
      ['2018'],
      [undefined, '2016'],
      ['2017', '2019'],
      ['2016-03-15', '2020-01'],
      ['2018-07', '2018-07-09'],
    ];
    periods.push(['2019-02', '2022-06'], ['2020', '2020'], ['2015-06', '2015-09']);
    const queries = [
      { keep: () => true },
      { actor: 'APT99', keep: (e: E) => e.actors.length > 0 },
      ...['reservoir', 'turbine', 'grid'].map((w) => ({
        words: [w],
        keep: (e: E) => e.text.split(' ').includes(w),
      })),
    ];
    for (const { keep, ...query } of queries) {
      for (const [from, to] of periods) {
        const range = { ...(from && { from }), ...(to && { to }) };
        const want = expected(keep, from, to);
        const pages = await Promise.all(
          Array.from({ length: Math.ceil(want.length / 4) + 1 }, (_, k) =>
            store.eventClusters({ ...query, range, limit: 4, offset: 4 * k }),
          ),
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
});
