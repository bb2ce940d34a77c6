// Names kept from STIX sources as read back from either store: one row per provenance and STIX id, its
// lists kept as JSON text, checked on the way out.
import { z } from 'zod';
import type { ImportedName } from '../../core/ports.js';
import { readRow } from './rows.js';

/** The columns every SELECT of the names reads, aliased to the row's names (quoted for PostgreSQL). */
export const IMPORTED_NAME_COLUMNS = `id, provenance, stix_id AS "stixId", kind, name, aliases,
  external_ids AS "externalIds"`;

const json = <T extends z.ZodType>(schema: T) =>
  z.string().transform((text, ctx) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data as z.output<T>;
    ctx.addIssue({ code: 'custom', message: 'not the JSON this column holds' });
    return z.NEVER;
  });

const nameRow = z.object({
  id: z.number().int(),
  provenance: z.string(),
  stixId: z.string(),
  kind: z.enum(['threat_actor', 'malware', 'tool']),
  name: z.string(),
  aliases: json(z.array(z.string())),
  externalIds: json(z.array(z.object({ source: z.string(), id: z.string() }))),
});

/** One row read back as the name it keeps. */
export function readImportedName(row: unknown): ImportedName {
  const { id: _id, ...name } = readRow(nameRow, 'imported_names', row);
  return name;
}

/** The name's row as written: its lists as JSON text. */
export function importedNameParams(n: ImportedName) {
  return {
    provenance: n.provenance,
    stixId: n.stixId,
    kind: n.kind,
    name: n.name,
    aliases: JSON.stringify(n.aliases),
    externalIds: JSON.stringify(n.externalIds),
  };
}
