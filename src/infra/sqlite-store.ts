// The corpus on disk: one SQLite file (better-sqlite3), schema owned and migrated by the app.
import Database from 'better-sqlite3';
import { z } from 'zod';
import { textHash } from '../core/documents/identity.js';
import { createLexicon, type Lexicon } from '../core/lexicon.js';
import type { Document, EntityKind, Extraction, IsoDate, ProbabilityBand } from '../core/model.js';
import type { PassagePage } from '../core/passages.js';
import type {
  AddResult,
  AssessmentRow,
  BatchResult,
  DocumentHead,
  EventRow,
  MentionRow,
  QuoteRow,
  SourceStore,
  Store,
  StoredDocument,
} from '../core/ports.js';
import { correctionsOf, foldedWords, type QueryLexicon, toMatchExpression } from '../core/search-query.js';
import { dateBounds, OPEN_END, OPEN_START } from './sqlite-dates.js';
import {
  createMergedReader,
  createMergedWriter,
  EVENT_PERIOD_MIGRATION,
  migrateToMerged,
} from './sqlite-merged.js';
import {
  createPassageSearch,
  createPassageWriter,
  PASSAGES_MIGRATION,
  vocabularyPage,
} from './sqlite-passages.js';
import { fillWordFamilies, WORD_FAMILIES_MIGRATION } from './sqlite-word-families.js';

/** Vocabulary terms read per step when filling the lexicon (~10 ms each). */
const VOCABULARY_PAGE = 5_000;

import {
  checkDatabaseFile,
  checkSitrepSchema,
  createDatabaseFile,
  describeOpenError,
  StoreOpenError,
} from './sqlite-open.js';
import { CLAIM_OWNER_MIGRATION, createSqliteSourceStore, SOURCES_MIGRATION } from './sqlite-sources.js';

type Db = Database.Database;

/**
 * Schema migrations, oldest first. Migration N brings `PRAGMA user_version` from N-1 to N; to change the
 * schema append one entry here and never edit an entry that has shipped. An entry is SQL, or a function
 * when existing rows must be transformed by code; both run inside the migration's transaction.
 */
const MIGRATIONS: readonly (string | ((db: Db) => void))[] = [
  // 1: the initial schema.
  `
  CREATE TABLE documents (
    id TEXT PRIMARY KEY NOT NULL,
    url TEXT UNIQUE,
    title TEXT,
    publisher TEXT,
    author TEXT,
    published TEXT,
    -- Start of the publication date at day precision, so ordering by date is a plain string sort.
    published_start TEXT,
    origin TEXT NOT NULL,
    body TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    aliases TEXT NOT NULL,
    roles TEXT NOT NULL
  );
  CREATE INDEX mentions_name ON mentions(name);
  CREATE INDEX mentions_doc ON mentions(doc_id);
  CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    speaker TEXT NOT NULL,
    speaker_kind TEXT NOT NULL,
    role TEXT,
    text TEXT NOT NULL,
    paragraph INTEGER NOT NULL
  );
  CREATE INDEX quotes_speaker ON quotes(speaker);
  CREATE INDEX quotes_doc ON quotes(doc_id);
  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    -- First and last day the (possibly imprecise) date covers: range queries are overlap tests on these.
    date_start TEXT NOT NULL,
    date_end TEXT NOT NULL,
    text TEXT NOT NULL,
    date_phrase TEXT NOT NULL,
    actors TEXT NOT NULL,
    paragraph INTEGER NOT NULL
  );
  CREATE INDEX events_date ON events(date_start, date_end);
  CREATE INDEX events_doc ON events(doc_id);
  CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    phrase TEXT NOT NULL,
    band TEXT NOT NULL,
    text TEXT NOT NULL,
    actor TEXT,
    paragraph INTEGER NOT NULL
  );
  CREATE INDEX assessments_actor ON assessments(actor);
  CREATE INDEX assessments_doc ON assessments(doc_id);
  CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
  );
  `,
  // 2: sources, seen items, follows, the outbox and the audit log (issue 6).
  SOURCES_MIGRATION,
  // 3: entities and merged events, quotes and assessments, maintained at ingest (issue 7).
  migrateToMerged,
  // 4: passages in FTS5, written with their document, replacing the in-memory index (issue 7).
  migrateToPassages,
  // 5: /sources pages and "reports since" read through indexes instead of sorting every document.
  `
  CREATE INDEX documents_order ON documents(published_start IS NULL, published_start DESC, ingested_at DESC, id);
  CREATE INDEX documents_ingested ON documents(ingested_at);
  `,
  // 6: /timeline over a period without a topic reads events in order from an index (issue 7).
  EVENT_PERIOD_MIGRATION,
  // 7: a document is its text at its address; the text's hash finds copies at other addresses (ADR 8).
  // Every id written before this version is exactly that hash (identity.ts), so it is copied, not computed.
  `
  ALTER TABLE documents ADD COLUMN body_hash TEXT;
  UPDATE documents SET body_hash = id;
  CREATE INDEX documents_body_hash ON documents(body_hash);
  `,
  // 8: a claimed delivery names the run that claimed it (ADR 9).
  CLAIM_OWNER_MIGRATION,
  // 9: word families, so a topic word finds its other forms (issue 13).
  (db) => {
    db.exec(WORD_FAMILIES_MIGRATION);
    fillWordFamilies(db);
  },
];

