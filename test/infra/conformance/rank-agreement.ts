// How close PostgreSQL's ranking comes to SQLite's (ADR 14): the benchmark's synthetic reports stored in
// both, every query planned once, and the best passages FTS5's bm25 puts first compared with those ts_rank
// and ts_rank_cd put first under each length normalisation. Not a test:
// `npx tsx test/infra/conformance/rank-agreement.ts` (DOCS=2000 by default).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { generateCorpus } from '../../../bench/corpus.js';
import { processInput } from '../../../src/core/ingest.js';
import { toMatchExpression } from '../../../src/core/search-query.js';
import { openPostgresStore } from '../../../src/infra/postgres/store.js';
import { toTsQuery } from '../../../src/infra/postgres/text-search.js';
import { openDatabase } from '../../../src/infra/sqlite/database.js';
import { createPassageSearch } from '../../../src/infra/sqlite/passage-search.js';
import { createSearchLexicon } from '../../../src/infra/sqlite/search-lexicon.js';
import { openSqliteStore } from '../../../src/infra/sqlite/store.js';
import { startTestServer } from '../postgres/test-server.js';

const DOCS = Number(process.env.DOCS ?? 2000);
const TOP = 10;
const WORDS = [
  'ransomware',
  'espionage',
  'phishing',
  'vulnerability',
  'intrusion',
  'sanctions',
  'ministry',
  'exfiltrated',
];
const PAIRS = [
  'ransomware attack',
  'critical infrastructure',
  'government networks',
  'phishing emails',
  'state sponsored',
];

const items = [...generateCorpus(DOCS)].map((g) => ({ ...processInput(g.input), meta: g.meta }));
const names = [...new Set(items.flatMap((i) => [i.meta.actor, i.meta.malware, i.meta.company]))].slice(0, 20);
const queries = [...WORDS, ...PAIRS, ...names.filter((n): n is string => typeof n === 'string')];
console.log(`${items.length} documents, ${queries.length} queries, top ${TOP} compared`);

const dir = mkdtempSync(join(tmpdir(), 'sitrep-rank-'));
const file = join(dir, 'sitrep.db');
const sqlite = openSqliteStore(file);
for (let i = 0; i < items.length; i += 256) sqlite.addDocuments(items.slice(i, i + 256), 't');
sqlite.close();
const db = openDatabase(file);
const planner = createPassageSearch(db, createSearchLexicon(db).queries);
const bm25 = db.prepare<[string, number], { key: string }>(
  `SELECT doc_id || '#' || substr(text, 1, 40) AS key FROM passages WHERE passages MATCH ?
   ORDER BY bm25(passages, 0.0, 1.0), rowid LIMIT ?`,
);

const server = await startTestServer();
const url = await server.createDatabase();
const store = await openPostgresStore({ url });
for (let i = 0; i < items.length; i += 256) await store.addDocuments(items.slice(i, i + 256), 't');
await store.close();
const client = new pg.Client({ connectionString: url });
await client.connect();
await client.query('ANALYZE');

const rankings = ['ts_rank', 'ts_rank_cd'].flatMap((f) => [0, 1, 2, 8, 16, 32].map((n) => ({ f, n })));
const scores = new Map(rankings.map((r) => [`${r.f}/${r.n}`, { overlap: 0, first: 0 }]));
for (const q of queries) {
  const plan = planner.plan(q);
  const expected = bm25.all(`text : (${toMatchExpression(plan, 'AND')})`, TOP).map((r) => r.key);
  for (const { f, n } of rankings) {
    const { rows } = await client.query(
      `SELECT doc_id || '#' || substr(text, 1, 40) AS key FROM passages WHERE tsv @@ $1::tsquery
       ORDER BY ${f}(tsv, $1::tsquery, ${n}) DESC, id LIMIT $2`,
      [toTsQuery(plan, 'AND'), TOP],
    );
    const got = rows.map((r) => r.key as string);
    const score = scores.get(`${f}/${n}`);
    if (!score || expected.length === 0) continue;
    score.overlap += got.filter((k) => expected.includes(k)).length / expected.length;
    score.first += got[0] === expected[0] ? 1 : 0;
  }
}
for (const [name, s] of scores)
  console.log(
    `${name.padEnd(14)} top-${TOP} overlap with bm25 ${((100 * s.overlap) / queries.length).toFixed(0)}%, ` +
      `same best passage ${((100 * s.first) / queries.length).toFixed(0)}%`,
  );
await client.end();
await server.stop();
db.close();
rmSync(dir, { recursive: true, force: true });
