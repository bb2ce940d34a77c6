// The corpus tables as each migration (migrations.ts) creates them: documents and their extracted rows,
// the merged rows kept up to date at ingest (ADR 7), passages in FTS5 (ADR 6) and word families (ADR 11).
// The sources' tables are in sources-schema.ts. SQL here has shipped: never edit it, add a migration.

/** Migration 1: documents and, per document, the rows extracted from it; app state in `meta`. */
export const INITIAL_SCHEMA = `
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
`;

/**
 * Migration 3: one row per entity, and one cluster per event, quote and assessment that several
 * documents report, with a `cluster` column on each document's row (filled by `migrateToMerged`).
 */
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
 * Migration 4: passage search. `passages` holds every passage with
 * its document's title (matched no more: a passage is found for its own words, see `inText`); tokenizing
 * folds case and accents like highlight.ts `foldTerm`. `passages_vocab` lists each term with the number
 * of passages holding it: the typo check and the lexicon read it. No `prefix=` index: at 20k documents
 * it made the file 27% larger and saved ~1 ms of a 4-letter prefix query that spends ~15 ms ranking.
 */
export const PASSAGES_MIGRATION = `
  CREATE VIRTUAL TABLE passages USING fts5(
    title, text, doc_id UNINDEXED, paragraph UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE VIRTUAL TABLE passages_vocab USING fts5vocab(passages, row);
`;

/** Migration 5: /sources pages and "reports since" read through indexes instead of sorting every document. */
export const DOCUMENT_ORDER_MIGRATION = `
  CREATE INDEX documents_order ON documents(published_start IS NULL, published_start DESC, ingested_at DESC, id);
  CREATE INDEX documents_ingested ON documents(ingested_at);
`;

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

/**
 * Migration 7: a document is its text at its address; the text's hash finds copies at other addresses
 * (ADR 8). Every id written before this version is exactly that hash (identity.ts), so it is copied, not
 * computed.
 */
export const BODY_HASH_MIGRATION = `
  ALTER TABLE documents ADD COLUMN body_hash TEXT;
  UPDATE documents SET body_hash = id;
  CREATE INDEX documents_body_hash ON documents(body_hash);
`;

/**
 * Migration 9: word families (filled by `fillWordFamilies`). Written with the passages, in
 * their document's transaction; a change to the stemmer needs a migration that empties and fills it again.
 */
export const WORD_FAMILIES_MIGRATION = `
  CREATE TABLE passage_words (
    family TEXT NOT NULL,
    word TEXT NOT NULL,
    PRIMARY KEY (family, word)
  ) WITHOUT ROWID;
`;

/**
 * Migration 12: per host, how many stored documents carried each line (its key, recurring-lines.ts), so a
 * site's menus and footers are known as furniture on its next page. Read by host for the lines at or above
 * a count, hence the index.
 */
export const FURNITURE_LINES_MIGRATION = `
  CREATE TABLE furniture_lines (
    host TEXT NOT NULL,
    line TEXT NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (host, line)
  ) WITHOUT ROWID;
  CREATE INDEX furniture_lines_count ON furniture_lines(host, documents);
`;
