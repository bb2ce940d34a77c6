// PostgreSQL migrations that rewrite rows: a database written by an earlier Sitrep keeps every row, now in
// the new shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/infra/postgres/migrations.js';
import { createPool } from '../../../src/infra/postgres/pool.js';
import { openPostgresStore } from '../../../src/infra/postgres/store.js';
import { postgresUnavailable, startTestServer, type TestServer } from './test-server.js';

describe.skipIf(postgresUnavailable())('PostgreSQL migrations', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it("6: an actor's keys take their clusters' bounds, and its period reads find them", async () => {
    const url = await server.createDatabase();
    const pool = createPool({ url });
    try {
      await migrate(pool, 5);
      await pool.query(`
        INSERT INTO event_clusters (id, date, date_start, date_end, text, words, actors, docs, tsv) VALUES
          (1, '2019/2021', '2019-01-01', '2021-12-31', 'a long campaign', '', '["APT99"]', 1, ''),
          (2, '2022-03', '2022-03-01', '2022-03-31', 'a short one', '', '["APT99"]', 1, '');
        INSERT INTO event_actors (actor, date, cluster) VALUES ('APT99', '2019/2021', 1), ('APT99', '2022-03', 2);`);
    } finally {
      await pool.end();
    }
    const store = await openPostgresStore({ url });
    try {
      const dates = async (from: string) =>
        (await store.eventClusters({ actor: 'APT99', range: { from }, limit: 10 })).rows.map((r) => r.date);
      expect(await dates('2021-06')).toEqual(['2019/2021', '2022-03']);
      expect(await dates('2022')).toEqual(['2022-03']);
      expect(await store.eventClusters({ actor: 'APT99', range: { from: '2022-04' }, limit: 10 })).toEqual({
        rows: [],
        total: 0,
      });
    } finally {
      await store.close();
    }
  });
});
