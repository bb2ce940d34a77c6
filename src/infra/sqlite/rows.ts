// Rows as read back, checked with zod: a row that does not fit (a damaged file, a hand edit, a value an
// older or newer Sitrep wrote) is reported by table and row, never passed on as something it is not.
// Every SELECT aliases its columns to these names.
import { z } from 'zod';
import type { EntityKind, ProbabilityBand } from '../../core/model.js';

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
export const kindSchema = z.enum(Object.keys(KINDS) as [EntityKind, ...EntityKind[]]);
export const bandSchema = z.enum(Object.keys(BANDS) as [ProbabilityBand, ...ProbabilityBand[]]);
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

/**
 * A TEXT column holding JSON of one shape (`valid`, described as `shape`). A plain check rather than a
 * nested zod schema: entity rows are read by the hundred thousand when the name lexicon fills.
 */
function jsonColumn<T>(valid: (v: unknown) => v is T, shape: string) {
  return z.string().transform((text, ctx): T => {
    const value = parseJson(text);
    if (valid(value)) return value;
    const message = value === undefined ? 'column is not valid JSON' : `column is not ${shape}`;
    ctx.issues.push({ code: 'custom', message, input: text });
    return z.NEVER;
  });
}
const jsonStrings = jsonColumn(isStrings, 'a JSON array of strings');
const jsonCounts = jsonColumn(isCounts, 'a JSON object of counts');

/** One JSON column read on the write path, where a whole-row schema would cost per mention stored. */
export function readJsonColumn<T>(
  where: { table: string; id: number; column: string },
  text: string,
  valid: (v: unknown) => v is T,
): T {
  const value = parseJson(text);
  if (!valid(value))
    throw new Error(
      `Corrupt data in table "${where.table}", row ${where.id}: column ${where.column} is not valid`,
    );
  return value;
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
export const mentionRow = z.object({
  rowId: z.number(),
  docId: z.string(),
  name: z.string(),
  kind: kindSchema,
  aliases: jsonStrings,
  roles: jsonStrings,
});
export const aliasesRow = mentionRow.pick({ rowId: true, docId: true, name: true, aliases: true });
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
export const eventRow = z.object({
  rowId: z.number(),
  docId: z.string(),
  date: z.string(),
  text: z.string(),
  datePhrase: z.string(),
  actors: jsonStrings,
  paragraph: paragraphSchema,
});
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

export const entityRow = z
  .object({
    id: z.number().int(),
    name: z.string(),
    kind: kindSchema,
    aliases: jsonStrings,
    roles: jsonCounts,
    docs: count,
    authored: count,
    firstSeen: z.string().nullable(),
    lastSeen: z.string().nullable(),
  })
  .transform((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    aliases: r.aliases,
    roles: r.roles,
    documents: r.docs,
    authored: r.authored,
    firstSeen: r.firstSeen,
    lastSeen: r.lastSeen,
  }));
export const eventClusterRow = z.object({
  id: z.number().int(),
  date: z.string(),
  text: z.string(),
  actors: jsonStrings,
  docs: count,
});
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
