// What the corpus says, merged as it is stored: one row per entity (names, aliases, roles, counts) and one
// cluster per event, quote and assessment that several documents report. Commands read these with indexes
// and LIMIT, so an answer costs the same at 1,000 documents and at 1,000,000 (see docs/benchmark.md).
//
// The merge rules are core's (`sameEvent`, `sameQuote`, `sameAssessment` in src/core/merge.ts); this file
// only decides which earlier rows a new row is compared with: the most recent clusters with the same date,
// speaker or phrase. Outlets report the same event within days of each other, so its twin is recent; an
// event re-reported after more than CANDIDATES other clusters on the same date starts a cluster of its own.
import type Database from 'better-sqlite3';
import {
  type MergedEvent,
  type MergedQuote,
  mergeWords,
  sameAssessment,
  sameEvent,
  sameQuote,
} from '../core/merge.js';
import type { Assessment, DatedEvent, EntityKind, Mention, ProbabilityBand, Quote } from '../core/model.js';
import type { ClusterPage, EntityRecord, Store } from '../core/ports.js';
import type { Correction } from '../core/search-query.js';
import { nameKey, wordBag } from '../core/text/normalise.js';
import { OPEN_END, OPEN_START, periodBounds } from './sqlite-dates.js';

type Db = Database.Database;

/** How many recent clusters with the same key a new row is compared with. */
const CANDIDATES = 32;
/** Recent clusters a writer keeps in memory, per kind (~1 KB each). */
const MAX_CACHED = 50_000;
/** How many reporting documents a merged row cites by name; the rest are counted. */
export const CITED_PER_ROW = 8;
/** Aliases kept per entity: the first ones seen; more would only be noise in a card. */
const MAX_ALIASES = 40;

export const MERGED_SCHEMA = `
  CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    -- JSON array, first seen first.
    aliases TEXT NOT NULL,
    -- JSON object: role → number of documents giving it.
    roles TEXT NOT NULL,
    docs INTEGER NOT NULL,
    authored INTEGER NOT NULL,
    first_seen TEXT,
    last_seen TEXT,
    UNIQUE (name, kind)
  );
  -- Every name and alias of an entity by nameKey(), for exact lookup and prefix completion.
  CREATE TABLE entity_keys (
    key TEXT NOT NULL,
    entity INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (key, entity)
  ) WITHOUT ROWID;

  CREATE TABLE event_clusters (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    date_start TEXT NOT NULL,
    date_end TEXT NOT NULL,
    -- The longest wording reported, and its merge words (space-separated).
    text TEXT NOT NULL,
    words TEXT NOT NULL,
    actors TEXT NOT NULL,
    docs INTEGER NOT NULL
  );
  CREATE INDEX event_clusters_date ON event_clusters(date, id);
  CREATE INDEX event_clusters_start ON event_clusters(date_start, date_end);
  CREATE TABLE event_actors (
    actor TEXT NOT NULL,
    date TEXT NOT NULL,
    cluster INTEGER NOT NULL REFERENCES event_clusters(id),
    PRIMARY KEY (actor, date, cluster)
  ) WITHOUT ROWID;
  -- Full text of each cluster's wording (rowid = cluster id), for /timeline on a topic that is no entity.
  CREATE VIRTUAL TABLE event_text USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
  ALTER TABLE events ADD COLUMN cluster INTEGER;
  CREATE INDEX events_cluster ON events(cluster, doc_id);

  CREATE TABLE quote_clusters (
    id INTEGER PRIMARY KEY,
    speaker TEXT NOT NULL,
    role TEXT,
    text TEXT NOT NULL,
    words TEXT NOT NULL,
    docs INTEGER NOT NULL
  );
  CREATE INDEX quote_clusters_speaker ON quote_clusters(speaker, id);
  CREATE VIRTUAL TABLE quote_text USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
  ALTER TABLE quotes ADD COLUMN cluster INTEGER;
  CREATE INDEX quotes_cluster ON quotes(cluster, doc_id);

  CREATE TABLE assessment_clusters (
    id INTEGER PRIMARY KEY,
    phrase TEXT NOT NULL,
    band TEXT NOT NULL,
    actor TEXT,
    text TEXT NOT NULL,
    words TEXT NOT NULL,
    docs INTEGER NOT NULL
  );
  CREATE INDEX assessment_clusters_key ON assessment_clusters(phrase, actor, id);
  CREATE INDEX assessment_clusters_actor ON assessment_clusters(actor, id);
  ALTER TABLE assessments ADD COLUMN cluster INTEGER;
  CREATE INDEX assessments_cluster ON assessments(cluster, doc_id);
`;

/**
 * Migration 3: creates the merged tables and fills them from the rows already stored, document by
 * document in the order they were stored, exactly as ingest would have.
 */
