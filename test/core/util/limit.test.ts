// Bounded concurrency: tasks finish when the test says so, never after a timer.
import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../../src/core/util/limit.js';

/** A gate the test opens by hand. */
function gate(): { promise: Promise<void>; open: () => void } {
  const opener: { open?: () => void } = {};
  const promise = new Promise<void>((resolve) => {
    opener.open = resolve;
  });
  return { promise, open: () => opener.open?.() };
}

describe('createLimiter', () => {
  it('runs at most N tasks at once, in order', async () => {
    const limit = createLimiter(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const gates = [1, 2, 3, 4, 5].map(() => gate());
    const started: number[] = [];
    const all = Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        limit(async () => {
          running++;
          peak = Math.max(peak, running);
          started.push(n);
          await gates[n - 1]?.promise;
          order.push(n);
          running--;
        }),
      ),
    );
    // Let the first two start, then release every task in turn.
    for (const g of gates) {
      await Promise.resolve();
      g.open();
    }
    await all;
    expect(peak).toBe(2);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(started).toEqual([1, 2, 3, 4, 5]);
  });
});
