// Work a long-running bot has started and lets finish before it stops: each answer is tracked until it
// settles, and stopping waits for them, but never longer than its grace period.

export interface InFlight {
  /** Tracks the task until it settles; returns it. Its failure stays the caller's to handle. */
  track<T>(task: Promise<T>): Promise<T>;
  /** Resolves once every tracked task has settled, or after `graceMs`, whichever comes first. */
  drain(graceMs: number): Promise<void>;
}

export function createInFlight(): InFlight {
  const tasks = new Set<Promise<unknown>>();
  return {
    track(task) {
      tasks.add(task);
      const forget = () => tasks.delete(task);
      task.then(forget, forget);
      return task;
    },
    async drain(graceMs) {
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, graceMs);
        // A stopping process need not stay up for the grace period alone.
        timer.unref();
      });
      await Promise.race([Promise.allSettled([...tasks]), grace]);
      clearTimeout(timer);
    },
  };
}
