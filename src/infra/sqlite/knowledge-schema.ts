// The knowledge tables as migration 10 creates them (the current snapshot and the catalogues it was built
// from), and their rows as read back, checked with zod. SQL here has shipped once merged: never edit it.
import { z } from 'zod';
import { KNOWLEDGE_KINDS } from '../../core/knowledge/model.js';

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

// Every SELECT of the catalogues aliases its columns to the row's names; `data` is read on its own.
export const CATALOGUE_COLUMNS = `id, scheme, title, publisher, version, date, url, licence, records, skipped,
  counts, etag, last_modified AS lastModified, loaded_at AS loadedAt, data_format AS dataFormat`;

const count = z.number().int().nonnegative();
const counts = z.record(z.enum(KNOWLEDGE_KINDS), count);

export const catalogueRow = z.object({
  id: z.string(),
  scheme: z.string(),
  title: z.string(),
  publisher: z.string(),
  version: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  licence: z.string(),
  records: count,
  skipped: count,
  counts: z.string().transform((text, ctx) => {
    const parsed = counts.safeParse(parseJson(text));
    if (parsed.success) return parsed.data;
    ctx.issues.push({
      code: 'custom',
      message: 'column is not a JSON object of counts per kind',
      input: text,
    });
    return z.NEVER;
  }),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  loadedAt: z.string(),
  dataFormat: z.number().int(),
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
