// What the sources modules (registry, poller, follows, delivery) share: their ports, the options with
// their defaults, who did something (for the audit log), and the listeners told when a source or a follow
// changes (the scheduler re-syncs its jobs on them).
import type { Corpus } from '../corpus.js';
import type { IngestSummary, PendingInput } from '../ingest.js';
import type { KnowledgeAccess } from '../knowledge/access.js';
import type {
  AuditEntry,
  ChannelPlatform,
  ChannelRef,
  Clock,
  DeliveryRuns,
  Fetcher,
  ImportedNames,
  Logger,
  Outbound,
  Schedules,
  SourceStore,
} from '../ports.js';
import { MIN_INTERVAL_MS } from './schedule.js';

/** Who did something, for permissions and the audit log. */
export interface Actor {
  platform: ChannelPlatform;
  userId: string;
}

export const actorName = (a: Actor): string => `${a.platform}:${a.userId}`;

/** The actor named in the audit log for what Sitrep does by itself (pausing a failing source). */
export const SYSTEM = 'sitrep';

export interface SourcesOptions {
  /** Consecutive failed polls after which a source is paused and the admins are told. */
  maxFailures?: number;
  /** Polls running at once in pollDue. */
  concurrency?: number;
  /** Items ingested per poll; the rest wait for the next one (on a first fetch they are only marked seen). */
  maxIngestPerPoll?: number;
  /** Linked pages fetched per poll for items whose feed gives only a summary. */
  maxArticleFetches?: number;
  /** Attempts before a delivery is given up as failed. */
  maxDeliveryAttempts?: number;
  /** How long a claimed delivery is reserved for the poster that claimed it. */
  deliveryLeaseMs?: number;
  /** The shortest time between two polls of a source, or two digests, that a schedule may ask for. */
  minIntervalMs?: number;
}

export interface SourcesDeps {
  corpus: Corpus;
  sources: SourceStore;
  /** The one ingestion path (the runtime's: it also refreshes the corpus caches and the index snapshot). */
  ingest(inputs: PendingInput[]): Promise<IngestSummary>;
  fetcher: Fetcher;
  schedules: Schedules;
  clock: Clock;
  logger: Logger;
  /** This process run, named on the deliveries it claims; tells which other runs have ended. */
  runs: DeliveryRuns;
  /** Where briefings and admin notices go; delivery is off without it. */
  outbound?: Outbound;
  /** Where an auto-paused source is reported. */
  adminChannel?: ChannelRef | null;
  /** Where the actor, malware and tool names of STIX sources are kept; not kept without it. */
  names?: ImportedNames;
  /** The Authorization header for a TAXII server's address, from the configuration (never from the URL). */
  taxiiAuth?: (url: string) => string | null;
  options?: SourcesOptions;
  /** The field's catalogues: a followed catalogue name follows every name of its entry, once they are read. */
  knowledge?: KnowledgeAccess;
}

export interface SourcesContext extends Omit<SourcesDeps, 'sources' | 'options'> {
  db: SourceStore;
  opt: Required<SourcesOptions>;
  /** Tells the change listeners that a source or a follow was added, removed, paused or resumed. */
  changed(): void;
}

export function withDefaults(o: SourcesOptions = {}): Required<SourcesOptions> {
  return {
    maxFailures: o.maxFailures ?? 5,
    concurrency: o.concurrency ?? 4,
    maxIngestPerPoll: o.maxIngestPerPoll ?? 50,
    maxArticleFetches: o.maxArticleFetches ?? 10,
    maxDeliveryAttempts: o.maxDeliveryAttempts ?? 10,
    deliveryLeaseMs: o.deliveryLeaseMs ?? 10 * 60_000,
    minIntervalMs: o.minIntervalMs ?? MIN_INTERVAL_MS,
  };
}

export const isoNow = (ctx: Pick<SourcesContext, 'clock'>): string => ctx.clock.now().toISOString();

export function auditEntry(
  ctx: Pick<SourcesContext, 'clock'>,
  by: Actor | string,
  action: string,
  detail: string,
): AuditEntry {
  return { at: isoNow(ctx), who: typeof by === 'string' ? by : actorName(by), action, detail };
}

/** Listeners for changes; one that throws is logged and never stops the others or the change. */
export function changeListeners(logger: Logger): {
  notify(): void;
  subscribe(listener: () => void): () => void;
} {
  const listeners = new Set<() => void>();
  return {
    notify() {
      for (const l of listeners) {
        try {
          l();
        } catch (err) {
          logger.error('source change listener failed', { error: String(err) });
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
