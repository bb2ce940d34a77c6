// Rows as read back from any store, checked with zod: a row that does not fit (a damaged file, a hand
// edit, a value an older or newer Sitrep wrote) is reported by table and row, never passed on as something
// it is not. Every SELECT aliases its columns to these names; the column lists below do it for the reads
// both stores share (quoted: PostgreSQL folds unquoted names to lower case).
import { z } from 'zod';
import type { AssessmentBand, EntityKind } from '../../core/model.js';
import type { EntityRecord } from '../../core/ports.js';

// Records keyed by the union force these lists to stay complete when model.ts gains a kind or band.
const KINDS: Record<EntityKind, true> = {
  person: true,
  organisation: true,
  threat_actor: true,
  country: true,
  malware: true,
  tool: true,
  vulnerability: true,
  campaign: true,
  other: true,
};
const BANDS: Record<AssessmentBand, true> = {
  'remote chance': true,
  'highly unlikely': true,
  unlikely: true,
  'realistic possibility': true,
  likely: true,
  'highly likely': true,
  'almost certain': true,
  'low confidence': true,
  'moderate confidence': true,
  'high confidence': true,
};
export const kindSchema = z.enum(Object.keys(KINDS) as [EntityKind, ...EntityKind[]]);
export const bandSchema = z.enum(Object.keys(BANDS) as [AssessmentBand, ...AssessmentBand[]]);
export const paragraphSchema = z.number().int().nonnegative();

export const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');
export const isCounts = (v: unknown): v is Record<string, number> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((x) => typeof x === 'number');

/** The parsed JSON text, or undefined when it is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A TEXT column's JSON: the shape it must have (`valid`), and how an error names it. */
interface JsonColumn<T> {
  valid: (v: unknown) => v is T;
  shape: string;
}
const STRINGS: JsonColumn<string[]> = { valid: isStrings, shape: 'a JSON array of strings' };
const COUNTS: JsonColumn<Record<string, number>> = { valid: isCounts, shape: 'a JSON object of counts' };

type ParsedJson<J> = { [K in keyof J]: J[K] extends JsonColumn<infer T> ? T : never };

/**
 * A row whose `json` columns hold JSON text: checked as text with the other columns, then parsed and checked
 * in one transform per row. A zod transform per column cost four times the rest of the check, and entity
 * rows are read by the hundred thousand when the name lexicon fills.
 */
function withJson<S extends z.ZodRawShape, J extends Record<string, JsonColumn<unknown>>>(shape: S, json: J) {
  const asText = Object.fromEntries(Object.keys(json).map((k) => [k, z.string()])) as Record<
    keyof J,
    z.ZodString
  >;
  const columns = Object.entries(json);
  return z.object({ ...shape, ...asText }).transform((row, ctx) => {
    // The object is zod's own copy of the row: its JSON columns are replaced in place.
    const out: Record<string, unknown> = row;
    let fits = true;
    for (const [column, check] of columns) {
      const text = out[column] as string;
      const value = parseJson(text);
      if (check.valid(value)) out[column] = value;
      else {
        fits = false;
        const message = value === undefined ? 'column is not valid JSON' : `column is not ${check.shape}`;
        ctx.issues.push({ code: 'custom', message, input: text, path: [column] });
      }
    }
    return fits ? (out as Omit<z.output<z.ZodObject<S>>, keyof J> & ParsedJson<J>) : z.NEVER;
  });
}

/** Parses one row read from `table`; a row that does not fit is reported by table and row, never guessed. */
export function readRow<S extends z.ZodType>(schema: S, table: string, row: unknown): z.output<S> {
  const result = schema.safeParse(row);
  if (result.success) return result.data;
  const r = (row ?? {}) as { rowId?: unknown; id?: unknown; docId?: unknown };
  const where =
    r.rowId !== undefined
      ? `row ${String(r.rowId)}${r.docId !== undefined ? ` (document ${String(r.docId)})` : ''}`
      : `row ${String(r.id)}`;
  throw new Error(`Corrupt data in table "${table}", ${where}:\n${z.prettifyError(result.error)}`);
}

/** A row read by key, parsed as `readRow` does; undefined when there is none. */
export function readOptional<S extends z.ZodType>(
  schema: S,
  table: string,
  row: unknown,
): z.output<S> | undefined {
  return row === undefined ? undefined : readRow(schema, table, row);
}

// ─── Documents and the rows extracted from each ─────────────────────────────────────────────────────