/** Documents read per step while migrating: a page at a time, since a connection cannot write while it iterates. */
const MIGRATION_PAGE = 500;

function migrateToPassages(db: Db): void {
  db.exec(PASSAGES_MIGRATION);
  // Word families come with migration 7, filled from the vocabulary this writes.
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

/** The schema version this code writes; a file with a higher `user_version` was written by a newer Sitrep. */
export const SCHEMA_VERSION = MIGRATIONS.length;

// ─── Validation ─────────────────────────────────────────────────────────────────────────────────────

// Records keyed by the union force these lists to stay complete when model.ts gains a kind or band.
const KINDS: Record<EntityKind, true> = {
  person: true,
  organisation: true,
  threat_actor: true,
  country: true,
  other: true,
};
const BANDS: Record<ProbabilityBand, true> = {
  'remote chance': true,
  'highly unlikely': true,
  unlikely: true,
  'realistic possibility': true,
  likely: true,
  'highly likely': true,
  'almost certain': true,
};
const kindSchema = z.enum(Object.keys(KINDS) as [EntityKind, ...EntityKind[]]);
const bandSchema = z.enum(Object.keys(BANDS) as [ProbabilityBand, ...ProbabilityBand[]]);
const paragraphSchema = z.number().int().nonnegative();
const isoDateSchema = z.string().refine((s) => dateBounds(s) !== null, {
  message: 'not an ISO 8601 date or range (2021, 2023-12, 2024-03-25, 2021/2022)',
});

// Input: what addDocument accepts. Checked before writing, so a bad value never becomes a row that
// every later read would trip over.
const documentInput = z.object({
  id: z.string().min(1),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  published: isoDateSchema.nullable(),
  url: z.string().min(1).nullable(),
  origin: z.string(),
  body: z.string(),
});
const extractionInput = z.object({
  entities: z.array(
    z.object({
      name: z.string().min(1),
      kind: kindSchema,
      aliases: z.array(z.string()),
      roles: z.array(z.string()),
    }),
  ),
  quotes: z.array(
    z.object({
      speaker: z.string().min(1),
      speakerKind: kindSchema,
      role: z.string().nullable(),
      text: z.string(),
      paragraph: paragraphSchema,
    }),
  ),
  events: z.array(
    z.object({
      date: isoDateSchema,
      text: z.string(),
      datePhrase: z.string(),
      actors: z.array(z.string()),
      paragraph: paragraphSchema,
    }),
  ),
  assessments: z.array(
    z.object({
      phrase: z.string(),
      band: bandSchema,
      text: z.string(),
      actor: z.string().nullable(),
      paragraph: paragraphSchema,
    }),
  ),
});

const addInput = z.object({ doc: documentInput, extraction: extractionInput, ingestedAt: z.string().min(1) });

/** A TEXT column holding a JSON array of strings. */
const jsonStrings = z
  .string()
  .transform((s, ctx) => {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      ctx.issues.push({ code: 'custom', message: 'column is not valid JSON', input: s });
      return z.NEVER;
    }
  })
  .pipe(z.array(z.string()));

