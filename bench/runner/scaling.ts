// The scaling curve (issue 18): 1, 2, 3… replicas, each a process with its own runtime on the same
// PostgreSQL database, asking a fixed mix of questions as fast as they can for the same window. Per
// replica count: commands per second over all replicas, latency over every command, and where the CPU
// went (the replicas, the database server's processes, the whole machine).
import { type ChildProcess, spawn } from 'node:child_process';
import os from 'node:os';
import type { BenchDatabase } from './bench-database.js';
import { machineBusySeconds } from './cpu.js';
import { MIX, REPLICA_MARK, type ReplicaReport } from './replica-child.js';
import type { Scaling, ScalingPoint } from './types.js';
import { progress, ROOT, RUN_SCRIPT, round, summarise } from './util.js';

export interface ScalingOptions {
  db: BenchDatabase;
  /** The queries of the largest size (queries-<size>.json), and that size. */
  queriesFile: string;
  docs: number;
  /** A data dir for the replicas' runtimes (PostgreSQL keeps everything; exports would go here). */
  dataDir: string;
  counts: number[];
  seconds: number;
  concurrency: number;
  seed: number;
}

/** A replica has this long to open, warm up and say it is ready, and to report after its window. */
const READY_MS = 10 * 60_000;
const REPORT_MS = 5 * 60_000;

interface Replica {
  child: ChildProcess;
  /** Resolves at the child's next line of the given step. */
  next(step: 'ready' | 'done'): Promise<Record<string, unknown>>;
  exited: Promise<void>;
}

function spawnReplica(n: number, o: ScalingOptions): Replica {
  const child = spawn(
    process.execPath,
    [
      ...['--import', 'tsx', RUN_SCRIPT, '--phase', 'replica', '--replica', String(n)],
      ...['--database-url', o.db.url, '--dir', o.dataDir, '--queries-file', o.queriesFile],
      ...['--scale-concurrency', String(o.concurrency), '--seed', String(o.seed)],
    ],
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const lines: Record<string, unknown>[] = [];
  const waiting: (() => void)[] = [];
  let buffer = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const line of parts)
      if (line.startsWith(REPLICA_MARK)) lines.push(JSON.parse(line.slice(REPLICA_MARK.length)));
    for (const wake of waiting.splice(0)) wake();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err = (err + chunk.toString()).slice(-2000);
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const next = async (step: string) => {
    const limit = step === 'ready' ? READY_MS : REPORT_MS;
    const deadline = Date.now() + limit;
    for (;;) {
      const found = lines.find((l) => l.step === step);
      if (found) return found;
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`replica ${n} gave no '${step}' (${child.exitCode ?? 'timed out'}): ${err.trim()}`);
      await Promise.race([new Promise<void>((wake) => waiting.push(wake)), exited, sleep(1000)]);
    }
  };
  return { child, next, exited };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** CPU seconds so far of the database, the machine; and wall time. */
const cpuNow = (db: BenchDatabase) => ({
  at: performance.now(),
  db: db.cpuSeconds(),
  machine: machineBusySeconds(),
});

const perSecond = (a: number | null, b: number | null, seconds: number) =>
  a === null || b === null ? null : round((b - a) / seconds, 2);

async function point(replicas: number, o: ScalingOptions): Promise<ScalingPoint> {
  const children = Array.from({ length: replicas }, (_, i) => spawnReplica(i + 1, o));
  try {
    await Promise.all(children.map((c) => c.next('ready')));
    const before = cpuNow(o.db);
    const until = Date.now() + o.seconds * 1000;
    for (const c of children) c.child.stdin?.write(`${JSON.stringify({ until })}\n`);
    const reports = (await Promise.all(children.map((c) => c.next('done')))) as unknown as ReplicaReport[];
    const after = cpuNow(o.db);
    const seconds = (after.at - before.at) / 1000;
    const times = reports.flatMap((r) => r.times);
    const latency = summarise(times, [], {
      errors: reports.reduce((a, r) => a + r.errors, 0),
      userErrors: reports.reduce((a, r) => a + r.userErrors, 0),
    });
    const perReplica = reports.map((r) => {
      const l = summarise(r.times, []);
      return { commands: r.times.length, p50: l.p50, p99: l.p99, cpuSeconds: r.cpuSeconds };
    });
    await Promise.all(children.map((c) => c.exited));
    return {
      replicas,
      seconds: round(seconds, 2),
      commands: times.length,
      commandsPerSec: round(times.length / seconds, 1),
      latency,
      perReplica,
      replicaCores: round(reports.reduce((a, r) => a + r.cpuSeconds, 0) / seconds, 2),
      databaseCores: perSecond(before.db, after.db, seconds),
      machineCores: perSecond(before.machine, after.machine, seconds),
      loadAverage1m: round(os.loadavg()[0] ?? 0, 2),
    };
  } finally {
    for (const c of children) if (c.child.exitCode === null) c.child.kill('SIGKILL');
  }
}

export async function measureScaling(o: ScalingOptions): Promise<Scaling> {
  const points: ScalingPoint[] = [];
  for (const n of o.counts) {
    progress(`scaling: ${n} replica(s) for ${o.seconds} s, ${o.concurrency} commands in flight each`);
    const p = await point(n, o);
    points.push(p);
    progress(
      `  ${p.commandsPerSec} commands/s (p50 ${p.latency.p50}, p99 ${p.latency.p99} ms; errors ${p.latency.errors}, user errors ${p.latency.userErrors}); CPU cores: replicas ${p.replicaCores}, database ${p.databaseCores ?? '?'}, machine ${p.machineCores ?? '?'}; load ${p.loadAverage1m}`,
    );
  }
  return { docs: o.docs, concurrency: o.concurrency, mix: MIX, points };
}
