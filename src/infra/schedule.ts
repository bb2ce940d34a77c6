// Waiting on an injected schedule instead of the timers themselves, so a test fires what is due by hand
// instead of sleeping (the leader election's retries, the health check's time limit).

/** Runs `run` once after `ms`; returns what cancels it. */
export type Schedule = (ms: number, run: () => void) => () => void;

export const timerSchedule: Schedule = (ms, run) => {
  const timer = setTimeout(run, ms);
  // The bot's servers keep the process alive, never a pending retry or time limit.
  timer.unref();
  return () => clearTimeout(timer);
};
