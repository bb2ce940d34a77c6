// The sources' tables as migrations 2, 8, 11 and 13 create them: sources, seen items, follows, the outbox and
// the audit log (their rows, as read back, are ../store/source-rows.ts's). SQL here has shipped: never edit it.

/** Migration 2: sources, seen items, follows, the outbox and the audit log (issue 6). */
export const SOURCES_MIGRATION = `
  CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('rss', 'atom', 'json', 'page')),
    -- As the admin gave it: an interval (30m, 2h, 1d) or a cron expression.
    every TEXT NOT NULL,
    paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    paused_reason TEXT,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    -- The last successful fetch; null until the first one, which posts nothing.
    last_fetch_at TEXT,
    last_error TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    -- Set while backing off after a failure: no scheduled poll before it.
    next_run_at TEXT,
    etag TEXT,
    last_modified TEXT,
    item_count INTEGER NOT NULL DEFAULT 0
  );
  -- One row per item a source has carried. Any of the three keys already present means "seen", so an
  -- item repeated under a new GUID (same link or same text) is never ingested twice.
  CREATE TABLE seen_items (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    guid TEXT,
    link TEXT,
    content_hash TEXT NOT NULL,
    document_id TEXT,
    seen_at TEXT NOT NULL,
    UNIQUE (source_id, guid),
    UNIQUE (source_id, link),
    UNIQUE (source_id, content_hash)
  );
  CREATE INDEX seen_items_document ON seen_items(document_id);
  CREATE TABLE follows (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL CHECK (platform IN ('terminal', 'slack', 'discord')),
    channel TEXT NOT NULL,
    query TEXT NOT NULL,
    -- "new" or a digest cron expression.
    schedule TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX follows_channel ON follows(platform, channel);
  -- One row per (follow, document): queued in the poll's transaction, so a restart between poll and post
  -- posts it once, and the unique key means never twice.
  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    follow_id INTEGER NOT NULL REFERENCES follows(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents(id),
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    UNIQUE (follow_id, document_id)
  );
  CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
  );
`;

/**
 * Migration 8: a claimed delivery names the process run that claimed it, so the claims of a run that has
 * ended are taken back at once instead of after their lease (ADR 9).
 */
export const CLAIM_OWNER_MIGRATION = `
  ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
  CREATE INDEX outbox_claimed_by ON outbox(claimed_by) WHERE claimed_by IS NOT NULL;
`;

/** Migration 11: a delivery names the platform's message that carried it (issue 18). */
export const MESSAGE_ID_MIGRATION = `
  ALTER TABLE outbox ADD COLUMN message_id TEXT;
`;

/**
 * Migration 13: a source carries a TLP marking and, for a TAXII collection, the cursor of its polls; TAXII
 * collections and STIX bundles join the kinds (issue 17). SQLite cannot change a CHECK in place, so the
 * table is rebuilt with its rows and ids; dropping the old one deletes the seen items through their
 * foreign key, so they are kept aside and put back.
 */
export const SOURCE_MARKINGS_MIGRATION = `
  CREATE TEMP TABLE seen_items_kept AS SELECT * FROM seen_items;
  CREATE TABLE sources_next (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('rss', 'atom', 'json', 'page', 'taxii', 'stix')),
    every TEXT NOT NULL,
    paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    paused_reason TEXT,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    last_fetch_at TEXT,
    last_error TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    next_run_at TEXT,
    etag TEXT,
    last_modified TEXT,
    item_count INTEGER NOT NULL DEFAULT 0,
    tlp TEXT NOT NULL DEFAULT 'clear' CHECK (tlp IN ('clear', 'green', 'amber', 'amber+strict', 'red')),
    -- A TAXII collection's cursor (JSON): where its next poll starts.
    poll_cursor TEXT
  );
  INSERT INTO sources_next (id, url, name, kind, every, paused, paused_reason, added_by, added_at,
      last_fetch_at, last_error, consecutive_failures, next_run_at, etag, last_modified, item_count)
    SELECT id, url, name, kind, every, paused, paused_reason, added_by, added_at,
      last_fetch_at, last_error, consecutive_failures, next_run_at, etag, last_modified, item_count
    FROM sources;
  DROP TABLE sources;
  ALTER TABLE sources_next RENAME TO sources;
  INSERT INTO seen_items SELECT * FROM seen_items_kept;
  DROP TABLE seen_items_kept;
`;
