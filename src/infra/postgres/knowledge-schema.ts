// What the store keeps beside the corpus and the sources, as PostgreSQL migration 4 creates it: the field's
// knowledge (the snapshot and its catalogues, SQLite's migration 10), each host's recurring page lines
// (SQLite's 12) and the names kept from STIX sources (SQLite's 14), with the same columns, so one row check
// serves both engines. SQL here has shipped once released: never edit it, add a migration.

/** Migration 4: knowledge, furniture lines and imported names. */
export const KNOWLEDGE_SCHEMA = `
  -- At most one row: the snapshot commands read. Replaced whole, with its catalogues, in one transaction.
  CREATE TABLE knowledge_snapshot (
    id integer PRIMARY KEY CHECK (id = 1),
    built_at text NOT NULL,
    body text NOT NULL
  );
  CREATE TABLE knowledge_catalogues (
    id text COLLATE "C" PRIMARY KEY,
    scheme text NOT NULL,
    title text NOT NULL,
    publisher text NOT NULL,
    version text,
    date text,
    url text,
    licence text NOT NULL,
    records integer NOT NULL,
    skipped integer NOT NULL,
    -- JSON: live objects of each kind.
    counts text NOT NULL,
    etag text,
    last_modified text,
    loaded_at text NOT NULL,
    data_format integer NOT NULL,
    data text NOT NULL
  );

  -- Per host, how many stored documents carried each line (its key), read by host at or above a count.
  CREATE TABLE furniture_lines (
    host text COLLATE "C" NOT NULL,
    line text COLLATE "C" NOT NULL,
    documents integer NOT NULL,
    PRIMARY KEY (host, line)
  );
  CREATE INDEX furniture_lines_count ON furniture_lines (host, documents);

  CREATE TABLE imported_names (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provenance text COLLATE "C" NOT NULL,
    stix_id text COLLATE "C" NOT NULL,
    kind text NOT NULL CHECK (kind IN ('threat_actor', 'malware', 'tool')),
    name text NOT NULL,
    -- JSON arrays: the other names, and ids in other systems ({source, id}).
    aliases text NOT NULL,
    external_ids text NOT NULL,
    kept_at text NOT NULL,
    UNIQUE (provenance, stix_id)
  );
  -- One row, raised in every transaction that keeps names: readers in any replica see it change exactly
  -- when the names they read did, committed with them.
  CREATE TABLE imported_names_version (
    id integer PRIMARY KEY CHECK (id = 1),
    version bigint NOT NULL
  );
  INSERT INTO imported_names_version VALUES (1, 0);
`;
