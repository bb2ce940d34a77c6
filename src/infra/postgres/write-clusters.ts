// A planned batch's merged clusters written down (cluster-plan.ts): those it starts inserted, those it
// joins updated, then the rows that point at them; events, quotes and assessments alike.

import { type Column, insert, update } from './bulk-writes.js';
import type { ClusterChange } from './cluster-plan.js';
import type { Sql } from './pool.js';
import { tsvectorOf } from './text-search.js';
import type { WritePlan } from './write-plan.js';

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

export async function writeEvents(sql: Sql, plan: WritePlan, id: (n: number) => number): Promise<void> {
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
      ['date_start', 'text', ([, , , bounds]) => bounds.dateStart],
      ['date_end', 'text', ([, , , bounds]) => bounds.dateEnd],
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

export async function writeQuotes(sql: Sql, plan: WritePlan, id: (n: number) => number): Promise<void> {
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

export async function writeAssessments(sql: Sql, plan: WritePlan, id: (n: number) => number): Promise<void> {
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
