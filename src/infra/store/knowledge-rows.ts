// The knowledge catalogues as read back from either store (the snapshot and each catalogue's parsed form are
// the core's text, checked by the core), and the catalogue a save writes: the columns only, whatever else
// the value carries.
import { z } from 'zod';
import { KNOWLEDGE_KINDS } from '../../core/knowledge/model.js';
import type { StoredCatalogue } from '../../core/knowledge/store.js';

// Every SELECT of the catalogues aliases its columns to the row's names (quoted: PostgreSQL folds unquoted
// names to lower case); `data` is read on its own.
export const CATALOGUE_COLUMNS = `id, scheme, title, publisher, version, date, url, licence, records, skipped,
  counts, etag, last_modified AS "lastModified", loaded_at AS "loadedAt", data_format AS "dataFormat"`;

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

/** One catalogue row as a save writes it: its columns, its counts as JSON text and its parsed form. */
export type CatalogueParams = Omit<StoredCatalogue, 'counts'> & { counts: string; data: string };

export function catalogueParams(c: StoredCatalogue, data: string): CatalogueParams {
  return {
    id: c.id,
    scheme: c.scheme,
    title: c.title,
    publisher: c.publisher,
    version: c.version,
    date: c.date,
    url: c.url,
    licence: c.licence,
    records: c.records,
    skipped: c.skipped,
    counts: JSON.stringify(c.counts),
    etag: c.etag,
    lastModified: c.lastModified,
    loadedAt: c.loadedAt,
    dataFormat: c.dataFormat,
    data,
  };
}
