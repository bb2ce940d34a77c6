// A planned batch written down (write-plan.ts): ids for the entities and clusters it starts, then one
// statement per table, each inserting or updating all the batch's rows of that table (bulk-writes.ts),
// clusters (write-clusters.ts) before the rows that point at them.
import { insert, update } from './bulk-writes.js';
import type { Sql } from './pool.js';
import { writeAssessments, writeEvents, writeQuotes } from './write-clusters.js';
import type { WritePlan } from './write-plan.js';

export type Ids = Record<'entities' | 'events' | 'quotes' | 'assessments', number[]>;

/** Ids from each table's sequence for what the batch starts, ascending, so ids follow the order stored. */
async function allocate(sql: Sql, plan: WritePlan): Promise<Ids> {
  const counts = [
    plan.freshEntities,
    plan.clusters.events.started,
    plan.clusters.quotes.started,
    plan.clusters.assessments.started,
  ];
  const take = (seq: string, n: number) =>
    `(SELECT coalesce(array_agg(nextval('${seq}')), '{}') FROM generate_series(1, $${n}::int))`;
  const { rows } = await sql.query(
    `SELECT ${take('entities_id_seq', 1)} AS entities, ${take('event_clusters_id_seq', 2)} AS events,
       ${take('quote_clusters_id_seq', 3)} AS quotes, ${take('assessment_clusters_id_seq', 4)} AS assessments`,
    counts,
  );
  const row = rows[0] as Record<keyof Ids, number[]>;
  const sorted = (ids: number[]) => ids.map(Number).sort((a, b) => a - b);
  return {
    entities: sorted(row.entities),
    events: sorted(row.events),
    quotes: sorted(row.quotes),
    assessments: sorted(row.assessments),
  };
}

/** The id a row stores: a temporary (negative) id replaced by the one allocated for it. */
const resolver = (allocated: number[]) => (id: number) => (id < 0 ? (allocated[-id - 1] ?? NaN) : id);

async function writeDocuments(sql: Sql, plan: WritePlan): Promise<void> {
  await insert(sql, 'documents', plan.documents, [
    ['id', 'text', (d) => d.id],
    ['url', 'text', (d) => d.url],
    ['title', 'text', (d) => d.title],
    ['publisher', 'text', (d) => d.publisher],
    ['author', 'text', (d) => d.author],
    ['published', 'text', (d) => d.published],
    ['published_start', 'text', (d) => d.publishedStart],
    ['origin', 'text', (d) => d.origin],
    ['body', 'text', (d) => d.body],
    ['body_hash', 'text', (d) => d.bodyHash],
    ['ingested_at', 'text', (d) => d.ingestedAt],
  ]);
  await insert(sql, 'passages', plan.passages, [
    ['doc_id', 'text', (p) => p.docId],
    ['paragraph', 'int', (p) => p.paragraph],
    ['title', 'text', (p) => p.title],
    ['text', 'text', (p) => p.text],
    ['tsv', 'tsvector', (p) => p.tsv],
  ]);
  // In term order: a fixed order in which every writer takes the rows' locks.
  const terms = [...plan.terms].sort(([a], [b]) => (a < b ? -1 : 1));
  await insert(
    sql,
    'passage_terms',
    terms,
    [
      ['term', 'text', ([term]) => term],
      ['family', 'text', ([, t]) => t.family],
      ['passages', 'int', ([, t]) => t.passages],
    ],
    'ON CONFLICT (term) DO UPDATE SET passages = passage_terms.passages + excluded.passages',
  );
}

async function writeEntities(sql: Sql, plan: WritePlan, id: (n: number) => number): Promise<void> {
  const changes = [...plan.entities.values()];
  const lists = (e: (typeof changes)[number]) => [JSON.stringify(e.aliases), JSON.stringify(e.roles)];
  await insert(
    sql,
    'entities',
    changes.filter((e) => e.id < 0).sort((a, b) => b.id - a.id),
    [
      ['id', 'int', (e) => id(e.id)],
      ['name', 'text', (e) => e.name],
      ['kind', 'text', (e) => e.kind],
      ['aliases', 'text', (e) => lists(e)[0]],
      ['roles', 'text', (e) => lists(e)[1]],
      ['docs', 'int', (e) => e.docs],
      ['authored', 'int', (e) => e.authored],
      ['first_seen', 'text', (e) => e.firstSeen],
      ['last_seen', 'text', (e) => e.lastSeen],
    ],
  );
  await update(
    sql,
    'entities',
    changes.filter((e) => e.id > 0),
    [
      ['id', 'int', (e) => e.id],
      ['aliases', 'text', (e) => lists(e)[0]],
      ['roles', 'text', (e) => lists(e)[1]],
      ['docs', 'int', (e) => e.docs],
      ['authored', 'int', (e) => e.authored],
      ['first_seen', 'text', (e) => e.firstSeen],
      ['last_seen', 'text', (e) => e.lastSeen],
    ],
    `aliases = u.aliases, roles = u.roles, docs = t.docs + u.docs, authored = t.authored + u.authored,
     first_seen = least(t.first_seen, u.first_seen), last_seen = greatest(t.last_seen, u.last_seen)`,
  );
  await insert(
    sql,
    'entity_keys',
    plan.entityKeys,
    [
      ['key', 'text', ([key]) => key],
      ['entity', 'int', ([, entity]) => id(entity)],
    ],
    'ON CONFLICT DO NOTHING',
  );
  await insert(sql, 'mentions', plan.mentions, [
    ['doc_id', 'text', (m) => m.docId],
    ['name', 'text', (m) => m.name],
    ['kind', 'text', (m) => m.kind],
    ['aliases', 'text', (m) => JSON.stringify(m.aliases)],
    ['roles', 'text', (m) => JSON.stringify(m.roles)],
  ]);
}

/** Writes the plan; run it inside the transaction that read its facts. Returns the ids it allocated. */
export async function flushPlan(sql: Sql, plan: WritePlan): Promise<Ids | null> {
  if (plan.documents.length === 0) return null;
  const ids = await allocate(sql, plan);
  await writeDocuments(sql, plan);
  await writeEntities(sql, plan, resolver(ids.entities));
  await writeEvents(sql, plan, resolver(ids.events));
  await writeQuotes(sql, plan, resolver(ids.quotes));
  await writeAssessments(sql, plan, resolver(ids.assessments));
  return ids;
}
