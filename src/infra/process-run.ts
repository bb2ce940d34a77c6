// This process run as a delivery claimer: "host/pid/start". A claim written by a run on this host whose
// process is gone, or by an earlier run with this very pid (a restarted container is pid 1 again), can be
// taken back at once. A run on another host cannot be checked from here: its claims wait for their lease.
import { hostname } from 'node:os';
import type { DeliveryRuns } from '../core/ports.js';

/** `started`: when this process started (ms); tests pass another value to stand for a restarted process. */
export function processRun(started: number = Math.round(performance.timeOrigin)): DeliveryRuns {
  const host = hostname();
  const self = `${host}/${process.pid}/${started}`;
  return {
    self,
    isGone(run) {
      const m = /^(.*)\/(\d+)\/(\d+)$/.exec(run);
      if (!m || m[1] !== host) return false;
      const pid = Number(m[2]);
      // This pid is this process: a run with it that is not this one ran before it, and has ended.
      if (pid === process.pid) return run !== self;
      return !alive(pid);
    },
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (err) {
    // EPERM: it exists, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
