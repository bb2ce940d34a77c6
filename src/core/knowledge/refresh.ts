// Catalogues in: each one read from its publisher (a download, conditional on the validators of the last
// one) or from a file, parsed as its bytes arrive, then the snapshot rebuilt from the new catalogues and
// the kept ones and saved in one step. A catalogue that does not arrive, or arrives damaged, is reported
// and its previous version stays; when nothing changed, nothing is written.
import type { Clock, StreamFetcher } from '../ports.js';
import { CatalogueFormatError, type ParsedCatalogue } from './catalogue.js';
import { CATALOGUE_DATA_FORMAT, readCatalogue, serializeCatalogue } from './catalogue-data.js';
import { NotACatalogueError, parseCatalogue } from './catalogue-file.js';
import { JsonStreamError } from './json-stream.js';
import type { KnowledgeKind } from './model.js';
import {
  buildSnapshot,
  type CatalogueSummary,
  countEntries,
  loadSnapshot,
  serializeSnapshot,
  summarise,
} from './snapshot.js';
import type { KnowledgeStore, StoredCatalogue } from './store.js';

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** A catalogue's bytes as they arrive, or why there are none. */
export type Opened =
  | {
      kind: 'body';
      body: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
      validators: Validators;
      /** When its source says it was published (an HTTP Last-Modified), as an ISO date. */
      date: string | null;
      /** Stops reading when the parser gives up early. */
      close(): Promise<void>;
    }
  | { kind: 'not-modified' }
  | { kind: 'failed'; message: string };

export interface CatalogueInput {
  /** The address downloaded or the file read: kept as the catalogue's `url`, and how it is found again. */
  url: string;
  /** Found in a folder rather than named: a file that is no catalogue at all is passed over quietly. */
  fromFolder?: boolean;
  /** Opens it, with the validators of the catalogue last read from the same place. */
  open(previous: Validators | null): Promise<Opened>;
}

export type CatalogueOutcome = { url: string } & (
  | { status: 'updated'; catalogue: CatalogueSummary; problems: string[] }
  | { status: 'unchanged'; catalogue: CatalogueSummary | null }
  /** It did not arrive (network, HTTP status, size, a file that cannot be read): the previous one stays. */
  | { status: 'failed'; message: string }
  /** It arrived but is not a catalogue Sitrep reads, or a damaged one: skipped, the previous one stays. */
  | { status: 'malformed'; message: string }
  | { status: 'passed-over'; message: string }
);

export interface RefreshResult {
  outcomes: CatalogueOutcome[];
  /** What the new snapshot holds; null when nothing changed and the previous snapshot stays. */
  saved: { builtAt: string; catalogues: CatalogueSummary[]; counts: Record<KnowledgeKind, number> } | null;
  /** Kept catalogues that could not be read back, left out of the new snapshot, and why. */
  dropped: { id: string; message: string }[];
}

export interface RefreshProgress {
  start(url: string, index: number, total: number): void;
  done(outcome: CatalogueOutcome): void;
}

export interface RefreshDeps {
  store: KnowledgeStore;
  clock: Clock;
  progress?: RefreshProgress;
}

/** A catalogue the new snapshot is built from, with the text the store keeps of it. */
interface Member {
  parsed: ParsedCatalogue;
  catalogue: StoredCatalogue;
  data: string;
}

/** Reads every input in turn, then saves the rebuilt snapshot when any catalogue is new. */
export async function refreshKnowledge(
  inputs: readonly CatalogueInput[],
  deps: RefreshDeps,
): Promise<RefreshResult> {
  const stored = await deps.store.knowledgeCatalogues();
  const fresh = new Map<string, Member>();
  const outcomes: CatalogueOutcome[] = [];
  for (const [i, input] of inputs.entries()) {
    deps.progress?.start(input.url, i, inputs.length);
    const previous = stored.find((c) => c.url === input.url && c.dataFormat === CATALOGUE_DATA_FORMAT);
    const { outcome, parsed } = await readOne(input, previous);
    if (parsed) fresh.set(parsed.parsed.info.id, member(parsed.parsed, parsed.validators, deps.clock));
    outcomes.push(outcome);
    deps.progress?.done(outcome);
  }
  // Nothing new, but a snapshot this version cannot read (an older format, a damaged one) is rebuilt.
  if (fresh.size === 0 && (stored.length === 0 || (await readable(deps.store))))
    return { outcomes, saved: null, dropped: [] };
  const { kept, dropped } = await keptMembers(deps.store, stored, fresh);
  const members = [...kept, ...fresh.values()];
  const builtAt = deps.clock.now().toISOString();
  const snapshot = buildSnapshot(
    members.map((m) => m.parsed),
    { builtAt },
  );
  await deps.store.saveKnowledge({
    snapshot: serializeSnapshot(snapshot),
    builtAt,
    catalogues: members.map(({ catalogue, data }) => ({ catalogue, data })),
  });
  return {
    outcomes,
    saved: { builtAt, catalogues: snapshot.catalogues, counts: countEntries(snapshot.entries) },
    dropped,
  };
}

