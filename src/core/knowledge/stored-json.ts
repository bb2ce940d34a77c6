// Knowledge read back from the store: JSON text that this Sitrep, another version of it, or damage left
// there. The format number is checked first, so text from another version says so rather than listing
// every field that differs; the shape after, by the caller's schema.
import { z } from 'zod';

/** What every stored catalogue header holds (the snapshot's summaries and each kept catalogue). */
export const catalogueInfoSchema = z.looseObject({
  id: z.string().min(1),
  scheme: z.string(),
  title: z.string(),
  publisher: z.string(),
  version: z.string().nullable(),
  date: z.string().nullable(),
  licence: z.string(),
});

/**
 * The parsed text when it is JSON of `format` and fits `schema`; otherwise throws `fail`, naming `what`
 * ("the stored knowledge") and saying why.
 */
export function readStoredJson(
  text: string,
  {
    what,
    format,
    schema,
    fail,
  }: { what: string; format: number; schema: z.ZodType; fail: new (message: string) => Error },
): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new fail(`${what} is not JSON (${(err as Error).message})`);
  }
  const found = (json as { format?: unknown } | null)?.format;
  if (found !== format) throw new fail(`${what} has format ${String(found)}; this version reads ${format}`);
  const checked = schema.safeParse(json);
  if (!checked.success) throw new fail(`${what} is damaged: ${z.prettifyError(checked.error)}`);
  return json;
}
