// What the document writer accepts, checked before writing, so a bad value never becomes a row that every
// later read would trip over.
import { z } from 'zod';
import type { Document, Extraction } from '../../core/model.js';
import type { BatchResult } from '../../core/ports.js';
import { describeError } from '../../core/util/errors.js';
import { dateBounds } from './dates.js';
import { bandSchema, kindSchema, paragraphSchema } from './rows.js';

const isoDateSchema = z.string().refine((s) => dateBounds(s) !== null, {
  message: 'not an ISO 8601 date or range (2021, 2023-12, 2024-03-25, 2021/2022)',
});

const documentInput = z.object({
  id: z.string().min(1),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  published: isoDateSchema.nullable(),
  url: z.string().min(1).nullable(),
  origin: z.string(),
  body: z.string(),
});
const extractionInput = z.object({
  entities: z.array(
    z.object({
      name: z.string().min(1),
      kind: kindSchema,
      aliases: z.array(z.string()),
      roles: z.array(z.string()),
    }),
  ),
  quotes: z.array(
    z.object({
      speaker: z.string().min(1),
      speakerKind: kindSchema,
      role: z.string().nullable(),
      text: z.string(),
      paragraph: paragraphSchema,
    }),
  ),
  events: z.array(
    z.object({
      date: isoDateSchema,
      text: z.string(),
      datePhrase: z.string(),
      actors: z.array(z.string()),
      paragraph: paragraphSchema,
    }),
  ),
  assessments: z.array(
    z.object({
      phrase: z.string(),
      band: bandSchema,
      text: z.string(),
      actor: z.string().nullable(),
      paragraph: paragraphSchema,
    }),
  ),
});

const addInput = z.object({ doc: documentInput, extraction: extractionInput, ingestedAt: z.string().min(1) });

export type CheckedInput = z.output<typeof addInput>;

/** The parsed copy: exactly the known fields, nothing a caller's wider object happened to carry. */
export function checkedInput(doc: Document, extraction: Extraction, ingestedAt: string): CheckedInput {
  const input = addInput.safeParse({ doc, extraction, ingestedAt });
  if (!input.success) {
    throw new Error(`Cannot store document ${String(doc?.id)}:\n${z.prettifyError(input.error)}`);
  }
  return input.data;
}

/** A document the writer could not store, with why. */
export const failedResult = (doc: Document | undefined, err: unknown): BatchResult => ({
  added: false,
  id: String(doc?.id),
  reason: 'failed',
  error: describeError(err),
});

/** A batch item checked: its input to write, or its failure (a bad document fails alone). */
export type CheckedItem = { input: CheckedInput } | { failed: BatchResult };

/** Every item of a batch checked before anything is written. */
export function checkedItems(
  items: readonly { doc: Document; extraction: Extraction }[],
  ingestedAt: string,
): CheckedItem[] {
  return items.map(({ doc, extraction }): CheckedItem => {
    try {
      return { input: checkedInput(doc, extraction, ingestedAt) };
    } catch (err) {
      return { failed: failedResult(doc, err) };
    }
  });
}
