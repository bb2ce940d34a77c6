// A replica of the bot for the replicas test: `npm start`'s entry (src/app/main.ts through tsx) in a child
// process of its own, so it can be killed as a host dies (SIGKILL) or stopped as an orchestrator stops it
// (SIGTERM). Its /healthz says whether it leads; its log lines (JSON on stderr) are kept for the test's
// failure messages and read for what the process says about itself.
import { type ChildProcess, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import type { HealthReport } from '../../src/infra/health-server.js';
import { Waiters } from '../support/events.js';

const ROOT = new URL('../..', import.meta.url).pathname;

export interface Replica {
  readonly name: string;
  readonly pid: number;
  /** http://127.0.0.1:port of its /healthz. */
  readonly healthUrl: string;
  /** Its Discord interactions endpoint. */
  readonly interactionsUrl: string;
  /** What it wrote on stdout and stderr, a line each, oldest first. */
  readonly lines: string[];
  /** Resolves when the process has ended, with how. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Whether the process is still running. */
  running(): boolean;
  /** Resolves with the first line `match` accepts (now or later); rejects when the process ends first. */
  waitForLine(match: (line: string) => boolean, timeoutMs: number): Promise<string>;
  /** Its /healthz, or null while it does not answer (starting, stopped, killed). */
  health(): Promise<HealthReport | null>;
  kill(signal: NodeJS.Signals): void;
}

export interface ReplicaOptions {
  name: string;
  /** The whole environment besides PATH and HOME: nothing leaks from the test's own. */
  env: Record<string, string>;
  healthPort: number;
  interactionsPort: number;
}

/** Starts `npm start`'s entry with `env`; resolves once the process runs (not yet once it is ready). */
export function startReplica(opts: ReplicaOptions): Replica {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/app/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: tmpdir(),
      ...opts.env,
      SITREP_HEALTH_PORT: String(opts.healthPort),
      SITREP_HEALTH_HOST: '127.0.0.1',
      DISCORD_INTERACTIONS_PORT: String(opts.interactionsPort),
    },
    // No terminal on stdin: the bot serves its chats until a signal, as under a process manager.
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters = new Waiters();
  let ended = false;
  for (const stream of [child.stdout, child.stderr])
    if (stream)
      createInterface({ input: stream }).on('line', (line) => {
        lines.push(line);
        waiters.changed();
      });
  // A test process that ends without its teardown takes its replicas with it.
  const orphaned = () => child.kill('SIGKILL');
  process.once('exit', orphaned);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      ended = true;
      process.off('exit', orphaned);
      waiters.changed();
      resolve({ code, signal });
    });
  });
  const healthUrl = `http://127.0.0.1:${opts.healthPort}`;
  return {
    name: opts.name,
    pid: child.pid ?? -1,
    healthUrl,
    interactionsUrl: `http://127.0.0.1:${opts.interactionsPort}/discord/interactions`,
    lines,
    exited,
    running: () => !ended,
    async waitForLine(match, timeoutMs) {
      const found = await waiters.until(
        () => {
          const line = lines.find(match);
          if (line !== undefined) return { line };
          return ended ? { line: null } : undefined;
        },
        timeoutMs,
        `a line from ${opts.name}`,
      );
      if (found.line === null) throw new Error(`${opts.name} ended:\n${lines.slice(-20).join('\n')}`);
      return found.line;
    },
    async health() {
      try {
        const res = await fetch(`${healthUrl}/healthz`, { signal: AbortSignal.timeout(5000) });
        return (await res.json()) as HealthReport;
      } catch {
        return null;
      }
    },
    kill(signal) {
      if (!ended) child.kill(signal);
    },
  };
}

/** Whether the report says this replica leads. */
export function leads(report: HealthReport | null): boolean {
  return report?.scheduler.mode === 'elected' && report.scheduler.leading;
}
