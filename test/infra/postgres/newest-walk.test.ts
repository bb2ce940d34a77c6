// Newest-first search on PostgreSQL walks back from the newest passage for a stretch, then reads the older
// matches from the index: however short the walk, every page and count is the one a walk over every
// passage gives.
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/core/search-query.js';
import { searchPassages } from '../../../src/infra/postgres/passage-search.js';
import { openPostgresPool, openPostgresStore } from '../../../src/infra/postgres/store.js';
import { report } from '../conformance/reports.js';
import { EMPTY } from '../store-fixtures.js';
import { postgresUnavailable, serverForBlock } from './test-server.js';

// 6,000 passages: every one says "officials said"; one in forty, "turbine" (very common too, but sparse).
const paragraph = (d: number, i: number) =>
  `Paragraph ${i}: officials said the review of the incident continues this week ${(d * 60 + i) % 40 === 0 ? 'near the turbine ' : ''}and more follows.`;
const CORPUS = Array.from({ length: 100 }, (_, d) =>
  report(`d${d}`, Array.from({ length: 60 }, (_, i) => paragraph(d, i)).join('\n\n')),
);

describe.skipIf(postgresUnavailable())('newest-first search on PostgreSQL', () => {
  const server = serverForBlock();

  it('reads the same pages and counts whether the walk covers every passage, a few or none', async () => {
    const url = await server().createDatabase();
    const store = await openPostgresStore({ url });
    await store.addDocuments(
      CORPUS.map((doc) => ({ doc, extraction: EMPTY })),
      't',
    );
    await store.close();
    const pool = await openPostgresPool({ url });
    try {
      for (const query of ['officials review', 'turbine', 'turbine officials']) {
        const plan = parseQuery(query);
        const pages = async (walk: number) =>
          Promise.all(
            [0, 5, 235, 240, 245, 995, 5_995].map(async (offset) => {
              const page = await searchPassages(pool, plan, { offset, limit: 5 }, walk);
              return [page.order, page.total, page.exact, page.hits.map((h) => `${h.docId}#${h.paragraph}`)];
            }),
          );
        const whole = await pages(1_000_000);
        expect(whole[0]?.[0], query).toBe('newest');
        expect(whole[0]?.[3], query).toHaveLength(5);
        for (const walk of [3_000, 100, 7, 0])
          expect(await pages(walk), `${query}, walk ${walk}`).toEqual(whole);
      }
    } finally {
      await pool.end();
    }
  });
});
