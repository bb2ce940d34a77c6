// PostgreSQL migrations that rewrite rows: a database written by an earlier Sitrep keeps every row, now in
// the new shape.
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/infra/postgres/migrations.js';
import { createPool } from '../../../src/infra/postgres/pool.js';
import { openPostgresStore } from '../../../src/infra/postgres/store.js';
import { postgresUnavailable, serverForBlock } from './test-server.js';

describe.skipIf(postgresUnavailable())('PostgreSQL migrations', () => {
  const server = serverForBlock();

  it("6: an actor's keys take their clusters' bounds and the clusters are counted, an earlier release's too", async () => {
    const url = await server().createDatabase();
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
    // A replica of the earlier release, still writing during a rolling upgrade, gives no bounds.
    const old = createPool({ url });
    await old.query(`
      INSERT INTO event_clusters (id, date, date_start, date_end, text, words, actors, docs, tsv) VALUES
        (3, '2020/2023', '2020-01-01', '2023-12-31', 'an older writer''s', '', '["APT99"]', 1, '');
      INSERT INTO event_actors (actor, date, cluster) VALUES ('APT99', '2020/2023', 3);`);
    await old.end();
    try {
      const dates = async (from: string) =>
        (await store.eventClusters({ actor: 'APT99', range: { from }, limit: 10 })).rows.map((r) => r.date);
      expect(await dates('2021-06')).toEqual(['2019/2021', '2020/2023', '2022-03']);
      expect(await dates('2022')).toEqual(['2020/2023', '2022-03']);
      // Counted at the migration, and the earlier release's cluster by the database.
      expect((await store.eventClusters({ limit: 1 })).total).toBe(3);
      expect(await store.eventClusters({ actor: 'APT99', range: { from: '2024' }, limit: 10 })).toEqual({
        rows: [],
        total: 0,
      });
    } finally {
      await store.close();
    }
  });
});