export function migrateToMerged(db: Db): void {
  db.exec(MERGED_SCHEMA);
  const writer = createMergedWriter(db);
  const docs = db.prepare<[], { id: string; published: string | null }>(
    `SELECT id, published FROM documents ORDER BY rowid`,
  );
  const mentions = db.prepare<[string], { name: string; kind: EntityKind; aliases: string; roles: string }>(
    `SELECT name, kind, aliases, roles FROM mentions WHERE doc_id = ? ORDER BY id`,
  );
  const events = db.prepare<
    [string],
    { id: number; date: string; dateStart: string; dateEnd: string; text: string; actors: string }
  >(
    `SELECT id, date, date_start AS dateStart, date_end AS dateEnd, text, actors FROM events WHERE doc_id = ? ORDER BY id`,
  );
  const quotes = db.prepare<[string], { id: number; speaker: string; role: string | null; text: string }>(
    `SELECT id, speaker, role, text FROM quotes WHERE doc_id = ? ORDER BY id`,
  );
  const assessments = db.prepare<
    [string],
    { id: number; phrase: string; band: ProbabilityBand; actor: string | null; text: string }
  >(`SELECT id, phrase, band, actor, text FROM assessments WHERE doc_id = ? ORDER BY id`);
  const setEvent = db.prepare(`UPDATE events SET cluster = ? WHERE id = ?`);
  const setQuote = db.prepare(`UPDATE quotes SET cluster = ? WHERE id = ?`);
  const setAssessment = db.prepare(`UPDATE assessments SET cluster = ? WHERE id = ?`);
  for (const doc of docs.all()) {
    writer.noteMentions(
      doc.id,
      doc.published,
      mentions.all(doc.id).map((m) => ({
        name: m.name,
        kind: m.kind,
        aliases: JSON.parse(m.aliases) as string[],
        roles: JSON.parse(m.roles) as string[],
      })),
    );
    for (const e of events.all(doc.id))
      setEvent.run(writer.eventCluster(doc.id, { ...e, actors: JSON.parse(e.actors) as string[] }), e.id);
    for (const q of quotes.all(doc.id)) setQuote.run(writer.quoteCluster(doc.id, q), q.id);
    for (const a of assessments.all(doc.id)) setAssessment.run(writer.assessmentCluster(doc.id, a), a.id);
  }
}

/**
 * Migration 6: a period without a topic answered from indexes in timeline order. An event whose date is
 * no range ('2021', '2021-03', '2021-03-04') lies within the year its date begins with, so the events
 * overlapping a period are those whose date string falls from the period's first year to its last, read
 * in order from `event_clusters_span` (which also holds the bounds, so counting reads no table row), and
 * the ranges that begin earlier, few, from `event_clusters_ranges`.
 */
export const EVENT_PERIOD_MIGRATION = `
  CREATE INDEX event_clusters_span ON event_clusters(date, date_start, date_end);
  CREATE INDEX event_clusters_ranges ON event_clusters(date_end, date_start, date) WHERE instr(date, '/') > 0;
  DROP INDEX event_clusters_start;
`;

// ─── Writing ────────────────────────────────────────────────────────────────────────────────────────

export interface MergedWriter {
  /** Counts one document's mentions into the entity rows (call once per document). */
  noteMentions(docId: string, published: string | null, mentions: readonly Mention[]): void;
  /** The cluster the event joins (or starts); call before inserting the event row with it. */
  eventCluster(
    docId: string,
    e: Pick<DatedEvent, 'date' | 'text' | 'actors'> & { dateStart: string; dateEnd: string },
  ): number;
  quoteCluster(docId: string, q: Pick<Quote, 'speaker' | 'role' | 'text'>): number;
  assessmentCluster(docId: string, a: Pick<Assessment, 'phrase' | 'band' | 'actor' | 'text'>): number;
  /**
   * Drops what the writer remembers of recent clusters. Call it after a rolled-back write and when
   * another connection may have written (`PRAGMA data_version` changed).
   */
  forget(): void;
}

const storedWords = (s: string) => wordBag(s === '' ? [] : s.split(' '));

