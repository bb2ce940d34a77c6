// Which replica is the scheduler (issue 18, ADR 14): the one whose session holds a session-level advisory
// lock, taken with pg_try_advisory_lock on a connection of its own (leader-session.ts). A follower tries
// again every `retryMs` on an injected schedule and at once when the leader hands over; a leader checks on
// the same schedule that the server still sees its lock. Leadership is lost the moment the session fails,
// before the server frees the lock for anyone else, so two replicas never both believe they lead while the
// database can tell them apart: a check that fails or gets no answer is lost leadership at once, and the
// session (with the lock) is closed only once the listeners have stopped what leading started, or after
// `retryMs`. Stopping hands over: unlock, notify, close.
import type { Clock, Logger } from '../../core/ports.js';
import { createInFlight } from '../../core/util/in-flight.js';
import { type Schedule, timerSchedule } from '../schedule.js';
import {
  HANDOVER_CHANNEL,
  holdsLock,
  type LeaderSession,
  openSession,
  type SessionOptions,
} from './leader-session.js';
import { LEADER_LOCK } from './locks.js';
import type { TlsSettings } from './tls.js';

export interface LeaderStatus {
  leading: boolean;
  /** When this replica began leading or following (ISO 8601, the injected clock's). */
  since: string;
  /** Why the last attempt or session failed; null after a successful attempt. */
  lastError: string | null;
}

export interface LeaderElection {
  status(): LeaderStatus;
  /** One attempt now: take the lock when following, check it when leading. Resolves to `leading`. */
  attempt(): Promise<boolean>;
  /** Attempts now and then every `retryMs`, until stopped. */
  start(): void;
  /** Stops attempting and hands leadership over (unlock, notify the followers, close the session). */
  stop(): Promise<void>;
  /**
   * Called with the new state each time leadership is won or lost; returns what unsubscribes. On a loss
   * the lock is let go once the promise a listener returns has settled (within `retryMs`): a scheduler
   * finishes the post it began before another replica may take its deliveries back.
   */
  onChange(listener: ChangeListener): () => void;
}

export type ChangeListener = (leading: boolean) => void | Promise<void>;

export interface LeaderElectionOptions {
  url: string;
  tls?: TlsSettings | undefined;
  clock: Clock;
  schedule?: Schedule;
  /** Between attempts (10 s by default): a dead leader's successor leads within this after the server frees the lock. */
  retryMs?: number;
  /** This replica's name in pg_stat_activity. */
  name?: string;
  /** How long a lost leadership keeps the lock while the listeners stop what leading started (`retryMs` by default). */
  stopWaitMs?: number;
  /** The server's TCP keepalive on the session, in seconds (5 by default: a vanished host's lock is freed in 20 s). */
  keepaliveSeconds?: number;
  key?: readonly [number, number];
  logger?: Pick<Logger, 'info' | 'warn'>;
}

type Session = LeaderSession;

interface State {
  session: Session | null;
  leading: boolean;
  since: string;
  lastError: string | null;
  stopped: boolean;
  cancel: (() => void) | null;
  attempting: Promise<boolean> | null;
  listeners: Set<ChangeListener>;
  /** How long a lost leadership keeps its lock for the listeners to finish. */
  stopWaitMs: number;
}

export function createLeaderElection(opts: LeaderElectionOptions): LeaderElection {
  const retryMs = opts.retryMs ?? 10_000;
  const key = opts.key ?? LEADER_LOCK;
  const schedule = opts.schedule ?? timerSchedule;
  const s: State = {
    session: null,
    leading: false,
    since: opts.clock.now().toISOString(),
    lastError: null,
    stopped: false,
    cancel: null,
    attempting: null,
    listeners: new Set(),
    stopWaitMs: opts.stopWaitMs ?? retryMs,
  };
  const set = (leading: boolean, error: string | null) => setLeading(s, opts, leading, error);
  const sessionOptions: SessionOptions = {
    url: opts.url,
    tls: opts.tls,
    name: opts.name ?? `sitrep-${process.pid}`,
    keepaliveSeconds: opts.keepaliveSeconds ?? 5,
    // A leader cut off from the server gives up within 1.5 × retryMs (its check every retryMs, failing after
    // half of one), before the server frees the lock (4 × keepaliveSeconds after the last packet) for a
    // successor: keep 1.5 × retryMs below 4 × keepaliveSeconds (defaults: 15 s and 20 s).
    queryTimeoutMs: retryMs / 2,
  };
  const attempt = (): Promise<boolean> => {
    if (s.stopped) return Promise.resolve(false);
    s.attempting ??= attemptOnce(s, key, set, () => connect(s, sessionOptions, set, attempt)).finally(() => {
      s.attempting = null;
    });
    return s.attempting;
  };
  const loop = () => {
    s.cancel = schedule(retryMs, () => {
      void attempt().finally(() => {
        if (!s.stopped) loop();
      });
    });
  };
  return {
    status: () => ({ leading: s.leading, since: s.since, lastError: s.lastError }),
    attempt,
    start() {
      if (s.cancel || s.stopped) return;
      loop();
      void attempt();
    },
    stop: () => handOver(s, key, set),
    onChange(listener) {
      s.listeners.add(listener);
      return () => s.listeners.delete(listener);
    },
  };
}

