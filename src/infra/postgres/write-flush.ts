// A planned batch written down (write-plan.ts): ids for the entities and clusters it starts, then one
// statement per table, each inserting or updating all the batch's rows of that table from arrays
// (`unnest`), clusters before the rows that point at them.

import type { ClusterChange } from './cluster-plan.js';
import type { Sql } from './pool.js';
import { tsvectorOf } from './text-search.js';
import type { WritePlan } from './write-plan.js';

/** One column of a statement's rows: its name, its SQL type, and each row's value. */
type Column<R> = [name: string, type: string, value: (row: R) => unknown];

/** `rows` as one array per column, each cast to its type: the `unnest(…)` of a statement. */
function arrays<R>(rows: readonly R[], columns: readonly Column<R>[]) {
  return {
    names: columns.map(([name]) => name).join(', '),
    unnest: `unnest(${columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`,
    values: columns.map(([, , value]) => rows.map(value)),
  };
}

async function insert<R>(
  sql: Sql,
  table: string,
  rows: readonly R[],
  columns: Column<R>[],
  tail = '',
): Promise<void> {
  if (rows.length === 0) return;
  const a = arrays(rows, columns);
  await sql.query(`INSERT INTO ${table} (${a.names}) SELECT * FROM ${a.unnest} ${tail}`, a.values);
}

async function update<R>(
  sql: Sql,
  table: string,
  rows: readonly R[],
  columns: Column<R>[],
  set: string,
): Promise<void> {
  if (rows.length === 0) return;
  const a = arrays(rows, columns);
  await sql.query(
    `UPDATE ${table} t SET ${set} FROM ${a.unnest} AS u(${a.names}) WHERE t.id = u.id`,
    a.values,
  );
}

type Ids = Record<'entities' | 'events' | 'quotes' | 'assessments', number[]>;

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

/** Clusters started (inserted with `fresh` columns) and joined (updated with `joined`'s SET). */
async function writeClusters<C extends { id: number }, X extends ClusterChange<C>>(
  sql: Sql,
  table: string,
  changes: Map<number, X>,
  id: (n: number) => number,
  columns: { fresh: Column<X>[]; joined: Column<X>[]; set: string },
): Promise<void> {
  const all = [...changes.values()];
  const idColumn: Column<X> = ['id', 'int', (x) => id(x.candidate.id)];
  const started = all.filter((x) => x.fresh).sort((a, b) => b.candidate.id - a.candidate.id);
  await insert(sql, table, started, [idColumn, ...columns.fresh]);
  await update(
    sql,
    table,
    all.filter((x) => !x.fresh),
    [idColumn, ...columns.joined],
    columns.set,
  );
}

async function writeEvents(sql: Sql, plan: WritePlan, id: (n: number) => number): Promise<void> {
  await writeClusters(sql, 'event_clusters', plan.clusters.events.changes, id, {
    fresh: [
      ['date', 'text', (x) => x.candidate.date],
      ['date_start', 'text', (x) => x.dateStart],
      ['date_end', 'text', (x) => x.dateEnd],
      ['text', 'text', (x) => x.text],
      ['words', 'text', (x) => x.candidate.words.words.join(' ')],
      ['actors', 'text', (x) => JSON.stringify(x.candidate.actors)],
      ['docs', 'int', (x) => x.docs],
      ['tsv', 'tsvector', (x) => tsvectorOf(x.text ?? '')],
    ],
    joined: [
      ['text', 'text', (x) => x.text],
      ['words', 'text', (x) => (x.text === null ? null : x.candidate.words.words.join(' '))],
      ['actors', 'text', (x) => JSON.stringify(x.candidate.actors)],
      ['docs', 'int', (x) => x.docs],
      ['tsv', 'tsvector', (x) => (x.text === null ? null : tsvectorOf(x.text))],
    ],
    // A null text keeps the cluster's own: only a longer wording replaces it.
    set: `text = coalesce(u.text, t.text), words = coalesce(u.words, t.words), tsv = coalesce(u.tsv, t.tsv),
          actors = u.actors, docs = t.docs + u.docs`,
  });
  const actors = plan.clusters.actors;
  await insert(
    sql,
    'event_actors',
    actors,
    [
      ['actor', 'text', ([actor]) => actor],
      ['date', 'text', ([, date]) => date],
      ['cluster', 'int', ([, , cluster]) => id(cluster)],
    ],
    'ON CONFLICT DO NOTHING',
  );
  await insert(sql, 'events', plan.events, [
    ['doc_id', 'text', (e) => e.docId],
    ['date', 'text', (e) => e.date],
    ['date_start', 'text', (e) => e.dateStart],
    ['date_end', 'text', (e) => e.dateEnd],
    ['text', 'text', (e) => e.text],
    ['date_phrase', 'text', (e) => e.datePhrase],
    ['actors', 'text', (e) => JSON.stringify(e.actors)],
    ['paragraph', 'int', (e) => e.paragraph],
    ['cluster', 'int', (e) => id(e.cluster)],
  ]);
}

