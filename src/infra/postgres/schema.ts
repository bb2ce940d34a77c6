// The PostgreSQL tables, as migration 1 creates them: the same tables and columns as SQLite's schema at its
// version 9 (documents and their rows, merged rows, passages, sources, follows, outbox, audit), so that
// every row check and column list of ../store/ serves both. Where the engines differ (ADR 14):
// - Every text column that is sorted or compared by order is COLLATE "C", so it sorts by code point as
//   SQLite's BINARY does, whatever the database's locale ("../2021" before "2020", "Zeta" before "alpha").
// - Passages and cluster wording carry a `tsvector` built by the store from core's folded words
//   (tsvector.ts), with a GIN index; `passage_terms` counts each word's passages and keys its family,
//   what FTS5's vocabulary table and `passage_words` gave SQLite.
// - Ids are `integer`; a document's `seq` is the order it was stored in (SQLite's rowid).
// - Timestamps stay ISO 8601 text, compared as strings, as in SQLite.
// SQL here has shipped once released: never edit it, add a migration.

/** Migration 1: the corpus. */
export const CORPUS_SCHEMA = `
  CREATE TABLE documents (
    id text COLLATE "C" PRIMARY KEY,
    seq integer GENERATED ALWAYS AS IDENTITY UNIQUE,
    url text COLLATE "C" UNIQUE,
    title text,
    publisher text,
    author text,
    published text,
    published_start text COLLATE "C",
    origin text NOT NULL,
    body text NOT NULL,
    body_hash text COLLATE "C" NOT NULL,
    ingested_at text COLLATE "C" NOT NULL
  );
  CREATE INDEX documents_order ON documents ((published_start IS NULL), published_start DESC, ingested_at DESC, id);
  CREATE INDEX documents_ingested ON documents (ingested_at);
  CREATE INDEX documents_body_hash ON documents (body_hash);

  CREATE TABLE mentions (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_id text COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name text COLLATE "C" NOT NULL,
    kind text NOT NULL,
    aliases text NOT NULL,
    roles text NOT NULL
  );
  CREATE INDEX mentions_name ON mentions (name, id);
  CREATE INDEX mentions_doc ON mentions (doc_id);

  CREATE TABLE entities (
    id integer PRIMARY KEY,
    name text COLLATE "C" NOT NULL,
    kind text NOT NULL,
    aliases text NOT NULL,
    roles text NOT NULL,
    docs integer NOT NULL,
    authored integer NOT NULL,
    first_seen text COLLATE "C",
    last_seen text COLLATE "C",
    UNIQUE (name, kind)
  );
  CREATE SEQUENCE entities_id_seq OWNED BY entities.id;
  CREATE INDEX entities_documented ON entities (docs DESC, name);
  CREATE TABLE entity_keys (
    key text COLLATE "C" NOT NULL,
    entity integer NOT NULL REFERENCES entities(id),
    PRIMARY KEY (key, entity)
  );

  CREATE TABLE event_clusters (
    id integer PRIMARY KEY,
    date text COLLATE "C" NOT NULL,
    date_start text COLLATE "C" NOT NULL,
    date_end text COLLATE "C" NOT NULL,
    text text NOT NULL,
    words text NOT NULL,
    actors text NOT NULL,
    docs integer NOT NULL,
    tsv tsvector NOT NULL
  );
  CREATE SEQUENCE event_clusters_id_seq OWNED BY event_clusters.id;
  CREATE INDEX event_clusters_date ON event_clusters (date, id);
  CREATE INDEX event_clusters_span ON event_clusters (date, date_start, date_end, id);
  CREATE INDEX event_clusters_ranges ON event_clusters (date_end, date_start, date) WHERE strpos(date, '/') > 0;
  CREATE INDEX event_clusters_text ON event_clusters USING gin (tsv);
  CREATE TABLE event_actors (
    actor text COLLATE "C" NOT NULL,
    date text COLLATE "C" NOT NULL,
    cluster integer NOT NULL REFERENCES event_clusters(id),
    PRIMARY KEY (actor, date, cluster)
  );
  CREATE TABLE events (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_id text COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    date text COLLATE "C" NOT NULL,
    date_start text COLLATE "C" NOT NULL,
    date_end text COLLATE "C" NOT NULL,
    text text NOT NULL,
    date_phrase text NOT NULL,
    actors text NOT NULL,
    paragraph integer NOT NULL,
    cluster integer NOT NULL REFERENCES event_clusters(id)
  );
  CREATE INDEX events_date ON events (date_start, date_end);
  CREATE INDEX events_doc ON events (doc_id);
  CREATE INDEX events_cluster ON events (cluster, doc_id);

  CREATE TABLE quote_clusters (
    id integer PRIMARY KEY,
    speaker text COLLATE "C" NOT NULL,
    role text,
    text text NOT NULL,
    words text NOT NULL,
    docs integer NOT NULL,
    tsv tsvector NOT NULL
  );
  CREATE SEQUENCE quote_clusters_id_seq OWNED BY quote_clusters.id;
  CREATE INDEX quote_clusters_speaker ON quote_clusters (speaker, id);
  CREATE INDEX quote_clusters_text ON quote_clusters USING gin (tsv);
  CREATE TABLE quotes (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_id text COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    speaker text COLLATE "C" NOT NULL,
    speaker_kind text COLLATE "C" NOT NULL,
    role text,
    text text NOT NULL,
    paragraph integer NOT NULL,
    cluster integer NOT NULL REFERENCES quote_clusters(id)
  );
  CREATE INDEX quotes_speaker ON quotes (speaker, speaker_kind);
  CREATE INDEX quotes_doc ON quotes (doc_id);
  CREATE INDEX quotes_cluster ON quotes (cluster, doc_id);

  CREATE TABLE assessment_clusters (
    id integer PRIMARY KEY,
    phrase text COLLATE "C" NOT NULL,
    band text NOT NULL,
    actor text COLLATE "C",
    text text NOT NULL,
    words text NOT NULL,
    docs integer NOT NULL
  );
  CREATE SEQUENCE assessment_clusters_id_seq OWNED BY assessment_clusters.id;
  CREATE INDEX assessment_clusters_key ON assessment_clusters (phrase, actor, id);
  CREATE INDEX assessment_clusters_actor ON assessment_clusters (actor, id);
  CREATE TABLE assessments (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_id text COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    phrase text NOT NULL,
    band text NOT NULL,
    text text NOT NULL,
    actor text COLLATE "C",
    paragraph integer NOT NULL,
    cluster integer NOT NULL REFERENCES assessment_clusters(id)
  );
  CREATE INDEX assessments_actor ON assessments (actor);
  CREATE INDEX assessments_doc ON assessments (doc_id);
  CREATE INDEX assessments_cluster ON assessments (cluster, doc_id);

  CREATE TABLE passages (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_id text COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    paragraph integer NOT NULL,
    title text,
    text text NOT NULL,
    tsv tsvector NOT NULL
  );
  CREATE INDEX passages_text ON passages USING gin (tsv);
  CREATE TABLE passage_terms (
    term text COLLATE "C" PRIMARY KEY,
    family text COLLATE "C",
    passages integer NOT NULL
  );
  CREATE INDEX passage_terms_family ON passage_terms (family, term) WHERE family IS NOT NULL;

  CREATE TABLE meta (
    key text PRIMARY KEY,
    value text NOT NULL
  );
`;