// Rows as read back. Every SELECT aliases its columns to these names; `rowId` identifies the row in errors.
const documentRow = z.object({
  id: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  origin: z.string(),
  body: z.string(),
  ingestedAt: z.string(),
});
const mentionRow = z.object({
  rowId: z.number(),
  docId: z.string(),
  name: z.string(),
  kind: kindSchema,
  aliases: jsonStrings,
  roles: jsonStrings,
});
const quoteRow = z.object({
  rowId: z.number(),
  docId: z.string(),
  speaker: z.string(),
  speakerKind: kindSchema,
  role: z.string().nullable(),
  text: z.string(),
  paragraph: paragraphSchema,
});
const eventRow = z.object({
  rowId: z.number(),
  docId: z.string(),
  date: z.string(),
  text: z.string(),
  datePhrase: z.string(),
  actors: jsonStrings,
  paragraph: paragraphSchema,
});
const assessmentRow = z.object({
  rowId: z.number(),
  docId: z.string(),
  phrase: z.string(),
  band: bandSchema,
  text: z.string(),
  actor: z.string().nullable(),
  paragraph: paragraphSchema,
});
const speakerRow = z.object({ name: z.string(), kind: kindSchema });
const aliasesRow = mentionRow.pick({ rowId: true, docId: true, name: true, aliases: true });
const headRow = documentRow.omit({ body: true }).extend({ snippet: z.string() });

/** Parses one row read from `table`; a row that does not fit is reported by table and row, never guessed. */
function readRow<S extends z.ZodType>(schema: S, table: string, row: unknown): z.output<S> {
  const result = schema.safeParse(row);
  if (result.success) return result.data;
  const r = (row ?? {}) as { rowId?: unknown; id?: unknown; docId?: unknown };
  const where =
    r.rowId !== undefined
      ? `row ${String(r.rowId)}${r.docId !== undefined ? ` (document ${String(r.docId)})` : ''}`
      : `row ${String(r.id)}`;
  throw new Error(`Corrupt data in table "${table}", ${where}:\n${z.prettifyError(result.error)}`);
}

const withoutRowId = <T extends { rowId: number }>({ rowId: _rowId, ...rest }: T): Omit<T, 'rowId'> => rest;

// ─── Opening ────────────────────────────────────────────────────────────────────────────────────────

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

function openDatabase(file: string): Db {
  let db: Db | undefined;
  try {
    const onDisk = file !== ':memory:' && file !== '';
    if (onDisk && !checkDatabaseFile(file)) createDatabaseFile(file, (fresh) => migrate(fresh));
    db = new Database(file);
    db.pragma('busy_timeout = 5000');
    if (onDisk) checkSitrepSchema(db);
    // WAL: readers (commands) never wait for the writer (ingest). An in-memory database stays 'memory'.
    db.pragma('journal_mode = WAL');
    // With WAL, NORMAL syncs at checkpoints rather than at every commit: a crash of the process loses
    // nothing committed, a power cut may lose the last commits but never corrupts the file.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (err) {
    db?.close();
    throw new StoreOpenError(`Cannot open the Sitrep database "${file}": ${describeOpenError(err, file)}.`, {
      cause: err,
    });
  }
}

// ─── The store ──────────────────────────────────────────────────────────────────────────────────────