async function writeQuotes(sql: Sql, plan: WritePlan, id: (n: number) => number): Promise<void> {
  await writeClusters(sql, 'quote_clusters', plan.clusters.quotes.changes, id, {
    fresh: [
      ['speaker', 'text', (x) => x.candidate.speaker],
      ['role', 'text', (x) => x.candidate.role],
      ['text', 'text', (x) => x.text],
      ['words', 'text', (x) => x.candidate.words.words.join(' ')],
      ['docs', 'int', (x) => x.docs],
      ['tsv', 'tsvector', (x) => tsvectorOf(x.text ?? '')],
    ],
    joined: [
      ['text', 'text', (x) => x.text],
      ['words', 'text', (x) => (x.text === null ? null : x.candidate.words.words.join(' '))],
      ['role', 'text', (x) => x.candidate.role],
      ['docs', 'int', (x) => x.docs],
      ['tsv', 'tsvector', (x) => (x.text === null ? null : tsvectorOf(x.text))],
    ],
    set: `text = coalesce(u.text, t.text), words = coalesce(u.words, t.words), tsv = coalesce(u.tsv, t.tsv),
          role = u.role, docs = t.docs + u.docs`,
  });
  await insert(sql, 'quotes', plan.quotes, [
    ['doc_id', 'text', (q) => q.docId],
    ['speaker', 'text', (q) => q.speaker],
    ['speaker_kind', 'text', (q) => q.speakerKind],
    ['role', 'text', (q) => q.role],
    ['text', 'text', (q) => q.text],
    ['paragraph', 'int', (q) => q.paragraph],
    ['cluster', 'int', (q) => id(q.cluster)],
  ]);
}

async function writeAssessments(sql: Sql, plan: WritePlan, id: (n: number) => number): Promise<void> {
  await writeClusters(sql, 'assessment_clusters', plan.clusters.assessments.changes, id, {
    fresh: [
      ['phrase', 'text', (x) => x.candidate.phrase],
      ['band', 'text', (x) => x.band],
      ['actor', 'text', (x) => x.candidate.actor],
      ['text', 'text', (x) => x.text],
      ['words', 'text', (x) => x.candidate.words.words.join(' ')],
      ['docs', 'int', (x) => x.docs],
    ],
    joined: [['docs', 'int', (x) => x.docs]],
    set: 'docs = t.docs + u.docs',
  });
  await insert(sql, 'assessments', plan.assessments, [
    ['doc_id', 'text', (a) => a.docId],
    ['phrase', 'text', (a) => a.phrase],
    ['band', 'text', (a) => a.band],
    ['text', 'text', (a) => a.text],
    ['actor', 'text', (a) => a.actor],
    ['paragraph', 'int', (a) => a.paragraph],
    ['cluster', 'int', (a) => id(a.cluster)],
  ]);
}

/** Writes the plan; run it inside the transaction that read its facts. */
export async function flushPlan(sql: Sql, plan: WritePlan): Promise<void> {
  if (plan.documents.length === 0) return;
  const ids = await allocate(sql, plan);
  await writeDocuments(sql, plan);
  await writeEntities(sql, plan, resolver(ids.entities));
  await writeEvents(sql, plan, resolver(ids.events));
  await writeQuotes(sql, plan, resolver(ids.quotes));
  await writeAssessments(sql, plan, resolver(ids.assessments));
}
