// Waiting on events instead of time, for tests: a promise the test settles by hand (a command that works
// until the test lets it finish, a server that answers when told), and waiting for a condition that is
// checked again each time the thing it watches changes. Timeouts here only turn a hang into a failure.

export interface Deferred<T = void> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

/** A promise and the functions that settle it (Promise.withResolvers, which Node 20 lacks). */
export function deferred<T = void>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  let reject: (reason: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Conditions waiting on one recorder: `changed()` after each record checks them again. */
export class Waiters {
  private waiting: (() => void)[] = [];

  changed(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const check of waiting) check();
  }

  /** Resolves with the first defined answer of `probe`, checked now and after every change. */
  until<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const check = () => {
        if (timedOut) return;
        const found = probe();
        if (found === undefined) this.waiting.push(check);
        else {
          clearTimeout(timer);
          resolve(found);
        }
      };
      check();
    });
  }
}
