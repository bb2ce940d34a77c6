// Merged events on PostgreSQL in timeline order, a page at a time with their total: every event, an
// actor's or a topic's (the cluster wording's tsvector), within a period or not. One statement per page and
// one per count; the planner picks the index (ADR 14), where SQLite is told which to walk.
import type { MergedEvent } from '../../core/merge.js';
import type { ClusterPage, CorpusReader } from '../../core/ports.js';
import { OPEN_END, OPEN_START, periodBounds } from '../store/dates.js';
import { withCorrections } from '../store/merged-pages.js';
import { eventClusterRow, readRow } from '../store/rows.js';
import { citedDocuments, type TopicMatch } from './clusters.js';
import { firstValue, type Pool, rowsOf } from './pool.js';

type EventQuery = Parameters<CorpusReader['eventClusters']>[0];

/** A year as its dates' prefix; past every date string after 9999. */
const yearKey = (y: number) => (y > 9999 ? '\uffff' : String(y).padStart(4, '0'));

/** A statement's conditions and their parameters, numbered as they are added. */
class Conditions {
  readonly where: string[] = [];
  readonly values: unknown[] = [];
  add(condition: (...params: string[]) => string, ...values: unknown[]): void {
    const params = values.map((v) => {
      this.values.push(v);
      return `$${this.values.length}`;
    });
    this.where.push(condition(...params));
  }
  get sql(): string {
    return this.where.length === 0 ? '' : `WHERE ${this.where.join(' AND ')}`;
  }
}

/**
 * The events overlapping the period. A date that is no range lies within the year its string begins
 * with, so those of the period's years are a range of date strings (an index range); ranges beginning in
 * earlier years are the few others (a partial index). The bounds then decide.
 */
function inPeriod(c: Conditions, from: string, to: string): void {
  const { lo, hi } = periodYears(from, to);
  c.add(
    (l, h) => `((c.date >= ${l} AND c.date < ${h}) OR (strpos(c.date, '/') > 0 AND c.date < ${l}))`,
    lo,
    hi,
  );
  c.add((t, f) => `c.date_start <= ${t} AND c.date_end >= ${f}`, to, from);
}

/**
 * An actor's events overlapping the period, from its keys alone (which carry each cluster's date and
 * bounds): walked in order up to the period's last year, the earlier years' keys passed over in the index
 * unless a range reaching into the period.
 */
function actorInPeriod(c: Conditions, from: string, to: string): void {
  const { lo, hi } = periodYears(from, to);
  c.add((l, h) => `a.date < ${h} AND (a.date >= ${l} OR strpos(a.date, '/') > 0)`, lo, hi);
  c.add((t, f) => `a.date_start <= ${t} AND a.date_end >= ${f}`, to, from);
}

const periodYears = (from: string, to: string) => ({
  lo: from === OPEN_START ? '' : yearKey(Number(from.slice(0, 4))),
  hi: yearKey(Number(to.slice(0, 4)) + 1),
});

/**
 * How a page is read: every event or a topic's from the clusters in timeline order; an actor's by walking
 * its keys (actor, date, cluster) in order and joining a page's clusters alone, as SQLite does: the bounds
 * follow from the date, so (date, cluster) is timeline order. Sorting an actor's clusters instead joined
 * all of them (a hash of every cluster: 40 ms at 10,000 documents). An actor's events are counted from its
 * keys alone.
 */
function pageShape(q: EventQuery) {
  return q.actor !== undefined
    ? {
        tables: 'event_actors a JOIN event_clusters c ON c.id = a.cluster',
        inPeriod: actorInPeriod,
        order: 'a.date, a.cluster',
        counted: 'event_actors a',
      }
    : {
        tables: 'event_clusters c',
        inPeriod,
        order: 'c.date, c.date_start, c.date_end, c.id',
        counted: 'event_clusters c',
      };
}

async function eventPage(pool: Pool, q: EventQuery, match: string | null) {
  const { from, to } = periodBounds(q.range);
  const shape = pageShape(q);
  const c = new Conditions();
  // An actor's events, whatever the topic words: as SQLite reads them.
  if (q.actor !== undefined) c.add((a) => `a.actor = ${a}`, q.actor);
  else if (match !== null) c.add((m) => `c.tsv @@ ${m}::tsquery`, match);
  const period = from !== OPEN_START || to !== OPEN_END;
  if (period) shape.inPeriod(c, from, to);
  const n = c.values.length;
  const [rows, total] = await Promise.all([
    rowsOf(
      pool,
      `SELECT c.id, c.date, c.text, c.actors, c.docs FROM ${shape.tables} ${c.sql}
       ORDER BY ${shape.order} LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...c.values, q.limit, q.offset ?? 0],
    ),
    // Every event: the count the database keeps (migration 6), not 255,000 rows counted at 100k.
    c.values.length === 0
      ? firstValue<string>(pool, "SELECT value FROM meta WHERE key = 'event_clusters'")
      : firstValue<number>(pool, `SELECT count(*) FROM ${shape.counted} ${c.sql}`, c.values),
  ]);
  return {
    rows: rows.map((row) => readRow(eventClusterRow, 'event_clusters', row)),
    total: Number(total ?? 0),
  };
}

export function createEventReader(pool: Pool, topicMatch: TopicMatch): Pick<CorpusReader, 'eventClusters'> {
  return {
    async eventClusters(query): Promise<ClusterPage<MergedEvent>> {
      const topic = query.words ? await topicMatch(query.words) : null;
      if (query.words && !topic) return { rows: [], total: 0 };
      const page = await eventPage(pool, query, topic?.query ?? null);
      const cited = await citedDocuments(
        pool,
        'events',
        page.rows.map((r) => r.id),
      );
      const rows = page.rows.map(
        (r): MergedEvent => ({
          date: r.date,
          text: r.text,
          actors: r.actors,
          docIds: cited.get(r.id) ?? [],
          sourceCount: r.docs,
        }),
      );
      return withCorrections({ rows, total: page.total }, topic);
    },
  };
}