/** Migration 1: sources, seen items, follows, the outbox and the audit log. */
export const SOURCES_SCHEMA = `
  CREATE TABLE sources (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url text NOT NULL UNIQUE,
    name text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('rss', 'atom', 'json', 'page')),
    every text NOT NULL,
    paused smallint NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    paused_reason text,
    added_by text NOT NULL,
    added_at text NOT NULL,
    last_fetch_at text,
    last_error text,
    consecutive_failures integer NOT NULL DEFAULT 0,
    next_run_at text,
    etag text,
    last_modified text,
    item_count integer NOT NULL DEFAULT 0
  );
  CREATE TABLE seen_items (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id integer NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    guid text,
    link text,
    content_hash text NOT NULL,
    document_id text COLLATE "C",
    seen_at text NOT NULL,
    UNIQUE (source_id, guid),
    UNIQUE (source_id, link),
    UNIQUE (source_id, content_hash)
  );
  CREATE INDEX seen_items_document ON seen_items (document_id);
  CREATE TABLE follows (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform text NOT NULL CHECK (platform IN ('terminal', 'slack', 'discord')),
    channel text NOT NULL,
    query text NOT NULL,
    schedule text NOT NULL,
    created_by text NOT NULL,
    created_at text NOT NULL
  );
  CREATE INDEX follows_channel ON follows (platform, channel);
  -- One row per (follow, document), claimed with FOR UPDATE SKIP LOCKED by one replica at a time.
  CREATE TABLE outbox (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    follow_id integer NOT NULL REFERENCES follows(id) ON DELETE CASCADE,
    document_id text COLLATE "C" NOT NULL REFERENCES documents(id),
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at text COLLATE "C" NOT NULL,
    last_error text,
    created_at text NOT NULL,
    sent_at text COLLATE "C",
    claimed_by text,
    UNIQUE (follow_id, document_id)
  );
  CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
  CREATE INDEX outbox_claimed_by ON outbox (claimed_by) WHERE claimed_by IS NOT NULL;
  CREATE TABLE audit_log (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at text NOT NULL,
    who text NOT NULL,
    action text NOT NULL,
    detail text NOT NULL
  );
`;