export function createMergedWriter(db: Db): MergedWriter {
  const stmt = {
    entity: db.prepare<[string, string], { id: number; aliases: string; roles: string }>(
      `SELECT id, aliases, roles FROM entities WHERE name = ? AND kind = ?`,
    ),
    insertEntity: db.prepare(
      `INSERT INTO entities (name, kind, aliases, roles, docs, authored, first_seen, last_seen)
       VALUES (@name, @kind, @aliases, @roles, 1, @authored, @published, @published)`,
    ),
    updateEntity: db.prepare(
      `UPDATE entities SET aliases = @aliases, roles = @roles, docs = docs + 1, authored = authored + @authored,
         first_seen = CASE WHEN first_seen IS NULL OR @published < first_seen THEN coalesce(@published, first_seen) ELSE first_seen END,
         last_seen = CASE WHEN last_seen IS NULL OR @published > last_seen THEN coalesce(@published, last_seen) ELSE last_seen END
       WHERE id = @id`,
    ),
    insertKey: db.prepare(`INSERT OR IGNORE INTO entity_keys (key, entity) VALUES (?, ?)`),

    eventCandidates: db.prepare<
      [string, number],
      { id: number; length: number; words: string; actors: string }
    >(
      `SELECT id, length(text) AS length, words, actors FROM event_clusters WHERE date = ? ORDER BY id DESC LIMIT ?`,
    ),
    insertEvent: db.prepare(
      `INSERT INTO event_clusters (date, date_start, date_end, text, words, actors, docs)
       VALUES (@date, @dateStart, @dateEnd, @text, @words, @actors, 1)`,
    ),
    updateEvent: db.prepare(
      // A null text or words keeps the cluster's own: only a longer wording replaces it.
      `UPDATE event_clusters SET text = coalesce(@text, text), words = coalesce(@words, words), actors = @actors,
         docs = docs + @newDoc WHERE id = @id`,
    ),
    eventHasDoc: db.prepare(`SELECT 1 FROM events WHERE cluster = ? AND doc_id = ? LIMIT 1`).pluck(),
    insertEventActor: db.prepare(
      `INSERT OR IGNORE INTO event_actors (actor, date, cluster) VALUES (?, ?, ?)`,
    ),
    insertEventText: db.prepare(`INSERT INTO event_text (rowid, text) VALUES (?, ?)`),
    updateEventText: db.prepare(`UPDATE event_text SET text = ? WHERE rowid = ?`),

    quoteCandidates: db.prepare<
      [string, number],
      { id: number; length: number; words: string; role: string | null }
    >(
      `SELECT id, length(text) AS length, words, role FROM quote_clusters WHERE speaker = ? ORDER BY id DESC LIMIT ?`,
    ),
    insertQuote: db.prepare(
      `INSERT INTO quote_clusters (speaker, role, text, words, docs) VALUES (@speaker, @role, @text, @words, 1)`,
    ),
    updateQuote: db.prepare(
      `UPDATE quote_clusters SET text = coalesce(@text, text), words = coalesce(@words, words), role = @role,
         docs = docs + @newDoc WHERE id = @id`,
    ),
    quoteHasDoc: db.prepare(`SELECT 1 FROM quotes WHERE cluster = ? AND doc_id = ? LIMIT 1`).pluck(),
    insertQuoteText: db.prepare(`INSERT INTO quote_text (rowid, text) VALUES (?, ?)`),
    updateQuoteText: db.prepare(`UPDATE quote_text SET text = ? WHERE rowid = ?`),

    assessmentCandidates: db.prepare<[string, string | null, number], { id: number; words: string }>(
      `SELECT id, words FROM assessment_clusters WHERE phrase = ? AND actor IS ? ORDER BY id DESC LIMIT ?`,
    ),
    insertAssessment: db.prepare(
      `INSERT INTO assessment_clusters (phrase, band, actor, text, words, docs)
       VALUES (@phrase, @band, @actor, @text, @words, 1)`,
    ),
    addAssessmentDoc: db.prepare(`UPDATE assessment_clusters SET docs = docs + 1 WHERE id = ?`),
    assessmentHasDoc: db
      .prepare(`SELECT 1 FROM assessments WHERE cluster = ? AND doc_id = ? LIMIT 1`)
      .pluck(),
  };

  const recent = {
    events: new RecentClusters((date) =>
      stmt.eventCandidates.all(date, CANDIDATES).map((c) => ({
        id: c.id,
        date,
        length: c.length,
        words: storedWords(c.words),
        actors: jsonColumn('event_clusters', c.id, 'actors', c.actors, isStrings),
      })),
    ),
    quotes: new RecentClusters((speaker) =>
      stmt.quoteCandidates.all(speaker, CANDIDATES).map((c) => ({
        id: c.id,
        speaker,
        length: c.length,
        words: storedWords(c.words),
        role: c.role,
      })),
    ),
    assessments: new RecentClusters((key) => {
      const [phrase, actor] = JSON.parse(key) as [string, string | null];
      return stmt.assessmentCandidates
        .all(phrase, actor, CANDIDATES)
        .map((c) => ({ id: c.id, phrase, actor, words: storedWords(c.words) }));
    }),
  };

  const addKeys = (entity: number, names: readonly string[]) => {
    for (const n of names) {
      const key = nameKey(n);
      if (key) stmt.insertKey.run(key, entity);
    }
  };

  return {
    noteMentions(_docId, published, mentions) {
      for (const m of mentions) {
        const authored = m.roles.includes('author') ? 1 : 0;
        const row = stmt.entity.get(m.name, m.kind);
        const aliases = row ? jsonColumn('entities', row.id, 'aliases', row.aliases, isStrings) : [];
        const roles = row ? jsonColumn('entities', row.id, 'roles', row.roles, isCounts) : {};
        const fresh = m.aliases.filter((a) => !aliases.includes(a));
        for (const a of fresh) if (aliases.length < MAX_ALIASES) aliases.push(a);
        for (const r of new Set(m.roles)) roles[r] = (roles[r] ?? 0) + 1;
        const values = {
          name: m.name,
          kind: m.kind,
          aliases: JSON.stringify(aliases),
          roles: JSON.stringify(roles),
          authored,
          published,
        };
        if (row) {
          stmt.updateEntity.run({ ...values, id: row.id });
          addKeys(row.id, fresh);
        } else {
          const id = Number(stmt.insertEntity.run(values).lastInsertRowid);
          addKeys(id, [m.name, ...m.aliases]);
        }
      }
    },

    eventCluster(docId, e) {
      const words = mergeWords(e.text);
      const shape = { date: e.date, words, actors: e.actors };
      for (const c of recent.events.of(e.date)) {
        if (!sameEvent(shape, c)) continue;
        const longer = e.text.length > c.length;
        const added = e.actors.filter((a) => !c.actors.includes(a));
        if (longer) Object.assign(c, { length: e.text.length, words });
        c.actors = [...c.actors, ...added];
        stmt.updateEvent.run({
          id: c.id,
          text: longer ? e.text : null,
          words: longer ? words.words.join(' ') : null,
          actors: JSON.stringify(c.actors),
          newDoc: stmt.eventHasDoc.get(c.id, docId) ? 0 : 1,
        });
        if (longer) stmt.updateEventText.run(e.text, c.id);
        for (const a of added) stmt.insertEventActor.run(a, e.date, c.id);
        return c.id;
      }
      const id = Number(
        stmt.insertEvent.run({
          date: e.date,
          dateStart: e.dateStart,
          dateEnd: e.dateEnd,
          text: e.text,
          words: words.words.join(' '),
          actors: JSON.stringify(e.actors),
        }).lastInsertRowid,
      );
      stmt.insertEventText.run(id, e.text);
      for (const a of new Set(e.actors)) stmt.insertEventActor.run(a, e.date, id);
      recent.events.started(e.date, {
        id,
        date: e.date,
        length: e.text.length,
        words,
        actors: [...e.actors],
      });
      return id;
    },

    quoteCluster(docId, q) {
      const shape = { speaker: q.speaker, words: mergeWords(q.text) };
      for (const c of recent.quotes.of(q.speaker)) {
        if (!sameQuote(shape, c)) continue;
        const longer = q.text.length > c.length;
        if (longer) Object.assign(c, { length: q.text.length, words: shape.words });
        c.role ??= q.role;
        stmt.updateQuote.run({
          id: c.id,
          text: longer ? q.text : null,
          words: longer ? shape.words.words.join(' ') : null,
          role: c.role,
          newDoc: stmt.quoteHasDoc.get(c.id, docId) ? 0 : 1,
        });
        if (longer) stmt.updateQuoteText.run(q.text, c.id);
        return c.id;
      }
      const id = Number(
        stmt.insertQuote.run({
          speaker: q.speaker,
          role: q.role,
          text: q.text,
          words: shape.words.words.join(' '),
        }).lastInsertRowid,
      );
      stmt.insertQuoteText.run(id, q.text);
      recent.quotes.started(q.speaker, { id, ...shape, length: q.text.length, role: q.role });
      return id;
    },

    assessmentCluster(docId, a) {
      const shape = { phrase: a.phrase, actor: a.actor, words: mergeWords(a.text) };
      const key = assessmentKey(a.phrase, a.actor);
      for (const c of recent.assessments.of(key)) {
        if (!sameAssessment(shape, c)) continue;
        if (!stmt.assessmentHasDoc.get(c.id, docId)) stmt.addAssessmentDoc.run(c.id);
        return c.id;
      }
      const id = Number(
        stmt.insertAssessment.run({
          ...shape,
          band: a.band,
          text: a.text,
          words: shape.words.words.join(' '),
        }).lastInsertRowid,
      );
      recent.assessments.started(key, { id, ...shape });
      return id;
    },

    forget() {
      for (const cache of Object.values(recent)) cache.clear();
    },
  };
}

