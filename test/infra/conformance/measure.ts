// Both stores side by side on the same work, through the same asynchronous ports the conformance suite
// uses: the bundled seeds × COPIES (each copy's text varied, so none is a duplicate) stored in batches as
// ingest stores them, then passage searches timed. Not a test: `npx tsx test/infra/conformance/measure.ts`.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { processInput } from '../../../src/core/ingest.js';
import type { Document, Extraction } from '../../../src/core/model.js';
import type { Store } from '../../../src/core/ports.js';
import { openPostgresStore } from '../../../src/infra/postgres/store.js';
import { openSqliteStorePorts } from '../../../src/infra/sqlite/async-store.js';
import { startTestServer } from '../postgres/test-server.js';

const COPIES = Number(process.env.COPIES ?? 200);
/** Documents per transaction, as core/ingest.ts stores them. */
const BATCH = 256;
const QUERIES = ['APT31', 'electoral commission', 'Dowdne', 'sanction', 'cyber attack', '"front company"'];
QUERIES.push(
  'chinese state',
  'ransomware',
  'parliamentarians',
  'living off the land',
  'critical national',
  'said',
);
const ROUNDS = 20;

function corpus(): { doc: Document; extraction: Extraction }[] {
  const seeds = join(import.meta.dirname, '..', '..', '..', 'seeds');
  const texts = readdirSync(seeds).map((f) => ({ name: f, text: readFileSync(join(seeds, f), 'utf8') }));
  const items: { doc: Document; extraction: Extraction }[] = [];
  for (let k = 0; k < COPIES; k++)
    for (const { name, text } of texts) {
      const varied = `${text}\n\nFiled as copy ${k} of ${name} by desk ${k % 7}, reference R${k * 31 + 7}.`;
      items.push(
        processInput({
          content: varied,
          origin: `copy-${k}/${name}`,
          format: 'text',
          url: `https://copies.example/${k}/${name}`,
        }),
      );
    }
  return items;
}

type Items = { doc: Document; extraction: Extraction }[];

async function ingest(name: string, store: Store, items: Items) {
  const t0 = performance.now();
  let added = 0;
  for (let i = 0; i < items.length; i += BATCH) {
    const results = await store.addDocuments(items.slice(i, i + BATCH), new Date().toISOString());
    added += results.filter((r) => r.added).length;
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `${name}: ${added} documents in ${seconds.toFixed(2)} s = ${(added / seconds).toFixed(0)} docs/s`,
  );
}

async function search(name: string, store: Store) {
  await store.warmSearch();
  for (const q of QUERIES) await store.searchPassages(q, { offset: 0, limit: 10 });
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++)
    for (const q of QUERIES) {
      const s = performance.now();
      await store.searchPassages(q, { offset: 0, limit: 10 });
      times.push(performance.now() - s);
    }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]?.toFixed(2);
  console.log(`${name}: /search p50 ${at(0.5)} ms, p90 ${at(0.9)} ms (${times.length} searches)`);
}

const items = corpus();
console.log(`${items.length} documents (${COPIES} copies of each seed), ${BATCH} per batch`);
const dir = mkdtempSync(join(tmpdir(), 'sitrep-measure-'));
const sqlite = openSqliteStorePorts(join(dir, 'sitrep.db'));
await ingest('SQLite', sqlite, items);
await search('SQLite', sqlite);
await sqlite.close();
rmSync(dir, { recursive: true, force: true });
// PostgreSQL's defaults: fsync and synchronous commit on (SQLite's WAL with synchronous=NORMAL syncs only
// at checkpoints), so PostgreSQL is measured no kinder than it would run.
const server = await startTestServer(['max_connections=60']);
try {
  const url = await server.createDatabase();
  const postgres = await openPostgresStore({ url });
  await ingest('PostgreSQL', postgres, items);
  await search('PostgreSQL, at once', postgres);
  // What autovacuum does within a minute of a bulk load: without statistics the planner scans every passage.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('ANALYZE');
  await client.end();
  await search('PostgreSQL, after ANALYZE', postgres);
  await postgres.close();
} finally {
  await server.stop();
}