async function readable(store: KnowledgeStore): Promise<boolean> {
  const text = await store.knowledgeSnapshot();
  try {
    return text !== null && loadSnapshot(text) !== null;
  } catch {
    return false;
  }
}

function member(parsed: ParsedCatalogue, validators: Validators, clock: Clock): Member {
  const catalogue: StoredCatalogue = {
    ...summarise(parsed),
    ...validators,
    loadedAt: clock.now().toISOString(),
    dataFormat: CATALOGUE_DATA_FORMAT,
  };
  return { parsed, catalogue, data: serializeCatalogue(parsed) };
}

type Read = {
  outcome: CatalogueOutcome;
  parsed?: { parsed: ParsedCatalogue; validators: Validators };
};

async function readOne(input: CatalogueInput, previous: StoredCatalogue | undefined): Promise<Read> {
  const { url } = input;
  let opened: Opened;
  try {
    opened = await input.open(previous ? { etag: previous.etag, lastModified: previous.lastModified } : null);
  } catch (err) {
    return { outcome: { url, status: 'failed', message: messageOf(err) } };
  }
  if (opened.kind === 'not-modified')
    return { outcome: { url, status: 'unchanged', catalogue: previous ?? null } };
  if (opened.kind === 'failed') return { outcome: { url, status: 'failed', message: opened.message } };
  try {
    const parsed = await parseCatalogue(opened.body, { url, date: opened.date });
    if (parsed.records.length === 0)
      throw new CatalogueFormatError('it holds no actor, software, campaign or vulnerability Sitrep reads');
    return {
      outcome: { url, status: 'updated', catalogue: summarise(parsed), problems: parsed.problems },
      parsed: { parsed, validators: opened.validators },
    };
  } catch (err) {
    return { outcome: { url, ...refusal(err, input) } };
  } finally {
    await opened.close();
  }
}

/** Why a catalogue that arrived was not taken: not one at all, damaged, or its bytes stopped coming. */
function refusal(
  err: unknown,
  input: CatalogueInput,
): Omit<Extract<CatalogueOutcome, { message: string }>, 'url'> {
  const message = messageOf(err);
  if (err instanceof NotACatalogueError && input.fromFolder) return { status: 'passed-over', message };
  if (err instanceof CatalogueFormatError || err instanceof JsonStreamError)
    return { status: 'malformed', message };
  return { status: 'failed', message };
}

/** The stored catalogues the new ones do not replace, read back; one that cannot be is left out, saying why. */
async function keptMembers(
  store: KnowledgeStore,
  stored: readonly StoredCatalogue[],
  fresh: ReadonlyMap<string, Member>,
): Promise<{ kept: Member[]; dropped: RefreshResult['dropped'] }> {
  const kept: Member[] = [];
  const dropped: RefreshResult['dropped'] = [];
  for (const catalogue of stored.filter((c) => !fresh.has(c.id))) {
    try {
      const data = await store.catalogueData(catalogue.id);
      if (data === null) throw new Error('its parsed form is missing');
      kept.push({ parsed: readCatalogue(data), catalogue, data });
    } catch (err) {
      dropped.push({ id: catalogue.id, message: messageOf(err) });
    }
  }
  return { kept, dropped };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Inputs downloaded through the fetcher's streaming read, conditional on what was read last time. */
export function downloads(urls: readonly string[], fetcher: StreamFetcher): CatalogueInput[] {
  return urls.map((url) => ({
    url,
    async open(previous) {
      const r = await fetcher.stream({
        url,
        etag: previous?.etag ?? null,
        lastModified: previous?.lastModified ?? null,
      });
      if (r.kind === 'not-modified') return { kind: 'not-modified' };
      if (r.kind === 'failed') return { kind: 'failed', message: r.message };
      return {
        kind: 'body',
        body: r.body,
        validators: { etag: r.etag, lastModified: r.lastModified },
        date: httpDay(r.lastModified),
        close: r.close,
      };
    },
  }));
}

/** An HTTP date (`Wed, 10 Jul 2024 08:00:00 GMT`) as an ISO day, or null. */
function httpDay(value: string | null): string | null {
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}
