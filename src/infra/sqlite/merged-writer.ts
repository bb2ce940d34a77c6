// What the corpus says, merged as it is stored: one row per entity (entity-writer.ts) and one cluster per
// event, quote and assessment that several documents report. Commands read these with indexes and LIMIT,
// so an answer costs the same at 1,000 documents and at 1,000,000 (see docs/benchmark.md).
//
// The merge rules are core's (`sameEvent`, `sameQuote`, `sameAssessment` in src/core/merge.ts); this file
// only decides which earlier rows a new row is compared with: the most recent clusters with the same date,
// speaker or phrase. Outlets report the same event within days of each other, so its twin is recent; an
// event re-reported after more than CANDIDATES other clusters on the same date starts a cluster of its own.
import { mergeWords, sameAssessment, sameEvent, sameQuote } from '../../core/merge.js';
import type { Assessment, DatedEvent, Mention, Quote } from '../../core/model.js';
import type { WordBag } from '../../core/text/normalise.js';
import {
  type AssessmentCandidate,
  assessmentKey,
  type EventCandidate,
  joinEvent as joinCandidate,
  joinQuote,
  type QuoteCandidate,
  storedWords,
} from '../store/merge-steps.js';
import { CANDIDATES, RecentClusters } from '../store/recent-clusters.js';
import { eventCandidateRow, readRow } from '../store/rows.js';
import type { Db } from './database.js';
import { createEntityWriter } from './entity-writer.js';

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

function prepareEventWrites(db: Db) {
  const candidates = db.prepare<[string, number], unknown>(
    `SELECT id, length(text) AS length, words, actors FROM event_clusters WHERE date = ? ORDER BY id DESC LIMIT ?`,
  );
  return {
    recent: new RecentClusters<EventCandidate>((date) =>
      candidates.all(date, CANDIDATES).map((row) => {
        const c = readRow(eventCandidateRow, 'event_clusters', row);
        return { id: c.id, date, length: c.length, words: storedWords(c.words), actors: c.actors };
      }),
    ),
    insert: db.prepare(
      `INSERT INTO event_clusters (date, date_start, date_end, text, words, actors, docs)
       VALUES (@date, @dateStart, @dateEnd, @text, @words, @actors, 1)`,
    ),
    update: db.prepare(
      // A null text or words keeps the cluster's own: only a longer wording replaces it.
      `UPDATE event_clusters SET text = coalesce(@text, text), words = coalesce(@words, words), actors = @actors,
         docs = docs + @newDoc WHERE id = @id`,
    ),
    hasDoc: db.prepare(`SELECT 1 FROM events WHERE cluster = ? AND doc_id = ? LIMIT 1`).pluck(),
    insertActor: db.prepare(`INSERT OR IGNORE INTO event_actors (actor, date, cluster) VALUES (?, ?, ?)`),
    insertText: db.prepare(`INSERT INTO event_text (rowid, text) VALUES (?, ?)`),
    updateText: db.prepare(`UPDATE event_text SET text = ? WHERE rowid = ?`),
  };
}

function prepareQuoteWrites(db: Db) {
  const candidates = db.prepare<
    [string, number],
    { id: number; length: number; words: string; role: string | null }
  >(
    `SELECT id, length(text) AS length, words, role FROM quote_clusters WHERE speaker = ? ORDER BY id DESC LIMIT ?`,
  );
  return {
    recent: new RecentClusters((speaker) =>
      candidates.all(speaker, CANDIDATES).map(
        (c): QuoteCandidate => ({
          id: c.id,
          speaker,
          length: c.length,
          words: storedWords(c.words),
          role: c.role,
        }),
      ),
    ),
    insert: db.prepare(
      `INSERT INTO quote_clusters (speaker, role, text, words, docs) VALUES (@speaker, @role, @text, @words, 1)`,
    ),
    update: db.prepare(
      `UPDATE quote_clusters SET text = coalesce(@text, text), words = coalesce(@words, words), role = @role,
         docs = docs + @newDoc WHERE id = @id`,
    ),
    hasDoc: db.prepare(`SELECT 1 FROM quotes WHERE cluster = ? AND doc_id = ? LIMIT 1`).pluck(),
    insertText: db.prepare(`INSERT INTO quote_text (rowid, text) VALUES (?, ?)`),
    updateText: db.prepare(`UPDATE quote_text SET text = ? WHERE rowid = ?`),
  };
}

