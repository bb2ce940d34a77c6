// The tables `sitrep migrate` copies row for row from one engine to the other, after the documents (which
// are stored again through the document writer, so merged rows and passages are rebuilt the engine's own
// way), and the tables whose rows it counts on both sides to verify the copy. Both engines hold these
// tables with the same columns (PostgreSQL migrations 1-4 mirror SQLite's 1-14).

export interface CopiedTable {
  name: string;
  /** What makes a row the same row on both sides: a copied row replaces the target's row with this key. */
  key: readonly string[];
  /**
   * Columns that say what a row is, beside its id: a target row whose id the source holds with other values
   * (or not at all) was written by another corpus. Null for tables that mirror the source whole.
   */
  identity: readonly string[] | null;
  /** Replaced whole: the target's rows go first (the knowledge, saved all or nothing). */
  replace?: true;
  /** Rows per statement: the parsed catalogues run to tens of megabytes each. */
  chunk: number;
}

/** In an order that keeps every reference valid: sources before their seen items, follows before the outbox. */
export const COPIED_TABLES: readonly CopiedTable[] = [
  { name: 'sources', key: ['id'], identity: ['url'], chunk: 1_000 },
  { name: 'seen_items', key: ['id'], identity: ['source_id', 'content_hash'], chunk: 2_000 },
  { name: 'follows', key: ['id'], identity: ['platform', 'channel', 'query', 'created_at'], chunk: 1_000 },
  { name: 'outbox', key: ['id'], identity: ['follow_id', 'document_id'], chunk: 2_000 },
  { name: 'audit_log', key: ['id'], identity: ['at', 'who', 'action', 'detail'], chunk: 2_000 },
  { name: 'knowledge_snapshot', key: ['id'], identity: null, replace: true, chunk: 1 },
  { name: 'knowledge_catalogues', key: ['id'], identity: null, replace: true, chunk: 1 },
  { name: 'furniture_lines', key: ['host', 'line'], identity: null, chunk: 2_000 },
  { name: 'imported_names', key: ['id'], identity: ['provenance', 'stix_id'], chunk: 1_000 },
];

/** Every table whose rows are counted on both sides: the corpus, its merged rows, and the copied tables. */
export const COUNTED_TABLES: readonly string[] = [
  'documents',
  'mentions',
  'events',
  'quotes',
  'assessments',
  'passages',
  'entities',
  'entity_keys',
  'event_clusters',
  'event_actors',
  'quote_clusters',
  'assessment_clusters',
  ...COPIED_TABLES.map((t) => t.name),
];

/** A row's identity columns as one comparable text. */
export function identityOf(table: CopiedTable, row: Record<string, unknown>): string {
  return JSON.stringify((table.identity ?? []).map((c) => row[c] ?? null));
}
