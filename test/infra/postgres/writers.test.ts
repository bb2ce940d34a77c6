// Several writers on one PostgreSQL database: each remembers the clusters its batches read and started, and
// must forget them once another wrote, or a row reported again would start a second cluster beside the
// one the other writer started.
import { describe, expect, it } from 'vitest';
import type { Store } from '../../../src/core/ports.js';
import { openPostgresStore } from '../../../src/infra/postgres/store.js';
import { doc, EMPTY, event } from '../store-fixtures.js';
import { postgresUnavailable, serverForBlock } from './test-server.js';

describe.skipIf(postgresUnavailable())('writers sharing a PostgreSQL database', () => {
  const server = serverForBlock();

  const store = async (writer: Store, id: string, texts: string[]) => {
    const events = texts.map((t) => event('2021-05', t));
    const quotes = texts.map((text) => ({
      speaker: 'Ann Keast',
      speakerKind: 'person' as const,
      role: null,
      text,
      paragraph: 0,
    }));
    const [r] = await writer.addDocuments([{ doc: doc(id), extraction: { ...EMPTY, events, quotes } }], 't');
    expect(r?.added).toBe(true);
  };
  const merged = async (reader: Store) => ({
    events: (await reader.eventClusters({ limit: 10 })).rows.map((r) => [r.text, r.sourceCount]),
    quotes: (await reader.quoteClusters({ speaker: 'Ann Keast', limit: 10 })).rows.map((r) => [
      r.text,
      r.sourceCount,
    ]),
  });

  it('merges a row into the cluster another writer started since', async () => {
    const url = await server().createDatabase();
    const [a, b] = await Promise.all([openPostgresStore({ url }), openPostgresStore({ url })]);
    try {
      const first = 'The crew encrypted the hospital servers in Leeds';
      const second = 'A different crew defaced the council website in York';
      await store(a, 'a1', [first]);
      await store(b, 'b1', [second]);
      // a remembers the date's and the speaker's clusters from its own batch, which did not hold b's.
      await store(a, 'a2', [second]);
      await store(a, 'a3', [first, second]);
      const expected = [
        [second, 3],
        [first, 2],
      ];
      const seen = await merged(b);
      expect(seen.events.sort()).toEqual(expected);
      expect(seen.quotes.sort()).toEqual(expected);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('goes on merging into the clusters it started, batch after batch', async () => {
    const url = await server().createDatabase();
    const a = await openPostgresStore({ url });
    try {
      const text = 'The crew encrypted the hospital servers in Leeds';
      for (const id of ['a1', 'a2', 'a3']) await store(a, id, [text]);
      expect(await merged(a)).toEqual({ events: [[text, 3]], quotes: [[text, 3]] });
    } finally {
      await a.close();
    }
  });
});
