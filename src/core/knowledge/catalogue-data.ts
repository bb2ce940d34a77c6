// A catalogue as parsed, kept beside the snapshot: when one catalogue changes, the snapshot is rebuilt
// from the new one and the others as they were read, without downloading those again (their publishers
// answer "not modified"). Plain JSON; checked on the way back like the snapshot is (stored-json.ts).
import { z } from 'zod';
import type { ParsedCatalogue } from './catalogue.js';
import { KNOWLEDGE_KINDS } from './model.js';
import { catalogueInfoSchema, readStoredJson } from './stored-json.js';

/** Bumped whenever the parsed form changes; a catalogue kept in another format is read again from its source. */
export const CATALOGUE_DATA_FORMAT = 1;

export function serializeCatalogue(c: ParsedCatalogue): string {
  return JSON.stringify({ format: CATALOGUE_DATA_FORMAT, ...c, prose: [...c.prose] });
}

/** Header field by field, each record's identity and shape at its top level (as snapshot.ts checks entries). */
const Stored = z.object({
  format: z.literal(CATALOGUE_DATA_FORMAT),
  info: catalogueInfoSchema.extend({ url: z.string().nullable() }),
  records: z.array(
    z.looseObject({
      key: z.string().min(1),
      kind: z.enum(KNOWLEDGE_KINDS),
      name: z.string(),
      aliases: z.array(z.unknown()),
      externalIds: z.array(z.unknown()),
      sameAs: z.array(z.unknown()),
      relations: z.array(z.unknown()),
    }),
  ),
  skipped: z.number(),
  problems: z.array(z.string()),
  prose: z.array(z.tuple([z.string(), z.number()])),
});

/** Thrown when kept text is not a catalogue this version reads; the message says why. */
export class CatalogueDataError extends Error {
  override name = 'CatalogueDataError';
}

export function readCatalogue(text: string): ParsedCatalogue {
  const json = readStoredJson(text, {
    what: 'the kept catalogue',
    format: CATALOGUE_DATA_FORMAT,
    schema: Stored,
    fail: CatalogueDataError,
  });
  const {
    format: _format,
    prose,
    ...rest
  } = json as ParsedCatalogue & {
    format: number;
    prose: [string, number][];
  };
  return { ...rest, prose: new Map(prose) };
}
