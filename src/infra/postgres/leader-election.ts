// Which replica is the scheduler (issue 18, ADR 14): the one whose session holds a session-level advisory
// lock, taken with pg_try_advisory_lock on a connection of its own (leader-session.ts). A follower tries
// again every `retryMs` on an injected schedule and at once when the leader hands over; a leader checks on
// the same schedule that the server still sees its lock. Leadership is lost the moment the session fails,
// before the server frees the lock for anyone else, so two replicas never both believe they lead while the
// database can tell them apart. Stopping hands over: unlock, notify, close.
import type { Clock, Logger } from '../../core/ports.js';
import { type Schedule, timerSchedule } from '../schedule.js';
import { HANDOVER_CHANNEL, holdsLock, openSession, type SessionOptions } from './leader-session.js';
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
  /** Called with the new state each time leadership is won or lost; returns what unsubscribes. */
  onChange(listener: (leading: boolean) => void): () => void;
}

export interface LeaderElectionOptions {
  url: string;
  tls?: TlsSettings | undefined;
  clock: Clock;
  schedule?: Schedule;
  /** Between attempts (10 s by default): a dead leader's successor leads within this after the server frees the lock. */
  retryMs?: number;
  /** This replica's name in pg_stat_activity. */
  name?: string;
  /** The server's TCP keepalive on the session, in seconds (5 by default: a vanished host's lock is freed in 20 s). */
  keepaliveSeconds?: number;
  key?: readonly [number, number];
  logger?: Pick<Logger, 'info' | 'warn'>;
}

type Session = Awaited<ReturnType<typeof openSession>>;

interface State {
  session: Session | null;
  leading: boolean;
  since: string;
  lastError: string | null;
  stopped: boolean;
  cancel: (() => void) | null;
  attempting: Promise<boolean> | null;
  listeners: Set<(leading: boolean) => void>;
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

function setLeading(s: State, opts: LeaderElectionOptions, leading: boolean, error: string | null): void {
  s.lastError = error;
  if (s.leading === leading) return;
  s.leading = leading;
  s.since = opts.clock.now().toISOString();
  if (leading) opts.logger?.info('leading: this replica is the scheduler');
  // Lost to an error is worth a warning; handed over by a stop is the plan.
  else if (error) opts.logger?.warn('no longer leading', { error });
  else opts.logger?.info('no longer leading: handed over');
  for (const listener of s.listeners) listener(leading);
}

type SetLeading = (leading: boolean, error: string | null) => void;

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
      set(false, reason);
    },
    // A follower tries at once; a leader has nothing to take.
    handover: () => {
      if (!s.leading) void attempt();
    },
  });
  if (s.stopped) {
    await session.end().catch(() => {});
    throw new Error('stopped');
  }
  s.session = session;
  return session;
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
      set(held, held ? null : 'the server no longer sees this session holding the lock');
      return held;
    }
    const { rows } = await session.query('SELECT pg_try_advisory_lock($1, $2) AS got', [...key]);
    set(rows[0]?.got === true, null);
    return s.leading;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    // A session that failed a query cannot be trusted to hold anything: drop it, so the server frees it.
    const session = s.session;
    s.session = null;
    await session?.end().catch(() => {});
    if (!s.stopped) set(false, reason);
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
    set(false, null);
    return;
  }
  const wasLeading = s.leading;
  // This replica stops acting as the scheduler before the lock is free for another.
  set(false, null);
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
