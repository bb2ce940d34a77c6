// Each signed request once, in one process: the replay memory (ReplayMemory, core/ports.ts) behind the
// checks of signed platform requests (Slack's HTTP mode, Discord's interactions endpoint) when Sitrep runs
// alone on SQLite; replicas share PostgreSQL's (infra/postgres/replay-memory.ts). A signature proves who
// sent a request, not that it is the first time it arrives; anyone who sees one (a logging proxy, a load
// balancer's access log) could send it again while its timestamp is fresh. The cache remembers each key
// until its timestamp leaves the window.
import type { ReplayMemory, ReplayVerdict } from '../ports.js';

/** How far a request's timestamp may be from now, either way: Slack's documented 5 minutes. */
export const SIGNATURE_WINDOW_MS = 5 * 60_000;
/**
 * Keys remembered at most. Only correctly signed requests are remembered, so only the platform's own
 * traffic can fill it: 50,000 is over 80 requests a second for the whole 10-minute span a signature can
 * be fresh in, and about 8 MB. When it is full of fresh keys, requests are refused (503) rather than a
 * key forgotten early, so a replay is never let through.
 */
export const REPLAY_CACHE_MAX = 50_000;

/** Each key once while it could still pass the timestamp check; bounded in size. */
export interface ReplayCache extends ReplayMemory {
  readonly size: number;
}

export function createReplayCache(max = REPLAY_CACHE_MAX, windowMs = SIGNATURE_WINDOW_MS): ReplayCache {
  /** Key → when its timestamp leaves the window (after that the timestamp check refuses it). */
  const until = new Map<string, number>();
  let nextSweep = 0;
  const sweep = (nowMs: number) => {
    for (const [key, end] of until) if (end < nowMs) until.delete(key);
    nextSweep = nowMs + windowMs / 5;
  };
  // Synchronous inside, so two claims of one key in this process can never both be fresh.
  const claim = (key: string, timestampMs: number, nowMs: number): ReplayVerdict => {
    if (nowMs >= nextSweep || until.size >= max) sweep(nowMs);
    const end = until.get(key);
    if (end !== undefined && end >= nowMs) return 'replayed';
    if (until.size >= max) return 'full';
    until.set(key, timestampMs + windowMs);
    return 'fresh';
  };
  return {
    claim: async (key, timestampMs, nowMs) => claim(key, timestampMs, nowMs),
    get size() {
      return until.size;
    },
  };
}

/**
 * Why a request's timestamp (whole seconds, as the header gives it) is refused, or null when it is within
 * the window of `nowMs` either way: a timestamp from the future would stay fresh for longer.
 */
export function timestampRefusal(seconds: string, nowMs: number, windowMs = SIGNATURE_WINDOW_MS) {
  if (!/^\d{1,12}$/.test(seconds)) return 'the timestamp is not a number of seconds';
  const skew = Number(seconds) * 1000 - nowMs;
  if (skew > windowMs) return `timestamp ${Math.round(skew / 1000)} s in the future`;
  if (-skew > windowMs) return `timestamp ${Math.round(-skew / 1000)} s old`;
  return null;
}
