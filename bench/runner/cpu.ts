// CPU time from /proc, for the scaling curve: the whole machine's busy time, and a process with its
// children (the PostgreSQL server: the postmaster and its backends). Linux only; null elsewhere.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

let ticks: number | undefined;
/** Clock ticks a second, as /proc counts CPU time. */
function ticksPerSecond(): number {
  if (ticks === undefined) {
    try {
      ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}

/** Seconds every core has spent busy (not idle, not waiting for I/O) since boot; null off Linux. */
export function machineBusySeconds(): number | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, ...fields] = line.trim().split(/\s+/);
    const n = fields.map(Number);
    const total = n.slice(0, 8).reduce((a, b) => a + b, 0);
    const idle = (n[3] ?? 0) + (n[4] ?? 0);
    return (total - idle) / ticksPerSecond();
  } catch {
    return null;
  }
}

interface Stat {
  ppid: number;
  /** utime + stime, and cutime + cstime: what its reaped children used. */
  own: number;
  reaped: number;
}

/** Fields of /proc/PID/stat after the command name (which may hold spaces and parentheses). */
function statOf(pid: string): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = text
      .slice(text.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    return { ppid: f[1] ?? 0, own: (f[11] ?? 0) + (f[12] ?? 0), reaped: (f[13] ?? 0) + (f[14] ?? 0) };
  } catch {
    return null;
  }
}

/**
 * CPU seconds used by process `pid` and its children so far: its own time, the time of the children it
 * has reaped (a PostgreSQL backend that ended), and the time of those still running. Null when the
 * process cannot be read.
 */
export function treeCpuSeconds(pid: number): number | null {
  const root = statOf(String(pid));
  if (!root) return null;
  let total = root.own + root.reaped;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = statOf(entry);
    if (s?.ppid === pid) total += s.own;
  }
  return total / ticksPerSecond();
}
