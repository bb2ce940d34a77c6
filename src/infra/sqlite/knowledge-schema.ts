// The knowledge tables as migration 10 creates them: the current snapshot and the catalogues it was built
// from (their rows, as read back, are ../store/knowledge-rows.ts's). SQL here has shipped: never edit it.

/** Migration 10: the field's knowledge, one snapshot at a time, with each catalogue's provenance (issue 15). */
export const KNOWLEDGE_MIGRATION = `
  -- At most one row: the snapshot commands read. Replaced whole, with its catalogues, in one transaction.
  CREATE TABLE knowledge_snapshot (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    built_at TEXT NOT NULL,
    body TEXT NOT NULL
  );
  -- The catalogues the snapshot was built from: who published which version, where it was read, the
  -- validators of its download, and its parsed form (data), to rebuild the snapshot when another changes.
  CREATE TABLE knowledge_catalogues (
    id TEXT PRIMARY KEY,
    scheme TEXT NOT NULL,
    title TEXT NOT NULL,
    publisher TEXT NOT NULL,
    version TEXT,
    date TEXT,
    url TEXT,
    licence TEXT NOT NULL,
    records INTEGER NOT NULL,
    skipped INTEGER NOT NULL,
    -- JSON: live objects of each kind.
    counts TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    loaded_at TEXT NOT NULL,
    data_format INTEGER NOT NULL,
    data TEXT NOT NULL
  );
`;
