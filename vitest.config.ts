import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Test files share their worker's modules instead of each loading the app again: loading was more
    // than half of the suite's time. It holds because no test leaves global state behind (no module
    // mocks; fake timers restored; servers, bots and stores closed), and the suite passes in any file
    // order (--sequence.shuffle.files).
    isolate: false,
  },
});