const assessmentKey = (phrase: string, actor: string | null) => JSON.stringify([phrase, actor]);

/**
 * The CANDIDATES most recent clusters of each key (a date, a speaker, a phrase and actor), newest first,
 * with their merge words counted: what a new row is compared with, kept between documents so that most
 * rows are compared without reading or parsing anything. Holds at most MAX_CACHED clusters (the keys used
 * least recently are dropped first) and is only right while this connection is the sole writer and no
 * write was rolled back: the store calls `forget` when either may have happened.
 */
class RecentClusters<T extends { id: number }> {
  private readonly byKey = new Map<string, T[]>();
  private held = 0;
  constructor(private readonly read: (key: string) => T[]) {}

  of(key: string): T[] {
    const cached = this.byKey.get(key);
    // Re-inserting moves the key to the end of the Map's order: the front holds the least recently used.
    if (cached) this.byKey.delete(key);
    const list = cached ?? this.read(key);
    this.byKey.set(key, list);
    if (!cached) this.held += list.length;
    for (const [oldest, dropped] of this.byKey) {
      if (this.held <= MAX_CACHED || oldest === key) break;
      this.byKey.delete(oldest);
      this.held -= dropped.length;
    }
    return list;
  }

  /** A cluster just inserted under `key`; call after `of(key)`, which loaded the key's list. */
  started(key: string, cluster: T): void {
    const list = this.byKey.get(key);
    if (!list) return;
    list.unshift(cluster);
    if (list.length > CANDIDATES) list.pop();
    else this.held++;
  }

