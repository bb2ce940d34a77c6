// The queries behind /timeline, one per way of reading merged events: every event, an actor's, a topic's
// (FTS5 over each cluster's wording), each over a period or not. Which one runs is event-reader.ts's
// choice; the indexes they rely on are migration 3's and 6's (schema.ts).
import type { Db } from './database.js';

/** A page of event clusters and their count, from one condition. */
export interface EventPart {
  rows: { all(params: object): unknown[] };
  count: { get(params: object): number | undefined };
}

const EVENT_COLUMNS = 'c.id, c.date, c.text, c.actors, c.docs';
const RANGE = 'c.date_start <= @to AND c.date_end >= @from';
// Timeline order, as event_clusters_span holds it (the bounds follow from the date, so this is date, id).
const TIMELINE_ORDER = 'c.date, c.date_start, c.date_end, c.id';
const BY_ACTOR = 'event_actors a JOIN event_clusters c ON c.id = a.cluster';
// A period (see EVENT_PERIOD_MIGRATION) is read as segments in timeline order: the ranges reaching in
// from earlier years, then the events dated in the period's years, each from an index in that order.
// The indexes are named (INDEXED BY): without statistics SQLite prefers event_clusters_span for the
// ranges and reads every earlier date (at 1M clusters: 0.4-1.2 s before these indexes, 12-95 ms with
// them), and with a topic's matches it would rather look each one up than walk the timeline (see
// walkReadsLess).
const EARLY = {
  from: 'event_clusters c INDEXED BY event_clusters_ranges',
  where: `instr(c.date, '/') > 0 AND c.date < @firstYear AND c.date_end >= @from AND c.date_start <= @to`,
};
const YEARS = {
  from: 'event_clusters c INDEXED BY event_clusters_span',
  where: `c.date >= @lo AND c.date < @hi AND ${RANGE}`,
};
const MATCHED = 'c.id IN (SELECT rowid FROM event_text WHERE event_text MATCH @match)';
const ACTS = `EXISTS (SELECT 1 FROM event_actors a WHERE a.actor = @actor AND a.date = c.date AND a.cluster = c.id)`;
// event_actors repeats each cluster's date, so its key (actor, date, cluster) bounds the years; only a
// year the period starts or ends within needs each cluster's bounds (joining every cluster of an actor in
// 315,000 cost 1.8 s at 1M documents; counting its keys, 35 ms).
const ACTOR_YEARS = 'a.actor = @actor AND a.date >= @lo AND a.date < @hi';

/** A page of event clusters and their count, from one condition; the count may read fewer tables. */
function eventPart(db: Db, from: string, where: string, order: string, countFrom = from): EventPart {
  return {
    rows: db.prepare<object, unknown>(
      `SELECT ${EVENT_COLUMNS} FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    ),
    count: db.prepare<object, number>(`SELECT count(*) FROM ${countFrom} WHERE ${where}`).pluck(),
  };
}

/**
 * For each kind of period query: the early ranges, and the years checked against the period's bounds.
 * The timeline index holds the bounds, so checking them there costs nothing; an actor's keys do not, so
 * its whole years (inside the period by their dates alone) are read from the keys alone.
 */
function preparePeriodQueries(db: Db) {
  return {
    all: {
      early: eventPart(db, EARLY.from, EARLY.where, TIMELINE_ORDER),
      checked: eventPart(db, YEARS.from, YEARS.where, TIMELINE_ORDER),
    },
    // The early ranges of every event, each looked up in the actor's keys: fewer than the actor's own.
    actor: {
      early: eventPart(db, EARLY.from, `${EARLY.where} AND ${ACTS}`, TIMELINE_ORDER),
      checked: eventPart(db, BY_ACTOR, `${ACTOR_YEARS} AND ${RANGE}`, 'a.date, a.cluster'),
      whole: eventPart(db, BY_ACTOR, ACTOR_YEARS, 'a.date, a.cluster', 'event_actors a'),
    },
    // A topic's many matches: the period walked in timeline order, keeping the matches.
    matching: {
      early: eventPart(db, EARLY.from, `${EARLY.where} AND ${MATCHED}`, TIMELINE_ORDER),
      checked: eventPart(db, YEARS.from, `${YEARS.where} AND ${MATCHED}`, TIMELINE_ORDER),
    },
  };
}

export type PeriodQueries = ReturnType<typeof preparePeriodQueries>;
/** The parts of one kind of period query; `whole` when whole years read cheaper unchecked. */
export type PeriodParts = { early: EventPart; checked: EventPart; whole?: EventPart };

export function prepareEventQueries(db: Db) {
  return {
    period: preparePeriodQueries(db),
    // No period, one actor: counted from the actor's index entries alone (joining each cluster to test an
    // open period cost 41 ms for an actor in 14,000 clusters at 30k documents).
    actorEverything: {
      rows: db.prepare<object, unknown>(
        `SELECT ${EVENT_COLUMNS} FROM ${BY_ACTOR} WHERE a.actor = @actor
         ORDER BY a.date, a.cluster LIMIT @limit OFFSET @offset`,
      ),
      count: db.prepare<[string], number>(`SELECT count(*) FROM event_actors WHERE actor = ?`).pluck(),
    },
    // No period: SQLite counts a whole table from its smallest index without testing every row.
    everything: {
      rows: db.prepare<object, unknown>(
        `SELECT ${EVENT_COLUMNS} FROM event_clusters c ORDER BY ${TIMELINE_ORDER} LIMIT @limit OFFSET @offset`,
      ),
      count: db.prepare<[], number>(`SELECT count(*) FROM event_clusters`).pluck(),
    },
    // A topic that is no entity: FTS5 finds the matching clusters, but knows nothing of their dates.
    words: {
      /** How many clusters match: FTS5 counts them from its own lists, reading no cluster row. */
      matches: db
        .prepare<[string], number>(`SELECT count(*) FROM event_text WHERE event_text MATCH ?`)
        .pluck(),
      /** About how many clusters there are, read at once from the end of the table. */
      clusters: db.prepare<[], number | null>(`SELECT max(id) FROM event_clusters`).pluck(),
      // Few matches: each one's cluster read, then sorted.
      each: eventPart(
        db,
        'event_text t JOIN event_clusters c ON c.id = t.rowid',
        `event_text MATCH @match AND ${RANGE}`,
        TIMELINE_ORDER,
      ),
    },
  };
}

export type EventQueries = ReturnType<typeof prepareEventQueries>;
