// Schema versions: the ordered list of migrations and the code that brings a file up to date at open. The
// tables themselves are in schema.ts and sources-schema.ts.
import type { AssessmentBand, Document, EntityKind } from '../../core/model.js';
import type { Db } from './database.js';
import { IMPORTED_NAMES_MIGRATION, IMPORTED_NAMES_VERSION_MIGRATION } from './imported-names.js';
import { KNOWLEDGE_MIGRATION } from './knowledge-schema.js';
import { createMergedWriter } from './merged-writer.js';
import { createPassageWriter } from './passage-writer.js';
import {
  BODY_HASH_MIGRATION,
  DOCUMENT_ORDER_MIGRATION,
  EVENT_PERIOD_MIGRATION,
  FURNITURE_LINES_MIGRATION,
  INITIAL_SCHEMA,
  MERGED_SCHEMA,
  PASSAGES_MIGRATION,
  WORD_FAMILIES_MIGRATION,
} from './schema.js';
import {
  CLAIM_OWNER_MIGRATION,
  MESSAGE_ID_MIGRATION,
  SOURCE_MARKINGS_MIGRATION,
  SOURCES_MIGRATION,
} from './sources-schema.js';
import { fillWordFamilies } from './word-families.js';

/**
 * Schema migrations, oldest first. Migration N brings `PRAGMA user_version` from N-1 to N; to change the
 * schema append one entry here and never edit an entry that has shipped. An entry is SQL, or a function
 * when existing rows must be transformed by code; both run inside the migration's transaction.
 */
const MIGRATIONS: readonly (string | ((db: Db) => void))[] = [
  // 1: the initial schema.
  INITIAL_SCHEMA,
  // 2: sources, seen items, follows, the outbox and the audit log (issue 6).
  SOURCES_MIGRATION,
  // 3: entities and merged events, quotes and assessments, maintained at ingest (issue 7).
  migrateToMerged,
  // 4: passages in FTS5, written with their document, replacing the in-memory index (issue 7).
  migrateToPassages,
  // 5: /sources pages and "reports since" read through indexes instead of sorting every document.
  DOCUMENT_ORDER_MIGRATION,
  // 6: /timeline over a period without a topic reads events in order from an index (issue 7).
  EVENT_PERIOD_MIGRATION,
  // 7: a document is its text at its address; the text's hash finds copies at other addresses (ADR 8).
  BODY_HASH_MIGRATION,
  // 8: a claimed delivery names the run that claimed it (ADR 9).
  CLAIM_OWNER_MIGRATION,
  // 9: word families, so a topic word finds its other forms (issue 13).
  (db) => {
    db.exec(WORD_FAMILIES_MIGRATION);
    fillWordFamilies(db);
  },
  // 10: the field's knowledge: the current snapshot and the catalogues it was built from (issue 15).
  KNOWLEDGE_MIGRATION,
  // 11: a delivery names the platform's message that carried it (issue 18).
  MESSAGE_ID_MIGRATION,
  // 12: the lines each host's pages carried, so a site's furniture is known on its next page (issue 16).
  FURNITURE_LINES_MIGRATION,
  // 13: sources carry a TLP marking and a TAXII cursor; TAXII collections and STIX bundles (issue 17).
  SOURCE_MARKINGS_MIGRATION,
  // 14: names of actors, malware and tools from STIX sources, for the knowledge overlay (issue 17).
  IMPORTED_NAMES_MIGRATION,
  // 15: a counter every keep of imported names raises, their version token for other processes (issue 18).
  IMPORTED_NAMES_VERSION_MIGRATION,
];

/** The schema version this code writes; a file with a higher `user_version` was written by a newer Sitrep. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the file's schema to `upTo` (the current version unless given): tests pass an older version to
 * make a file as an earlier Sitrep left it.
 */
export function migrate(db: Db, upTo = MIGRATIONS.length): void {
  // Immediate: two processes opening the same file at once take turns, and the second sees the
  // version the first wrote instead of running the migrations again.
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > MIGRATIONS.length) {
      throw new Error(
        `the schema version is ${current} but this Sitrep knows only up to ${MIGRATIONS.length}; it was written by a newer version`,
      );
    }
    for (let v = current; v < upTo; v++) {
      const step = MIGRATIONS[v] ?? '';
      if (typeof step === 'string') db.exec(step);
      else step(db);
      // user_version lives in the database header and is part of this transaction.
      db.pragma(`user_version = ${v + 1}`);
    }
  }).immediate();
}

/** Documents read per step while migrating: a page at a time, since a connection cannot write while it iterates. */
const MIGRATION_PAGE = 500;

/** Migration 4: the passages of every stored document, written page by page. */
function migrateToPassages(db: Db): void {
  db.exec(PASSAGES_MIGRATION);
  // Word families come with migration 9, filled from the vocabulary this writes.
  const writer = createPassageWriter(db, { families: false });
  const page = db.prepare<[number, number], Document & { rowid: number }>(
    `SELECT rowid, id, title, publisher, author, published, url, origin, body FROM documents
     WHERE rowid > ? ORDER BY rowid LIMIT ?`,
  );
  for (let after = 0; ; ) {
    const docs = page.all(after, MIGRATION_PAGE);
    for (const doc of docs) writer.add(doc);
    const last = docs.at(-1);
    if (!last || docs.length < MIGRATION_PAGE) break;
    after = last.rowid;
  }
}

/**
 * Migration 3: creates the merged tables and fills them from the rows already stored, document by
 * document in the order they were stored, exactly as ingest would have.
 */
function migrateToMerged(db: Db): void {
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
    { id: number; phrase: string; band: AssessmentBand; actor: string | null; text: string }
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