  clear(): void {
    this.byKey.clear();
    this.held = 0;
  }
}

// ─── Reading ────────────────────────────────────────────────────────────────────────────────────────

/**
 * The FTS5 query requiring every topic word (in any of its forms) of `words`, planned as /search plans its
 * words, with the typed words it searched as close ones instead; null when nothing searchable is left.
 */
export type TopicMatch = (words: readonly string[]) => { expression: string; corrected: Correction[] } | null;

/** The page, saying which topic words it matched as their corrections (when any were). */
function withCorrections<T>(page: ClusterPage<T>, topic: { corrected: Correction[] } | null): ClusterPage<T> {
  return topic && topic.corrected.length > 0 ? { ...page, corrected: topic.corrected } : page;
}

/**
 * Reading one matching event cluster (and sorting it into place) costs about as much as walking this many
 * entries of the timeline index: 3.5 µs against 0.1 µs, measured at 2.3M clusters.
 */
const MATCH_READ_COST_IN_WALKED = 35;

/**
 * Whether finding `wanted` of a topic's `matches` in timeline order reads less by walking the timeline
 * index and keeping the matches (about wanted × clusters / matches entries passed) than by reading every
 * match and sorting. A common word's first page comes from a short walk; a rare word's from its few rows.
 */
export function walkReadsLess(matches: number, clusters: number, wanted: number): boolean {
  return wanted * clusters < matches * matches * MATCH_READ_COST_IN_WALKED;
}

/** The store's reads of merged rows, implemented here and spread into the store (sqlite-store.ts). */
export type MergedReader = Pick<
  Store,
  | 'entitiesByKey'
  | 'entitiesWithKeyPrefix'
  | 'entity'
  | 'entitiesAfter'
  | 'documentsMentioning'
  | 'eventClusters'
  | 'quoteClusters'
  | 'assessmentClusters'
>;

interface EntityDbRow {
  id: number;
  name: string;
  kind: EntityKind;
  aliases: string;
  roles: string;
  docs: number;
  authored: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

const ENTITY_COLUMNS = `e.id, e.name, e.kind, e.aliases, e.roles, e.docs, e.authored,
  e.first_seen AS firstSeen, e.last_seen AS lastSeen`;

/** A JSON column parsed and checked, or an error naming the table, row and column. */
function jsonColumn<T>(
  table: string,
  id: number,
  column: string,
  text: string,
  valid: (v: unknown) => v is T,
): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (!valid(value))
    throw new Error(`Corrupt data in table "${table}", row ${id}: column ${column} is not valid`);
  return value;
}
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isCounts = (v: unknown): v is Record<string, number> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((x) => typeof x === 'number');

function toEntity(r: EntityDbRow): EntityRecord & { id: number } {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    aliases: jsonColumn('entities', r.id, 'aliases', r.aliases, isStrings),
    roles: jsonColumn('entities', r.id, 'roles', r.roles, isCounts),
    documents: r.docs,
    authored: r.authored,
    firstSeen: r.firstSeen,
    lastSeen: r.lastSeen,
  };
}