/** Records the state and tells the listeners; resolves when they are done (at most `stopWaitMs` on a loss). */
function setLeading(
  s: State,
  opts: LeaderElectionOptions,
  leading: boolean,
  error: string | null,
): Promise<void> {
  s.lastError = error;
  if (s.leading === leading) return Promise.resolve();
  s.leading = leading;
  s.since = opts.clock.now().toISOString();
  if (leading) opts.logger?.info('leading: this replica is the scheduler');
  // Lost to an error is worth a warning; handed over by a stop is the plan.
  else if (error) opts.logger?.warn('no longer leading', { error });
  else opts.logger?.info('no longer leading: handed over');
  const heard = createInFlight();
  for (const listener of s.listeners) void heard.track(Promise.resolve(listener(leading)));
  return leading ? Promise.resolve() : heard.drain(s.stopWaitMs);
}

type SetLeading = (leading: boolean, error: string | null) => Promise<void>;

/** The session, opened when there is none; its end costs leadership at once. */
async function connect(
  s: State,
  opts: SessionOptions,
  set: SetLeading,
  attempt: () => Promise<boolean>,
): Promise<Session> {
  if (s.session) return s.session;
  const session = await openSession(opts, {
    gone(reason) {
      if (s.session !== session) return;
      s.session = null;
      void set(false, reason);
    },
    handover: () => void afterHandover(s, attempt),
  });
  if (s.stopped) {
    await session.end().catch(() => {});
    throw new Error('stopped');
  }
  s.session = session;
  return session;
}

/**
 * A follower's answer to a hand-over notice: an attempt that starts after it. One under way may have tried
 * before the leader let go, its answer not yet read (the server sends the notice ahead of the answer's end);
 * joining it would lose the notice and leave the seat empty until the next scheduled attempt. A leader has
 * nothing to take.
 */
export async function afterHandover(
  s: { leading: boolean; attempting: Promise<boolean> | null },
  attempt: () => Promise<boolean>,
): Promise<boolean> {
  await s.attempting?.catch(() => false);
  return s.leading ? true : attempt();
}

/** Takes the lock when following; checks the server still sees it held when leading. */
async function attemptOnce(
  s: State,
  key: readonly [number, number],
  set: SetLeading,
  connect: () => Promise<Session>,
): Promise<boolean> {
  try {
    const session = await connect();
    if (s.leading) {
      // Taking the lock again would stack a second hold that one unlock does not free.
      const held = await holdsLock(session, key);
      await set(held, held ? null : 'the server no longer sees this session holding the lock');
      return held;
    }
    const { rows } = await session.query('SELECT pg_try_advisory_lock($1, $2) AS got', [...key]);
    await set(rows[0]?.got === true, null);
    return s.leading;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    // A session that failed a query cannot be trusted to hold anything: this replica stops leading, then
    // drops the session, so the server frees the lock only once this replica no longer acts on it.
    const session = s.session;
    s.session = null;
    if (!s.stopped) await set(false, reason);
    await session?.end().catch(() => {});
    return false;
  }
}

/** Stops attempting; a leader unlocks and tells the followers before its session closes. */
async function handOver(s: State, key: readonly [number, number], set: SetLeading): Promise<void> {
  s.stopped = true;
  s.cancel?.();
  s.cancel = null;
  await s.attempting?.catch(() => false);
  const session = s.session;
  s.session = null;
  if (!session) {
    await set(false, null);
    return;
  }
  const wasLeading = s.leading;
  // This replica stops acting as the scheduler before the lock is free for another.
  await set(false, null);
  try {
    if (wasLeading) {
      await session.query('SELECT pg_advisory_unlock($1, $2)', [...key]);
      await session.query(`NOTIFY ${HANDOVER_CHANNEL}`);
    }
  } finally {
    // Closing frees the lock too, if the unlock above failed.
    await session.end().catch(() => {});
  }
}