function prepareAssessmentWrites(db: Db) {
  const candidates = db.prepare<[string, string | null, number], { id: number; words: string }>(
    `SELECT id, words FROM assessment_clusters WHERE phrase = ? AND actor IS ? ORDER BY id DESC LIMIT ?`,
  );
  return {
    recent: new RecentClusters((key) => {
      const [phrase, actor] = JSON.parse(key) as [string, string | null];
      return candidates
        .all(phrase, actor, CANDIDATES)
        .map((c): AssessmentCandidate => ({ id: c.id, phrase, actor, words: storedWords(c.words) }));
    }),
    insert: db.prepare(
      `INSERT INTO assessment_clusters (phrase, band, actor, text, words, docs)
       VALUES (@phrase, @band, @actor, @text, @words, 1)`,
    ),
    addDoc: db.prepare(`UPDATE assessment_clusters SET docs = docs + 1 WHERE id = ?`),
    hasDoc: db.prepare(`SELECT 1 FROM assessments WHERE cluster = ? AND doc_id = ? LIMIT 1`).pluck(),
  };
}

type EventWrites = ReturnType<typeof prepareEventWrites>;
type QuoteWrites = ReturnType<typeof prepareQuoteWrites>;
type AssessmentWrites = ReturnType<typeof prepareAssessmentWrites>;
type ClusteredEvent = Parameters<MergedWriter['eventCluster']>[1];

/** A cluster reported again: the longer wording stands for it, new actors join it. */
function joinEvent(
  s: EventWrites,
  docId: string,
  c: EventCandidate,
  e: ClusteredEvent,
  words: WordBag,
): void {
  const { longer, added } = joinCandidate(c, e, words);
  s.update.run({
    id: c.id,
    text: longer ? e.text : null,
    words: longer ? words.words.join(' ') : null,
    actors: JSON.stringify(c.actors),
    newDoc: s.hasDoc.get(c.id, docId) ? 0 : 1,
  });
  if (longer) s.updateText.run(e.text, c.id);
  for (const a of added) s.insertActor.run(a, e.date, c.id);
}

function eventCluster(s: EventWrites, docId: string, e: ClusteredEvent): number {
  const words = mergeWords(e.text);
  const shape = { date: e.date, words, actors: e.actors };
  const twin = s.recent.of(e.date).find((c) => sameEvent(shape, c));
  if (twin) {
    joinEvent(s, docId, twin, e, words);
    return twin.id;
  }
  const { date, dateStart, dateEnd, text } = e;
  const actors = JSON.stringify(e.actors);
  const id = Number(
    s.insert.run({ date, dateStart, dateEnd, text, words: words.words.join(' '), actors }).lastInsertRowid,
  );
  s.insertText.run(id, e.text);
  for (const a of new Set(e.actors)) s.insertActor.run(a, e.date, id);
  s.recent.started(e.date, { id, date: e.date, length: e.text.length, words, actors: [...e.actors] });
  return id;
}

function quoteCluster(s: QuoteWrites, docId: string, q: Pick<Quote, 'speaker' | 'role' | 'text'>): number {
  const shape = { speaker: q.speaker, words: mergeWords(q.text) };
  const c = s.recent.of(q.speaker).find((c) => sameQuote(shape, c));
  if (c) {
    const longer = joinQuote(c, q, shape.words);
    s.update.run({
      id: c.id,
      text: longer ? q.text : null,
      words: longer ? shape.words.words.join(' ') : null,
      role: c.role,
      newDoc: s.hasDoc.get(c.id, docId) ? 0 : 1,
    });
    if (longer) s.updateText.run(q.text, c.id);
    return c.id;
  }
  const { speaker, role, text } = q;
  const id = Number(
    s.insert.run({ speaker, role, text, words: shape.words.words.join(' ') }).lastInsertRowid,
  );
  s.insertText.run(id, q.text);
  s.recent.started(q.speaker, { id, ...shape, length: q.text.length, role: q.role });
  return id;
}

function assessmentCluster(
  s: AssessmentWrites,
  docId: string,
  a: Pick<Assessment, 'phrase' | 'band' | 'actor' | 'text'>,
): number {
  const shape = { phrase: a.phrase, actor: a.actor, words: mergeWords(a.text) };
  const key = assessmentKey(a.phrase, a.actor);
  const c = s.recent.of(key).find((c) => sameAssessment(shape, c));
  if (c) {
    if (!s.hasDoc.get(c.id, docId)) s.addDoc.run(c.id);
    return c.id;
  }
  const words = shape.words.words.join(' ');
  const id = Number(s.insert.run({ ...shape, band: a.band, text: a.text, words }).lastInsertRowid);
  s.recent.started(key, { id, ...shape });
  return id;
}

export function createMergedWriter(db: Db): MergedWriter {
  const noteMentions = createEntityWriter(db);
  const events = prepareEventWrites(db);
  const quotes = prepareQuoteWrites(db);
  const assessments = prepareAssessmentWrites(db);
  return {
    noteMentions: (_docId, published, mentions) => noteMentions(published, mentions),
    eventCluster: (docId, e) => eventCluster(events, docId, e),
    quoteCluster: (docId, q) => quoteCluster(quotes, docId, q),
    assessmentCluster: (docId, a) => assessmentCluster(assessments, docId, a),
    forget() {
      for (const s of [events, quotes, assessments]) s.recent.clear();
    },
  };
}
