// The outside world as the core sees it. Implementations live in src/infra; tests pass their own. The
// corpus store's ports (writing documents, reading the corpus, searching passages, remembering page
// furniture) are in store-ports.ts and the sources side in source-ports.ts, all exported from here with
// the others. Every store method returns a Promise: a database across the network implements them as
// naturally as a file does.

import type { KnowledgeStore } from './knowledge/store.js';
import type { SourceStore } from './source-ports.js';
import type { CorpusReader, DocumentWriter, FurnitureMemory, PassageSearch } from './store-ports.js';

export type * from './source-ports.js';
export type * from './store-ports.js';

export interface Logger {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

export interface Clock {
  now(): Date;
}

// ─── Names from STIX sources ────────────────────────────────────────────────────────────────────────

/** An actor's, malware's or tool's names as a STIX source gives them, for the knowledge overlay. */
export interface ImportedName {
  kind: 'threat_actor' | 'malware' | 'tool';
  name: string;
  aliases: string[];
  /** The object's STIX id in its source: a later version replaces the earlier. */
  stixId: string;
  /** Its ids in other systems (`mitre-attack` G0022), as the object cites them. */
  externalIds: { source: string; id: string }[];
  /** Who says so: "from <source name>". */
  provenance: string;
}

/** Names kept from STIX bundles and TAXII collections; the knowledge overlay reads them. */
export interface ImportedNames {
  /** Keeps names, one per provenance and STIX id (the latest kept wins); returns how many were new. */
  keepImportedNames(names: readonly ImportedName[], at: string): Promise<number>;
  /** Every name kept, the first kept first. */
  importedNames(): Promise<ImportedName[]>;
  /** A cheap token that changes whenever names are kept or changed, so readers know to read them again. */
  importedNamesVersion(): Promise<string>;
}

// ─── Fetching ───────────────────────────────────────────────────────────────────────────────────────

export interface FetchRequest {
  url: string;
  /** Validators from the last fetch, sent as If-None-Match / If-Modified-Since. */
  etag?: string | null;
  lastModified?: string | null;
  /** The media types asked for, when an API wants its own (TAXII); feeds and pages otherwise. */
  accept?: string;
  /** An Authorization header, sent to the address's own origin only: never after a redirect elsewhere. */
  authorization?: string | null;
}

export type FetchFailureKind =
  | 'invalid-url'
  | 'refused'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'http'
  | 'content-type'
  | 'network';

export type FetchResult =
  | {
      kind: 'ok';
      /** Where the body finally came from, after redirects. */
      url: string;
      status: number;
      contentType: string | null;
      body: string;
      etag: string | null;
      lastModified: string | null;
      /** The response's headers, names in lower case. */
      headers: Readonly<Record<string, string>>;
    }
  | { kind: 'not-modified'; url: string; etag: string | null; lastModified: string | null }
  | {
      kind: 'failed';
      reason: FetchFailureKind;
      message: string;
      status?: number;
      /** The headers of an HTTP error response (Retry-After, WWW-Authenticate). */
      headers?: Readonly<Record<string, string>>;
    };

/** HTTP GET with every safety rule applied. Never throws: a failure is a result. */
export interface Fetcher {
  fetch(request: FetchRequest): Promise<FetchResult>;
}

/** A download too large to hold whole (a catalogue of tens of MB), handed on as it arrives. */
export type StreamResult =
  | (Omit<Extract<FetchResult, { kind: 'ok' }>, 'body'> & {
      /** Throws, saying why, when the download's own cap or deadline is passed or the connection drops. */
      body: AsyncIterable<Uint8Array>;
      /** Stops the download when the reader gives up early; harmless once the body has ended. */
      close(): Promise<void>;
    })
  | Exclude<FetchResult, { kind: 'ok' }>;

/** The fetcher's streaming read: the same safety rules, a larger size cap, a longer deadline. */
export interface StreamFetcher {
  stream(request: FetchRequest): Promise<StreamResult>;
}

/** Cron expressions, behind a port so the core never imports the scheduler library. */
export interface Schedules {
  /** Null when the expression is valid; otherwise what is wrong with it, for a person. */
  check(expression: string): string | null;
  /** The first time strictly after `from` the expression fires, or null when it cannot tell. */
  next(expression: string, from: Date): Date | null;
  /**
   * The shortest time between two runs, in milliseconds, taking every day it runs on as followed by
   * another (so never longer than the truth); null for an invalid expression.
   */
  shortestGapMs(expression: string): number | null;
}

// ─── Signed requests ────────────────────────────────────────────────────────────────────────────────

export type ReplayVerdict = 'fresh' | 'replayed' | 'full';

/**
 * Each correctly signed platform request once, while its timestamp could still pass the check: what the
 * Slack HTTP guard and Discord's interactions endpoint ask before running one. Every replica behind one
 * load balancer must share it, or a request replayed to another replica would run there. Each guard's keys
 * are its own kind (Slack's signatures, Discord's interaction ids), so they never meet.
 */
export interface ReplayMemory {
  /**
   * 'fresh' the first time `key` is claimed until `timestampMs` leaves the window, 'replayed' after; 'full'
   * when a bounded memory holds only fresh keys (it refuses rather than forgets one early).
   */
  claim(key: string, timestampMs: number, nowMs: number): Promise<ReplayVerdict>;
}

// ─── The database ───────────────────────────────────────────────────────────────────────────────────

/**
 * One database behind every store port: what the app opens (SQLite today) and hands, a port at a time, to
 * the code that needs it. Closing it ends every port.
 */
export interface Store
  extends DocumentWriter,
    CorpusReader,
    PassageSearch,
    SourceStore,
    ImportedNames,
    FurnitureMemory,
    KnowledgeStore {
  close(): Promise<void>;
}
