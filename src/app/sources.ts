// Sources and briefings from configuration: the fetcher (timeout, allow-list), cron schedules in the
// configured time zone, the admins' channel, and the service the commands and the scheduler share.
import type { ChannelPlatform, ChannelRef, DeliveryRuns, Fetcher } from '../core/ports.js';
import type { SourcesOptions } from '../core/sources/context.js';
import { createSourcesService, type SourcesService } from '../core/sources/service.js';
import { cronSchedules } from '../infra/cron.js';
import { createFetcher } from '../infra/fetcher.js';
import { processRun } from '../infra/process-run.js';
import type { Config } from './config.js';
import { createOutbound, type OutboundRouter } from './outbound.js';
import type { Runtime } from './runtime.js';

export interface SourcesSetup {
  service: SourcesService;
  /** Register each connected platform's `post` here; the scheduler and admin notices post through it. */
  outbound: OutboundRouter;
  close(): Promise<void>;
}

type SourcesConfig = Pick<
  Config,
  | 'SITREP_FETCH_ALLOW_HOSTS'
  | 'SITREP_FETCH_TIMEOUT'
  | 'SITREP_ADMIN_CHANNEL'
  | 'SITREP_TIMEZONE'
  | 'SITREP_TAXII_AUTH'
>;

export function createSources(
  rt: Runtime,
  config: SourcesConfig,
  opts: {
    fetcher?: Fetcher;
    outbound?: OutboundRouter;
    options?: SourcesOptions;
    /** Who claims deliveries: this process run, unless the scheduler's seat says otherwise. */
    runs?: DeliveryRuns;
  } = {},
): SourcesSetup {
  const owned = opts.fetcher
    ? null
    : createFetcher({
        allowHosts: config.SITREP_FETCH_ALLOW_HOSTS,
        timeoutMs: config.SITREP_FETCH_TIMEOUT * 1000,
      });
  const fetcher = opts.fetcher ?? (owned as Fetcher);
  const outbound = opts.outbound ?? createOutbound();
  const service = createSourcesService({
    corpus: rt.corpus,
    knowledge: rt.knowledge,
    sources: rt.sourceStore,
    ingest: (inputs) => rt.ingest(inputs),
    fetcher,
    schedules: cronSchedules(config.SITREP_TIMEZONE),
    clock: rt.clock,
    logger: rt.logger,
    runs: opts.runs ?? processRun(),
    outbound,
    adminChannel: channelRef(config.SITREP_ADMIN_CHANNEL),
    names: rt.store,
    taxiiAuth: taxiiAuthFor(config.SITREP_TAXII_AUTH),
    ...(opts.options ? { options: opts.options } : {}),
  });
  return { service, outbound, close: async () => owned?.close() };
}

/** The configured credentials for an address: its host and port first, then its host (any port). */
export function taxiiAuthFor(byHost: Readonly<Record<string, string>>): (url: string) => string | null {
  return (url) => {
    try {
      const u = new URL(url);
      const port = u.port || (u.protocol === 'https:' ? '443' : '80');
      return byHost[`${u.hostname}:${port}`] ?? byHost[u.hostname] ?? null;
    } catch {
      return null;
    }
  };
}

/** "slack:C0123" → { platform: 'slack', id: 'C0123' }. */
export function channelRef(value: string | undefined): ChannelRef | null {
  const m = /^(slack|discord|terminal):(\S+)$/.exec(value ?? '');
  return m?.[1] && m[2] ? { platform: m[1] as ChannelPlatform, id: m[2] } : null;
}