/** Migration 2: a delivery names the platform's message that carried it (issue 18). */
export const MESSAGE_ID_MIGRATION = `
  ALTER TABLE outbox ADD COLUMN message_id text;
`;

/**
 * Migration 6: merged rows read from their keys with bounded work at any size.
 * - An actor's keys carry their cluster's bounds, so an actor's events over a period are found and counted
 *   from its keys alone (an index-only scan), the clusters joined for a page's rows alone. Joining an
 *   actor's clusters to test their bounds read up to 42,000 of them at 100,000 documents (1 s). A
 *   cluster's bounds follow from its date and never change. A replica of an earlier release, still
 *   writing during a rolling upgrade, inserts keys without bounds: a trigger fills them in.
 * - A cluster's rows are indexed in the order they were stored, so its first reporters are read from its
 *   first rows, where grouping all its rows by document cost 60-70 ms for an assessment 3,679 documents
 *   repeat.
 * - Mentions are indexed with what /who reads of them (the latest documents naming an entity, the names
 *   in those documents), so both come from the index alone: /who's p99 at 100,000 documents with the
 *   server's buffers empty, 40-43 -> 26-28 ms.
 * - The database keeps the number of event clusters (`meta` row `event_clusters`, triggers on the table,
 *   so any writer's rows count): /timeline without a topic or period counted 255,000 clusters for each
 *   page at 100,000 documents (15-25 ms; SQLite counts a table from its smallest index in 2).
 */
export const CLUSTER_READS_MIGRATION = `
  ALTER TABLE event_actors ADD COLUMN date_start text COLLATE "C", ADD COLUMN date_end text COLLATE "C";
  UPDATE event_actors a SET date_start = c.date_start, date_end = c.date_end
    FROM event_clusters c WHERE c.id = a.cluster;
  ALTER TABLE event_actors ALTER COLUMN date_start SET NOT NULL, ALTER COLUMN date_end SET NOT NULL;
  ALTER TABLE event_actors DROP CONSTRAINT event_actors_pkey;
  ALTER TABLE event_actors ADD PRIMARY KEY (actor, date, cluster) INCLUDE (date_start, date_end);
  CREATE FUNCTION event_actor_bounds() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    SELECT c.date_start, c.date_end INTO NEW.date_start, NEW.date_end FROM event_clusters c WHERE c.id = NEW.cluster;
    RETURN NEW;
  END $$;
  CREATE TRIGGER event_actor_bounds BEFORE INSERT ON event_actors FOR EACH ROW
    WHEN (NEW.date_start IS NULL OR NEW.date_end IS NULL) EXECUTE FUNCTION event_actor_bounds();
  DROP INDEX events_cluster;
  CREATE INDEX events_cluster ON events (cluster, id) INCLUDE (doc_id);
  DROP INDEX quotes_cluster;
  CREATE INDEX quotes_cluster ON quotes (cluster, id) INCLUDE (doc_id);
  DROP INDEX assessments_cluster;
  CREATE INDEX assessments_cluster ON assessments (cluster, id) INCLUDE (doc_id);
  DROP INDEX mentions_name;
  CREATE INDEX mentions_name ON mentions (name, id) INCLUDE (doc_id);
  DROP INDEX mentions_doc;
  CREATE INDEX mentions_doc ON mentions (doc_id) INCLUDE (name, kind);
  INSERT INTO meta (key, value) SELECT 'event_clusters', count(*)::text FROM event_clusters
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
  CREATE FUNCTION count_event_clusters() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      UPDATE meta SET value = (value::bigint + (SELECT count(*) FROM added))::text WHERE key = 'event_clusters';
    ELSE
      UPDATE meta SET value = (value::bigint - (SELECT count(*) FROM removed))::text WHERE key = 'event_clusters';
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER event_clusters_added AFTER INSERT ON event_clusters REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION count_event_clusters();
  CREATE TRIGGER event_clusters_removed AFTER DELETE ON event_clusters REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION count_event_clusters();
`;

/**
 * Migration 3: a source carries a TLP marking and, for a TAXII collection, the cursor of its polls; TAXII
 * collections and STIX bundles join the kinds (issue 17), as SQLite's 13 does.
 */
export const SOURCE_MARKINGS_MIGRATION = `
  ALTER TABLE sources DROP CONSTRAINT sources_kind_check;
  ALTER TABLE sources ADD CONSTRAINT sources_kind_check
    CHECK (kind IN ('rss', 'atom', 'json', 'page', 'taxii', 'stix'));
  ALTER TABLE sources ADD COLUMN tlp text NOT NULL DEFAULT 'clear'
    CHECK (tlp IN ('clear', 'green', 'amber', 'amber+strict', 'red'));
  -- A TAXII collection's cursor (JSON): where its next poll starts.
  ALTER TABLE sources ADD COLUMN poll_cursor text;
`;
