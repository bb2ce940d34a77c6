// The replicas of the replicas test, as an operator sees them: which ones run and serve their chats, which
// one leads (each /healthz says), and what happens when the leader goes. A leader stopped or killed here
// is followed until another leads, and the failover is measured from the signal to the successor's own
// "leading since"; commands sent meanwhile are timed too. Everything they logged is at hand for a failure.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../adapters/slack/helpers.js';
import { leads, type Replica, startReplica } from './replica-process.js';

/** Deadlines only turn a hang into a failure. A start on a loaded machine takes seconds, not this. */
const READY_MS = 90_000;
/** Issue 18: when the leader dies, another takes over within 30 s. */
export const TAKEOVER_MS = 30_000;

export interface Failover {
  event: string;
  /** From the signal to the successor's "leading since". */
  ms: number;
  /** From the signal to the answers of the commands sent meanwhile, when there were any. */
  commandsAnsweredMs?: number;
}

export class ReplicaSet {
  readonly replicas: Replica[] = [];
  readonly failovers: Failover[] = [];
  private readonly dataDirs: string[] = [];

  /** `envFor` gives a replica its environment, its DATA_DIR aside. */
  constructor(private readonly envFor: (name: string) => Record<string, string>) {}

  /** Starts a replica with a DATA_DIR of its own; resolves once its process runs, before it is ready. */
  async start(name: string): Promise<Replica> {
    const dir = mkdtempSync(join(tmpdir(), `sitrep-replica-${name}-`));
    this.dataDirs.push(dir);
    const replica = startReplica({
      name,
      healthPort: await freePort(),
      interactionsPort: await freePort(),
      env: { ...this.envFor(name), DATA_DIR: dir },
    });
    this.replicas.push(replica);
    return replica;
  }

  /** Resolves once the replica serves its chats (its start-up line). */
  async ready(replica: Replica): Promise<Replica> {
    await replica.waitForLine(isStartLine, READY_MS);
    return replica;
  }

  running(): Replica[] {
    return this.replicas.filter((r) => r.running());
  }

  /**
   * Polls the running replicas' /healthz until one other than `gone` leads, and fails should two ever say
   * so at once. Resolves with it and when it began leading, by its own account.
   */
  async nextLeader(gone?: Replica): Promise<{ leader: Replica; since: number }> {
    const until = Date.now() + TAKEOVER_MS;
    while (Date.now() < until) {
      const running = this.running().filter((r) => r !== gone);
      const reports = await Promise.all(running.map((r) => r.health()));
      const leading = running.flatMap((r, i) => {
        const report = reports[i];
        return report?.scheduler.mode === 'elected' && leads(report)
          ? [{ leader: r, since: Date.parse(report.scheduler.since) }]
          : [];
      });
      if (leading.length > 1)
        throw new Error(`${leading.map((l) => l.leader.name).join(' and ')} lead at once:\n${this.logs()}`);
      if (leading[0]) return leading[0];
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`no replica led within ${TAKEOVER_MS} ms:\n${this.logs()}`);
  }

  /**
   * Signals `leader` and, while another takes over, runs `meanwhile` (commands to the survivors); resolves
   * with the successor once it leads, having recorded the failover.
   */
  async replace(
    leader: Replica,
    signal: NodeJS.Signals,
    event: string,
    meanwhile?: () => Promise<void>,
  ): Promise<Replica> {
    const at = Date.now();
    leader.kill(signal);
    const [next, answeredAt] = await Promise.all([
      this.nextLeader(leader),
      meanwhile?.().then(() => Date.now()),
    ]);
    if (next.since < at) throw new Error(`${next.leader.name} led before ${leader.name} was signalled`);
    this.failovers.push({
      event,
      ms: next.since - at,
      ...(answeredAt === undefined ? {} : { commandsAnsweredMs: answeredAt - at }),
    });
    return next.leader;
  }

  /** A replica serving its chats, other than `gone`. */
  survivorOf(gone: Replica): Replica {
    const survivor = this.running().find((r) => r !== gone && r.lines.some(isStartLine));
    if (!survivor) throw new Error(`no replica but ${gone.name} serves its chats:\n${this.logs()}`);
    return survivor;
  }

  /** Who led when, as the replicas logged it. */
  elections(): string {
    const said = this.replicas.flatMap((r) =>
      r.lines.flatMap((line) => {
        const entry = logEntry(line);
        return entry?.message.includes('leading') ? [`${entry.time} ${r.name}: ${entry.message}`] : [];
      }),
    );
    return said.sort().join('\n');
  }

  /** The last lines each replica wrote. */
  logs(lines = 15): string {
    return this.replicas.map((r) => `--- ${r.name}\n${r.lines.slice(-lines).join('\n')}`).join('\n');
  }

  /** Kills every replica still running, waits for them to end, and removes their data dirs. */
  async close(): Promise<void> {
    for (const r of this.replicas) r.kill('SIGKILL');
    await Promise.all(this.replicas.map((r) => r.exited));
    for (const dir of this.dataDirs) rmSync(dir, { recursive: true, force: true });
  }
}

const isStartLine = (line: string) => line.startsWith('Sitrep: ');

function logEntry(line: string): { time: string; message: string } | null {
  try {
    const entry = JSON.parse(line) as { time?: unknown; message?: unknown };
    return typeof entry.time === 'string' && typeof entry.message === 'string'
      ? { time: entry.time, message: entry.message }
      : null;
  } catch {
    return null;
  }
}