export const DOC_COLUMNS = `id, title, publisher, author, published, url, origin, body, ingested_at AS "ingestedAt"`;
// A citation shows the title, or the body's first words when there is none: 200 characters hold them.
export const HEAD_COLUMNS = `id, title, publisher, author, published, url, origin, ingested_at AS "ingestedAt",
  CASE WHEN title IS NULL THEN substr(body, 1, 200) ELSE '' END AS "snippet"`;
export const MENTION_COLUMNS = `id AS "rowId", doc_id AS "docId", name, kind, aliases, roles`;
export const QUOTE_COLUMNS = `id AS "rowId", doc_id AS "docId", speaker, speaker_kind AS "speakerKind", role, text, paragraph`;
export const EVENT_COLUMNS = `id AS "rowId", doc_id AS "docId", date, text, date_phrase AS "datePhrase", actors, paragraph`;
export const ASSESSMENT_COLUMNS = `id AS "rowId", doc_id AS "docId", phrase, band, text, actor, paragraph`;

/** A row read for one document, without the ids it was read with. */
export const ownRow = <T extends { rowId: number; docId: string }>({
  rowId: _rowId,
  docId: _docId,
  ...rest
}: T) => rest;

export const documentRow = z.object({
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
export const headRow = documentRow.omit({ body: true }).extend({ snippet: z.string() });
export const mentionRow = withJson(
  { rowId: z.number(), docId: z.string(), name: z.string(), kind: kindSchema },
  { aliases: STRINGS, roles: STRINGS },
);
/** A name one document mentions, without what else the mention holds. */
export const nameInDocumentRow = z.object({ docId: z.string(), name: z.string(), kind: kindSchema });
export const aliasesRow = withJson(
  { rowId: z.number(), docId: z.string(), name: z.string() },
  { aliases: STRINGS },
);
export const quoteRow = z.object({
  rowId: z.number(),
  docId: z.string(),
  speaker: z.string(),
  speakerKind: kindSchema,
  role: z.string().nullable(),
  text: z.string(),
  paragraph: paragraphSchema,
});
export const speakerRow = z.object({ name: z.string(), kind: kindSchema });
export const eventRow = withJson(
  {
    rowId: z.number(),
    docId: z.string(),
    date: z.string(),
    text: z.string(),
    datePhrase: z.string(),
    paragraph: paragraphSchema,
  },
  { actors: STRINGS },
);
export const assessmentRow = z.object({
  rowId: z.number(),
  docId: z.string(),
  phrase: z.string(),
  band: bandSchema,
  text: z.string(),
  actor: z.string().nullable(),
  paragraph: paragraphSchema,
});

// ─── Merged rows ────────────────────────────────────────────────────────────────────────────────────

const count = z.number().int().nonnegative();

export const entityRow = withJson(
  {
    id: z.number().int(),
    name: z.string(),
    kind: kindSchema,
    docs: count,
    authored: count,
    firstSeen: z.string().nullable(),
    lastSeen: z.string().nullable(),
  },
  { aliases: STRINGS, roles: COUNTS },
);
/** What the merge writer reads of an entity to count one more mention into it. */
export const entityListsRow = withJson({ id: z.number().int() }, { aliases: STRINGS, roles: COUNTS });
export const eventClusterRow = withJson(
  { id: z.number().int(), date: z.string(), text: z.string(), docs: count },
  { actors: STRINGS },
);
/** An event cluster a new event is compared with (the merge writer's candidates). */
export const eventCandidateRow = withJson(
  { id: z.number().int(), length: count, words: z.string() },
  { actors: STRINGS },
);
export const quoteClusterRow = z.object({
  id: z.number().int(),
  speaker: z.string(),
  role: z.string().nullable(),
  text: z.string(),
  docs: count,
});
export const assessmentClusterRow = z.object({
  id: z.number().int(),
  phrase: z.string(),
  band: bandSchema,
  actor: z.string().nullable(),
  text: z.string(),
  docs: count,
});

export const ENTITY_COLUMNS = `e.id, e.name, e.kind, e.aliases, e.roles, e.docs, e.authored,
  e.first_seen AS "firstSeen", e.last_seen AS "lastSeen"`;

/** An entity row as the reader port gives it. */
export function entityRecord(row: unknown): EntityRecord & { id: number } {
  const r = readRow(entityRow, 'entities', row);
  const { id, name, kind, aliases, roles, authored, firstSeen, lastSeen } = r;
  return { id, name, kind, aliases, roles, documents: r.docs, authored, firstSeen, lastSeen };
}