const DOC_COLUMNS = `id, title, publisher, author, published, url, origin, body, ingested_at AS ingestedAt`;
// A citation shows the title, or the body's first words when there is none: 200 characters hold them.
const HEAD_COLUMNS = `id, title, publisher, author, published, url, origin, ingested_at AS ingestedAt,
  CASE WHEN title IS NULL THEN substr(body, 1, 200) ELSE '' END AS snippet`;
const MENTION_COLUMNS = `id AS rowId, doc_id AS docId, name, kind, aliases, roles`;
const QUOTE_COLUMNS = `id AS rowId, doc_id AS docId, speaker, speaker_kind AS speakerKind, role, text, paragraph`;
const EVENT_COLUMNS = `id AS rowId, doc_id AS docId, date, text, date_phrase AS datePhrase, actors, paragraph`;
const ASSESSMENT_COLUMNS = `id AS rowId, doc_id AS docId, phrase, band, text, actor, paragraph`;
// A list (names, document ids) is bound as one JSON array, so each query is prepared once whatever its length.
const IN_LIST = `(SELECT value FROM json_each(?))`;

/**
 * Opens (creating and migrating when needed) the SQLite store at `file`, or ':memory:'. The same connection
 * serves the corpus and the sources (one file, one transaction log).
 */
export function openSqliteStore(file: string): Store & SourceStore {
  const db = openDatabase(file);

  const stmt = {
    findDuplicate: db.prepare<[string, string | null], { id: string }>(
      `SELECT id FROM documents WHERE id = ? OR url = ? LIMIT 1`,
    ),
    findSameText: db.prepare<[string], { id: string }>(
      `SELECT id FROM documents WHERE body_hash = ? ORDER BY rowid LIMIT 1`,
    ),
    insertDocument: db.prepare(
      `INSERT INTO documents (id, url, title, publisher, author, published, published_start, origin, body, body_hash, ingested_at)
       VALUES (@id, @url, @title, @publisher, @author, @published, @publishedStart, @origin, @body, @bodyHash, @ingestedAt)`,
    ),
    insertMention: db.prepare(
      `INSERT INTO mentions (doc_id, name, kind, aliases, roles) VALUES (@docId, @name, @kind, @aliases, @roles)`,
    ),
    insertQuote: db.prepare(
      `INSERT INTO quotes (doc_id, speaker, speaker_kind, role, text, paragraph, cluster)
       VALUES (@docId, @speaker, @speakerKind, @role, @text, @paragraph, @cluster)`,
    ),
    insertEvent: db.prepare(
      `INSERT INTO events (doc_id, date, date_start, date_end, text, date_phrase, actors, paragraph, cluster)
       VALUES (@docId, @date, @dateStart, @dateEnd, @text, @datePhrase, @actors, @paragraph, @cluster)`,
    ),
    insertAssessment: db.prepare(
      `INSERT INTO assessments (doc_id, phrase, band, text, actor, paragraph, cluster)
       VALUES (@docId, @phrase, @band, @text, @actor, @paragraph, @cluster)`,
    ),
    getDocument: db.prepare<[string], unknown>(`SELECT ${DOC_COLUMNS} FROM documents WHERE id = ?`),
    documentHeads: db.prepare<[string], unknown>(
      `SELECT ${HEAD_COLUMNS} FROM documents WHERE id IN ${IN_LIST}`,
    ),
    listDocuments: db.prepare<{ since: string; limit: number; offset: number }, unknown>(
      `SELECT ${DOC_COLUMNS} FROM documents WHERE ingested_at >= @since
       ORDER BY published_start IS NULL, published_start DESC, ingested_at DESC, id LIMIT @limit OFFSET @offset`,
    ),
    documentCount: db.prepare<[], number>(`SELECT count(*) FROM documents`).pluck(),
    latestEntityId: db.prepare<[], number | null>(`SELECT max(id) FROM entities`).pluck(),
    // Each distinct alias list once: most documents repeat the same few, so this returns a few rows
    // even for an entity in 100,000 documents.
    aliasesElsewhere: db.prepare<[string, string], unknown>(
      `SELECT name, aliases, min(id) AS rowId, min(doc_id) AS docId FROM mentions
       WHERE name IN ${IN_LIST} AND doc_id NOT IN ${IN_LIST}
       GROUP BY name, aliases`,
    ),
    // Through the quote clusters (index quotes_cluster): what the document shares, not everything its
    // speakers ever said.
    sharingQuotes: db
      .prepare<[string, string, number], string>(
        `SELECT other.doc_id FROM quotes own JOIN quotes other ON other.cluster = own.cluster
       WHERE own.doc_id IN ${IN_LIST} AND other.doc_id NOT IN ${IN_LIST}
       GROUP BY other.doc_id ORDER BY count(DISTINCT other.cluster) DESC, min(other.id) LIMIT ?`,
      )
      .pluck(),
    sameText: db
      .prepare<[string, string, number], string>(
        `SELECT other.id FROM documents own JOIN documents other ON other.body_hash = own.body_hash
       WHERE own.id IN ${IN_LIST} AND other.id NOT IN ${IN_LIST}
       GROUP BY other.id ORDER BY min(other.rowid) LIMIT ?`,
      )
      .pluck(),
    speakers: db.prepare<[], unknown>(
      `SELECT DISTINCT speaker AS name, speaker_kind AS kind FROM quotes ORDER BY speaker, speaker_kind`,
    ),
    events: db.prepare<[{ from: string; to: string }], unknown>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE date_start <= @to AND date_end >= @from
       ORDER BY date_start, date, id`,
    ),
    allAssessments: db.prepare<[], unknown>(`SELECT ${ASSESSMENT_COLUMNS} FROM assessments ORDER BY id`),
    assessmentsOf: db.prepare<[string], unknown>(
      `SELECT ${ASSESSMENT_COLUMNS} FROM assessments WHERE actor IN ${IN_LIST} ORDER BY id`,
    ),
    mentionsOfDoc: db.prepare<[string], unknown>(
      `SELECT ${MENTION_COLUMNS} FROM mentions WHERE doc_id = ? ORDER BY id`,
    ),
    quotesOfDoc: db.prepare<[string], unknown>(
      `SELECT ${QUOTE_COLUMNS} FROM quotes WHERE doc_id = ? ORDER BY id`,
    ),
    eventsOfDoc: db.prepare<[string], unknown>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE doc_id = ? ORDER BY id`,
    ),
    assessmentsOfDoc: db.prepare<[string], unknown>(
      `SELECT ${ASSESSMENT_COLUMNS} FROM assessments WHERE doc_id = ? ORDER BY id`,
    ),
    getMeta: db.prepare<[string], string>(`SELECT value FROM meta WHERE key = ?`).pluck(),
    setMeta: db.prepare(
      `INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
    ),
  };

  const toDocument = (row: unknown): StoredDocument => readRow(documentRow, 'documents', row);
  const toMention = (row: unknown): MentionRow => withoutRowId(readRow(mentionRow, 'mentions', row));
  const toQuote = (row: unknown): QuoteRow => withoutRowId(readRow(quoteRow, 'quotes', row));
  const toEvent = (row: unknown): EventRow => withoutRowId(readRow(eventRow, 'events', row));
  const toAssessment = (row: unknown): AssessmentRow =>
    withoutRowId(readRow(assessmentRow, 'assessments', row));

  const merged = createMergedWriter(db);
  const passages = createPassageWriter(db);

  // Typo and prefix alternatives for /search: the FTS5 vocabulary in a lexicon, read page by page, either
  // in the background (`warmSearch`, after start) or all at once by the first query that needs it (about
  // 2 s at 100k documents); then kept up to date with the words of each document stored.
  const lexicon: Lexicon = createLexicon();
  let vocabularyRead: string | null = ''; // the last term read; null once the vocabulary is all in
  const readVocabularyPage = () => {
    if (vocabularyRead === null) return;
    const page = vocabularyPage(db, vocabularyRead, VOCABULARY_PAGE);
    lexicon.add(page.entries);
    vocabularyRead = page.last;
  };
  let warming = false;
  const ensureLexicon = (): Lexicon => {
    // While `warmSearch` fills it in the background, a query takes the part read so far: reading the rest
    // at once would stall every other command on this thread (~3 s at 100k documents).
    if (!warming) while (vocabularyRead !== null) readVocabularyPage();
    return lexicon;
  };
  const queryLexicon: QueryLexicon = {
    corrections: (word, limit) => ensureLexicon().corrections(word, limit),
    completions: (prefix, limit) => ensureLexicon().completions(prefix, limit),
  };
  const search = createPassageSearch(db, queryLexicon);
  // Topic words of /quote and /timeline are read as /search reads its words: forms, prefix, typos.
  const read = createMergedReader(db, (words) => {
    const plan = search.plan(words.join(' '));
    const expression = toMatchExpression(plan, 'AND');
    return expression === null ? null : { expression, corrected: correctionsOf(plan) };
  });
  const learnWords = (doc: Document) => {
    if (vocabularyRead === '') return; // not started: the document's words come with the vocabulary
    const words = new Set(foldedWords(`${doc.title ?? ''} ${doc.body}`));
    lexicon.add([...words].map((term) => ({ term, weight: lexicon.weight(term) + 1 })));
  };

  /** The stored document this one repeats: same id, same URL, or, without an address, the same text anywhere. */
  const findDuplicate = (doc: Pick<Document, 'id' | 'url' | 'body'>, bodyHash = textHash(doc.body)) => {
    const same = stmt.findDuplicate.get(doc.id, doc.url);
    if (same || doc.url !== null || doc.id !== bodyHash) return same;
    return stmt.findSameText.get(bodyHash);
  };

  /** One document's rows; run inside a write transaction (see `inTransaction`). */
  const insertRows = (doc: Document, extraction: Extraction, ingestedAt: string): AddResult => {
    const bodyHash = textHash(doc.body);
    // Checked inside the (immediate) transaction so a concurrent writer cannot slip the same report in.
    const existing = findDuplicate(doc, bodyHash);
    if (existing) return { added: false, id: existing.id, reason: 'duplicate' };
    stmt.insertDocument.run({
      bodyHash,
      id: doc.id,
      url: doc.url,
      title: doc.title,
      publisher: doc.publisher,
      author: doc.author,
      published: doc.published,
      origin: doc.origin,
      body: doc.body,
      publishedStart: doc.published === null ? null : (dateBounds(doc.published)?.start ?? null),
      ingestedAt,
    });
    passages.add(doc);
    const docId = doc.id;
    merged.noteMentions(docId, doc.published, extraction.entities);
    for (const m of extraction.entities) {
      stmt.insertMention.run({
        docId,
        name: m.name,
        kind: m.kind,
        aliases: JSON.stringify(m.aliases),
        roles: JSON.stringify(m.roles),
      });
    }
    for (const q of extraction.quotes) {
      stmt.insertQuote.run({
        docId,
        speaker: q.speaker,
        speakerKind: q.speakerKind,
        role: q.role,
        text: q.text,
        paragraph: q.paragraph,
        cluster: merged.quoteCluster(docId, q),
      });
    }
    for (const e of extraction.events) {
      const bounds = dateBounds(e.date);
      if (!bounds) throw new Error(`event date "${e.date}" is not an ISO 8601 date`); // validated above
      const cluster = merged.eventCluster(docId, { ...e, dateStart: bounds.start, dateEnd: bounds.end });
      stmt.insertEvent.run({
        docId,
        date: e.date,
        dateStart: bounds.start,
        dateEnd: bounds.end,
        text: e.text,
        datePhrase: e.datePhrase,
        actors: JSON.stringify(e.actors),
        paragraph: e.paragraph,
        cluster,
      });
    }
    for (const a of extraction.assessments) {
      stmt.insertAssessment.run({
        docId,
        phrase: a.phrase,
        band: a.band,
        text: a.text,
        actor: a.actor,
        paragraph: a.paragraph,
        cluster: merged.assessmentCluster(docId, a),
      });
    }
    return { added: true, id: docId };
  };
  /** `insertRows` in a savepoint: a failure rolls back this document's rows alone. */
  const insertRowsAlone = db.transaction(insertRows);

  /** The parsed copy: exactly the known fields, nothing a caller's wider object happened to carry. */
  const validated = (doc: Document, extraction: Extraction, ingestedAt: string) => {
    const input = addInput.safeParse({ doc, extraction, ingestedAt });
    if (!input.success) {
      throw new Error(`Cannot store document ${String(doc?.id)}:\n${z.prettifyError(input.error)}`);
    }
    return input.data;
  };

  // Every write of documents runs in one IMMEDIATE transaction here. The merge writer remembers recent
  // clusters, so it forgets them when another connection has committed since the last write (SQLite's
  // data_version) and when a write rolls back; the passage writer, the words it wrote, on a rollback.
  const rolledBack = () => {
    merged.forget();
    passages.forget();
  };
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  let lastDataVersion: unknown;
  const writeTransaction = db.transaction((write: () => unknown) => {
    const version = dataVersion.get();
    if (version !== lastDataVersion) merged.forget();
    lastDataVersion = version;
    return write();
  });
  const inTransaction = <T>(write: () => T): T => {
    try {
      return writeTransaction.immediate(write) as T;
    } catch (err) {
      rolledBack();
      throw err;
    }
  };
  /**
   * A batch of documents in one transaction. Each document is checked first (a bad one fails alone);
   * the rest are written straight, since a savepoint per document makes every FTS5 table flush a segment
   * per document (a quarter of the store step). Should a write still fail, the batch is rolled back and
   * written again with a savepoint per document, so that one rolls back alone and the others are kept.
   */
  const insertBatch = (items: readonly { doc: Document; extraction: Extraction }[], ingestedAt: string) => {
    type Checked = { input: ReturnType<typeof validated> } | { failed: BatchResult };
    const checked = items.map(({ doc, extraction }): Checked => {
      try {
        return { input: validated(doc, extraction, ingestedAt) };
      } catch (err) {
        return { failed: failure(doc, err) };
      }
    });
    const write = (insert: (input: ReturnType<typeof validated>) => BatchResult) =>
      checked.map((c) => ('failed' in c ? c.failed : insert(c.input)));
    try {
      return inTransaction(() => write((c) => insertRows(c.doc, c.extraction, c.ingestedAt)));
    } catch {
      return inTransaction(() =>
        write((c) => {
          try {
            return insertRowsAlone(c.doc, c.extraction, c.ingestedAt);
          } catch (err) {
            rolledBack();
            return failure(c.doc, err);
          }
        }),
      );
    }
  };
  const failure = (doc: Document | undefined, err: unknown): BatchResult => ({
    added: false,
    id: String(doc?.id),
    reason: 'failed',
    error: err instanceof Error ? err.message : String(err),
  });

  const store: Store = {
    addDocument(doc, extraction, ingestedAt) {
      const input = validated(doc, extraction, ingestedAt);
      const result = inTransaction(() => insertRows(input.doc, input.extraction, input.ingestedAt));
      if (result.added) learnWords(input.doc);
      return result;
    },

    addDocuments(items, ingestedAt) {
      if (items.length === 0) return [];
      const results = insertBatch(items, ingestedAt);
      results.forEach((r, i) => {
        const item = items[i];
        if (r.added && item) learnWords(item.doc);
      });
      return results;
    },

    searchPassages(query, page): PassagePage {
      return search.search(query, page);
    },

    async warmSearch() {
      warming = true;
      try {
        while (vocabularyRead !== null && db.open) {
          readVocabularyPage();
          // Let commands run between pages: this thread also answers the chat platforms.
          await new Promise((resolve) => setImmediate(resolve));
        }
      } finally {
        warming = false;
      }
    },

    hasDocument(doc) {
      return findDuplicate(doc) !== undefined;
    },

    getDocument(id) {
      const row = stmt.getDocument.get(id);
      return row === undefined ? undefined : toDocument(row);
    },

    listDocuments({ limit = -1, offset = 0, ingestedSince = '' } = {}) {
      return stmt.listDocuments.all({ since: ingestedSince, limit, offset }).map(toDocument);
    },

    documentCount() {
      return stmt.documentCount.get() ?? 0;
    },

    documentHeads(ids) {
      if (ids.length === 0) return [];
      const byId = new Map<string, DocumentHead>();
      for (const row of stmt.documentHeads.all(JSON.stringify(ids))) {
        const head = readRow(headRow, 'documents', row);
        byId.set(head.id, head);
      }
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    latestEntityId() {
      return stmt.latestEntityId.get() ?? 0;
    },

    ...read,

    aliasesElsewhere(names, excluding) {
      const out = new Map<string, string[]>();
      if (names.length === 0) return out;
      for (const row of stmt.aliasesElsewhere.all(JSON.stringify(names), JSON.stringify(excluding))) {
        const { name, aliases } = readRow(aliasesRow, 'mentions', row);
        const known = out.get(name) ?? [];
        for (const a of aliases) if (!known.includes(a)) known.push(a);
        out.set(name, known);
      }
      return out;
    },

    documentsSharingQuotes(docIds, limit) {
      if (docIds.length === 0) return [];
      const ids = JSON.stringify(docIds);
      return stmt.sharingQuotes.all(ids, ids, limit);
    },

    documentsWithSameText(docIds, limit) {
      if (docIds.length === 0) return [];
      const ids = JSON.stringify(docIds);
      return stmt.sameText.all(ids, ids, limit);
    },

    speakers() {
      return stmt.speakers.all().map((row) => readRow(speakerRow, 'quotes', row));
    },

    events(range = {}) {
      const bound = (date: IsoDate, side: 'from' | 'to') => {
        const b = dateBounds(date);
        if (!b) throw new Error(`events: "${side}" date "${date}" is not an ISO 8601 date or range`);
        // A 'from' of 2021 starts on 1 January; a 'to' of 2021 runs to 31 December.
        return side === 'from' ? b.start : b.end;
      };
      const from = range.from === undefined ? OPEN_START : bound(range.from, 'from');
      const to = range.to === undefined ? OPEN_END : bound(range.to, 'to');
      return stmt.events.all({ from, to }).map(toEvent);
    },

    assessments(actors) {
      if (actors === undefined) return stmt.allAssessments.all().map(toAssessment);
      if (actors.length === 0) return [];
      return stmt.assessmentsOf.all(JSON.stringify(actors)).map(toAssessment);
    },

    extractionOf(docId) {
      return {
        entities: stmt.mentionsOfDoc.all(docId).map((row) => {
          const { docId: _docId, ...mention } = toMention(row);
          return mention;
        }),
        quotes: stmt.quotesOfDoc.all(docId).map((row) => {
          const { docId: _docId, ...quote } = toQuote(row);
          return quote;
        }),
        events: stmt.eventsOfDoc.all(docId).map((row) => {
          const { docId: _docId, ...event } = toEvent(row);
          return event;
        }),
        assessments: stmt.assessmentsOfDoc.all(docId).map((row) => {
          const { docId: _docId, ...assessment } = toAssessment(row);
          return assessment;
        }),
      };
    },

    getMeta(key) {
      return stmt.getMeta.get(key);
    },

    setMeta(key, value) {
      stmt.setMeta.run(key, value);
    },

    close() {
      if (db.open) db.close();
    },
  };
  return Object.assign(store, createSqliteSourceStore(db));
}
