// /timeline's reads: merged events through any period, an actor's or a topic's, paged as a plain filter and
// sort over every event would page them.
import { describe, expect, it } from 'vitest';
import { walkReadsLess } from '../../../src/infra/sqlite/event-reader.js';
import { doc, EMPTY, event, useTempStores } from './helpers.js';

const stores = useTempStores();

describe('SQLite event reader', () => {
  it('lists a period without a topic in timeline order, ranges from earlier years first, page by page', () => {
    const store = stores.open();
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
    const store = stores.open();
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
});