export function createMergedReader(db: Db, topicMatch: TopicMatch): MergedReader {
  const docsOf = (table: 'events' | 'quotes' | 'assessments') =>
    db
      .prepare<[number, number], string>(
        `SELECT doc_id FROM ${table} WHERE cluster = ? GROUP BY doc_id ORDER BY min(id) LIMIT ?`,
      )
      .pluck();
  const stmt = {
    byKey: db.prepare<[string], EntityDbRow>(
      `SELECT ${ENTITY_COLUMNS} FROM entity_keys k JOIN entities e ON e.id = k.entity WHERE k.key = ? ORDER BY e.id`,
    ),
    byKeyPrefix: db.prepare<[string, string, number], EntityDbRow>(
      `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id IN (
         SELECT entity FROM entity_keys WHERE key >= ? AND key < ? LIMIT 500)
       ORDER BY e.docs DESC, e.name LIMIT ?`,
    ),
    top: db.prepare<[number], EntityDbRow>(
      `SELECT ${ENTITY_COLUMNS} FROM entities e ORDER BY e.docs DESC, e.name LIMIT ?`,
    ),
    entity: db.prepare<[string, string], EntityDbRow>(
      `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.name = ? AND e.kind = ?`,
    ),
    after: db.prepare<[number, number], EntityDbRow>(
      `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id > ? ORDER BY e.id LIMIT ?`,
    ),
    mentioning: db
      .prepare<[string, number], string>(
        `SELECT doc_id FROM mentions WHERE name = ? ORDER BY id DESC LIMIT ?`,
      )
      .pluck(),
    eventDocs: docsOf('events'),
    quoteDocs: docsOf('quotes'),
    assessmentDocs: docsOf('assessments'),
  };

  type EventDbRow = { id: number; date: string; text: string; actors: string; docs: number };
  const toEvent = (r: EventDbRow): MergedEvent => ({
    date: r.date,
    text: r.text,
    actors: jsonColumn('event_clusters', r.id, 'actors', r.actors, isStrings),
    docIds: stmt.eventDocs.all(r.id, CITED_PER_ROW),
    sourceCount: r.docs,
  });
  const EVENT_COLUMNS = 'c.id, c.date, c.text, c.actors, c.docs';
  const RANGE = 'c.date_start <= @to AND c.date_end >= @from';
  // Timeline order, as event_clusters_span holds it (the bounds follow from the date, so this is date, id).
  const TIMELINE_ORDER = 'c.date, c.date_start, c.date_end, c.id';
  /** A page of event clusters and their count, from one condition; the count may read fewer tables. */
  const eventPart = (from: string, where: string, order: string, countFrom = from) => ({
    rows: db.prepare<object, EventDbRow>(
      `SELECT ${EVENT_COLUMNS} FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    ),
    count: db.prepare<object, number>(`SELECT count(*) FROM ${countFrom} WHERE ${where}`).pluck(),
  });
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
  const eventQueries = {
    // For each kind of period query: the early ranges, and the years checked against the period's bounds.
    // The timeline index holds the bounds, so checking them there costs nothing; an actor's keys do not,
    // so its whole years (inside the period by their dates alone) are read from the keys alone.
    period: {
      all: {
        early: eventPart(EARLY.from, EARLY.where, TIMELINE_ORDER),
        checked: eventPart(YEARS.from, YEARS.where, TIMELINE_ORDER),
      },
      // The early ranges of every event, each looked up in the actor's keys: fewer than the actor's own.
      actor: {
        early: eventPart(EARLY.from, `${EARLY.where} AND ${ACTS}`, TIMELINE_ORDER),
        checked: eventPart(BY_ACTOR, `${ACTOR_YEARS} AND ${RANGE}`, 'a.date, a.cluster'),
        whole: eventPart(BY_ACTOR, ACTOR_YEARS, 'a.date, a.cluster', 'event_actors a'),
      },
      // A topic's many matches: the period walked in timeline order, keeping the matches.
      matching: {
        early: eventPart(EARLY.from, `${EARLY.where} AND ${MATCHED}`, TIMELINE_ORDER),
        checked: eventPart(YEARS.from, `${YEARS.where} AND ${MATCHED}`, TIMELINE_ORDER),
      },
    },
    // No period, one actor: counted from the actor's index entries alone (joining each cluster to test an
    // open period cost 41 ms for an actor in 14,000 clusters at 30k documents).
    actorEverything: {
      rows: db.prepare<object, EventDbRow>(
        `SELECT ${EVENT_COLUMNS} FROM ${BY_ACTOR} WHERE a.actor = @actor
         ORDER BY a.date, a.cluster LIMIT @limit OFFSET @offset`,
      ),
      count: db.prepare<[string], number>(`SELECT count(*) FROM event_actors WHERE actor = ?`).pluck(),
    },
    // No period: SQLite counts a whole table from its smallest index without testing every row.
    everything: {
      rows: db.prepare<object, EventDbRow>(
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
        'event_text t JOIN event_clusters c ON c.id = t.rowid',
        `event_text MATCH @match AND ${RANGE}`,
        TIMELINE_ORDER,
      ),
    },
  };

  type EventPart = ReturnType<typeof eventPart>;
  type PeriodParts = { early: EventPart; checked: EventPart; whole?: EventPart };
  type Period = { from: string; to: string; actor?: string; match?: string };
  /** One stretch of a period's timeline: its rows from an offset, and its count, read at most once. */
  type Segment = { rows(limit: number, offset: number): EventDbRow[]; count(): number };
  const segment = (part: EventPart, bound: object): Segment => {
    let counted: number | undefined;
    return {
      rows: (limit, offset) => part.rows.all({ ...bound, limit, offset }),
      count: () => (counted ??= part.count.get(bound) ?? 0),
    };
  };
  /**
   * A period's segments in timeline order: ranges begun in earlier years, then the period's years. Where
   * whole years read cheaper unchecked, a year the period starts or ends within is its own segment.
   */
  const segmentsOf = (parts: PeriodParts, period: Period): Segment[] => {
    const first = Number(period.from.slice(0, 4));
    const last = Number(period.to.slice(0, 4));
    // A year as its dates' prefix; past every date string after 9999, which a year 10000 would not sort.
    const year = (y: number) => (y > 9999 ? '\uffff' : String(y).padStart(4, '0'));
    // An open start has no earlier years: its years take every date string, even an open range
    // ('../2021') that sorts before '0000'.
    const openStart = period.from === OPEN_START;
    const years = (lo: number, hi: number, part: EventPart) =>
      segment(part, { ...period, lo: lo === first && openStart ? '' : year(lo), hi: year(hi + 1) });
    const early = openStart ? [] : [segment(parts.early, { ...period, firstYear: year(first) })];
    const startsWithin = period.from !== `${year(first)}-01-01`;
    const endsWithin = period.to !== `${year(last)}-12-31`;
    const { whole } = parts;
    if (!whole) return [...early, years(first, last, parts.checked)];
    if (first === last)
      return [...early, years(first, last, startsWithin || endsWithin ? parts.checked : whole)];
    const inner = { lo: startsWithin ? first + 1 : first, hi: endsWithin ? last - 1 : last };
    return [
      ...early,
      ...(startsWithin ? [years(first, first, parts.checked)] : []),
      ...(inner.lo <= inner.hi ? [years(inner.lo, inner.hi, whole)] : []),
      ...(endsWithin ? [years(last, last, parts.checked)] : []),
    ];
  };
  /** A page across segments, counting only the segments it skips whole. */
  const pageOf = (segments: Segment[], limit: number, offset: number) => {
    const rows: EventDbRow[] = [];
    let skip = offset;
    for (const s of segments) {
      if (rows.length === limit) break;
      const got = s.rows(limit - rows.length, skip);
      rows.push(...got);
      skip = got.length > 0 ? 0 : Math.max(0, skip - s.count());
    }
    return rows.map(toEvent);
  };
  const countOf = (segments: Segment[]) => segments.reduce((n, s) => n + s.count(), 0);
  const inPeriod = (parts: PeriodParts, period: Period, limit: number, offset: number) => {
    const segments = segmentsOf(parts, period);
    return { rows: pageOf(segments, limit, offset), total: countOf(segments) };
  };

  /** The event clusters whose wording matches, in timeline order, each part read whichever way reads less. */
  const withWords = (period: Period & { match: string }, open: boolean, limit: number, offset: number) => {
    const q = eventQueries.words;
    const matches = q.matches.get(period.match) ?? 0;
    if (matches === 0) return { rows: [], total: 0 };
    const clusters = q.clusters.get() ?? 0;
    const walk = (wanted: number) => walkReadsLess(matches, clusters, wanted);
    const segments = segmentsOf(eventQueries.period.matching, period);
    return {
      rows: walk(offset + limit)
        ? pageOf(segments, limit, offset)
        : q.each.rows.all({ ...period, limit, offset }).map(toEvent),
      // Counting a period wants every match in it.
      total: open ? matches : walk(matches) ? countOf(segments) : (q.each.count.get(period) ?? 0),
    };
  };

  type QuoteDbRow = { id: number; speaker: string; role: string | null; text: string; docs: number };
  const toQuote = (r: QuoteDbRow): MergedQuote => ({
    speaker: r.speaker,
    role: r.role,
    text: r.text,
    docIds: stmt.quoteDocs.all(r.id, CITED_PER_ROW),
    sourceCount: r.docs,
  });
  const SPEAKER_MATCH = `quote_text MATCH @match AND +t.rowid IN (SELECT id FROM quote_clusters WHERE speaker = @speaker)`;
  const quoteQueries = {
    speaker: {
      rows: db.prepare<object, QuoteDbRow>(
        `SELECT id, speaker, role, text, docs FROM quote_clusters WHERE speaker = @speaker ORDER BY id LIMIT @limit OFFSET @offset`,
      ),
      count: db
        .prepare<object, number>(`SELECT count(*) FROM quote_clusters WHERE speaker = @speaker`)
        .pluck(),
    },
    // The speaker's cluster ids as a list the FTS5 matches are checked against: joining each match to its
    // cluster row instead read every quote holding a common word. The `+` keeps SQLite from handing the
    // list to FTS5, which would run the match once per id.
    words: {
      rows: db.prepare<object, QuoteDbRow>(
        `SELECT c.id, c.speaker, c.role, c.text, c.docs FROM quote_clusters c
         WHERE c.id IN (SELECT t.rowid FROM quote_text t WHERE ${SPEAKER_MATCH} ORDER BY t.rowid LIMIT @limit OFFSET @offset)
         ORDER BY c.id`,
      ),
      count: db.prepare<object, number>(`SELECT count(*) FROM quote_text t WHERE ${SPEAKER_MATCH}`).pluck(),
    },
  };

  type AssessmentDbRow = {
    id: number;
    phrase: string;
    band: string;
    actor: string | null;
    text: string;
    docs: number;
  };
  /** One page of event clusters: an actor's, a topic's (`match`), or all; within the period. */
  const events = (
    { actor, range, limit, offset = 0 }: Parameters<MergedReader['eventClusters']>[0],
    match: string | null,
  ): ClusterPage<MergedEvent> => {
    const { from, to } = periodBounds(range);
    const open = from === OPEN_START && to === OPEN_END;
    if (actor !== undefined && open) {
      const q = eventQueries.actorEverything;
      return { rows: q.rows.all({ actor, limit, offset }).map(toEvent), total: q.count.get(actor) ?? 0 };
    }
    if (actor === undefined && !match && open) {
      const q = eventQueries.everything;
      return { rows: q.rows.all({ limit, offset }).map(toEvent), total: q.count.get() ?? 0 };
    }
    if (actor !== undefined) return inPeriod(eventQueries.period.actor, { from, to, actor }, limit, offset);
    if (!match) return inPeriod(eventQueries.period.all, { from, to }, limit, offset);
    return withWords({ from, to, match }, open, limit, offset);
  };
  const assessmentQueries = {
    rows: db.prepare<object, AssessmentDbRow>(
      `SELECT id, phrase, band, actor, text, docs FROM assessment_clusters WHERE actor = @actor ORDER BY id LIMIT @limit OFFSET @offset`,
    ),
    count: db
      .prepare<object, number>(`SELECT count(*) FROM assessment_clusters WHERE actor = @actor`)
      .pluck(),
  };

  return {
    entitiesByKey: (key) => stmt.byKey.all(key).map(toEntity),
    entitiesWithKeyPrefix: (prefix, limit) =>
      (prefix === '' ? stmt.top.all(limit) : stmt.byKeyPrefix.all(prefix, `${prefix}\u{10ffff}`, limit)).map(
        toEntity,
      ),
    entity(name, kind) {
      const r = stmt.entity.get(name, kind);
      return r ? toEntity(r) : undefined;
    },
    entitiesAfter: (afterId, limit = -1) => stmt.after.all(afterId, limit).map(toEntity),
    documentsMentioning(name, limit) {
      // A document names an entity once per kind at most, so twice the rows cover the duplicates.
      return [...new Set(stmt.mentioning.all(name, limit * 2))].slice(0, limit);
    },
    eventClusters(q) {
      const topic = q.words ? topicMatch(q.words) : null;
      if (q.words && !topic) return { rows: [], total: 0 };
      return withCorrections(events(q, topic?.expression ?? null), topic);
    },
    quoteClusters({ speaker, words, limit, offset = 0 }) {
      const topic = words && words.length > 0 ? topicMatch(words) : null;
      if (words && words.length > 0 && !topic) return { rows: [], total: 0 };
      const match = topic?.expression;
      const [q, counted] = match
        ? [quoteQueries.words, { speaker, match }]
        : [quoteQueries.speaker, { speaker }];
      return withCorrections(
        { rows: q.rows.all({ ...counted, limit, offset }).map(toQuote), total: q.count.get(counted) ?? 0 },
        topic,
      );
    },
    assessmentClusters({ actor, limit, offset = 0 }) {
      const params = { actor, limit, offset };
      return {
        rows: assessmentQueries.rows.all(params).map((r) => ({
          phrase: r.phrase,
          band: r.band,
          actor: r.actor,
          text: r.text,
          docIds: stmt.assessmentDocs.all(r.id, CITED_PER_ROW),
          sourceCount: r.docs,
        })),
        total: assessmentQueries.count.get({ actor }) ?? 0,
      };
    },
  };
}
