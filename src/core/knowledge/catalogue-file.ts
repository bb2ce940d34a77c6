// One entry point for a catalogue file or download of any format Sitrep reads: it tells the format
// from the first bytes, streams an ATT&CK bundle object by object, and gathers the smaller MISP and
// KEV files (bounded) to parse them whole.
import { parseAttackStream } from './attack.js';
import { CatalogueFormatError, type ParsedCatalogue } from './catalogue.js';
import { parseKev } from './kev.js';
import { parseMispGalaxy } from './misp-galaxy.js';

export type CatalogueFormat = 'attack' | 'misp-galaxy' | 'cisa-kev';

/** How much of the start is enough to tell the format. */
const HEAD = 4096;
/** MISP and KEV files are a few MB; one far larger is not one of them. */
const MAX_WHOLE = 64 * 1024 * 1024;

/** The catalogue format the start of a file shows, or null when it is none Sitrep reads. */
export function catalogueFormat(head: string): CatalogueFormat | null {
  // A JSON Schema of a catalogue (KEV publishes one beside its file) names the catalogue's own keys.
  if (/"\$schema"\s*:/.test(head) && /"properties"\s*:/.test(head)) return null;
  if (/"type"\s*:\s*"bundle"/.test(head) || /^\s*\{\s*"objects"\s*:/.test(head)) return 'attack';
  if (/"catalogVersion"\s*:/.test(head) || /"vulnerabilities"\s*:/.test(head)) return 'cisa-kev';
  if (/"values"\s*:/.test(head) || (/"type"\s*:/.test(head) && /"uuid"\s*:/.test(head))) return 'misp-galaxy';
  return null;
}

export interface CatalogueSource {
  /** Where it came from: the publisher's address, or a file path. */
  url?: string | null;
  /** When it was published, if the place it came from says (an HTTP Last-Modified, say). */
  date?: string | null;
}

/** Thrown when a file's first bytes are no catalogue format at all, rather than a damaged catalogue. */
export class NotACatalogueError extends CatalogueFormatError {
  override name = 'NotACatalogueError';
}

type Chunk = Uint8Array | string;

/** Reads the first chunks until the format shows; returns them with the rest of the stream. */
async function sniff(chunks: AsyncIterable<Chunk> | Iterable<Chunk>): Promise<{
  format: CatalogueFormat | null;
  all: AsyncIterable<Chunk>;
}> {
  const iterator =
    Symbol.asyncIterator in chunks
      ? chunks[Symbol.asyncIterator]()
      : (chunks as Iterable<Chunk>)[Symbol.iterator]();
  const head: Chunk[] = [];
  const decoder = new TextDecoder('utf-8');
  let text = '';
  while (text.length < HEAD) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    text += typeof next.value === 'string' ? next.value : decoder.decode(next.value, { stream: true });
  }
  async function* all(): AsyncGenerator<Chunk> {
    yield* head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { format: catalogueFormat(text), all: all() };
}

async function gather(chunks: AsyncIterable<Chunk>, limit: number): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    const part = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    length += part.length;
    if (length > limit) throw new CatalogueFormatError(`the file is larger than ${limit} characters`);
    parts.push(part);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Parses a catalogue of any format Sitrep reads from its bytes as they arrive. Throws
 * CatalogueFormatError (or JsonStreamError, for a damaged ATT&CK bundle) with a readable message when
 * the bytes are not a catalogue.
 */
export async function parseCatalogue(
  chunks: AsyncIterable<Chunk> | Iterable<Chunk>,
  source: CatalogueSource = {},
  { maxWhole = MAX_WHOLE }: { maxWhole?: number } = {},
): Promise<ParsedCatalogue> {
  const { format, all } = await sniff(chunks);
  if (format === 'attack') return parseAttackStream(all, { url: source.url ?? null });
  if (!format)
    throw new NotACatalogueError('not a catalogue Sitrep reads (ATT&CK STIX, MISP galaxy, CISA KEV)');
  const text = await gather(all, maxWhole);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new CatalogueFormatError(`not valid JSON: ${(err as Error).message}`);
  }
  return format === 'cisa-kev' ? parseKev(json, source) : parseMispGalaxy(json, source);
}
