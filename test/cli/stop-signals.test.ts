// `npm start` under a supervisor: a SIGTERM to npm reaches the bot (the start script execs node, so no
// shell sits between them and swallows it), the bot shuts down in order and exits 0, and a second SIGTERM
// while it does so is ignored rather than cutting the shutdown (and a scheduler's hand-over) short.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { envFor, ROOT, tempDir } from './helpers.js';

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** Resolves once GET /healthz answers 200: the bot has started, and its signal handlers with it. */
async function healthy(url: string, exited: () => boolean): Promise<void> {
  for (;;) {
    if (exited()) throw new Error('the bot exited before it answered /healthz');
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('npm start and stop signals', { timeout: 120_000 }, () => {
  it('stops in order and exits 0 on SIGTERM to npm, a second SIGTERM notwithstanding', async () => {
    const port = await freePort();
    const env = {
      ...envFor(tempDir('stop-signals'), {
        SITREP_HEALTH_PORT: String(port),
        SITREP_HEALTH_HOST: '127.0.0.1',
      }),
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
    };
    // stdin stays open and empty: the console waits, as under a supervisor that gives it nothing.
    const npm = spawn('npm', ['start', '--silent'], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let exited = false;
    const exit = once(npm, 'exit').then(([code, signal]) => {
      exited = true;
      return { code, signal };
    });
    await healthy(`http://127.0.0.1:${port}/healthz`, () => exited);
    npm.kill('SIGTERM');
    npm.kill('SIGTERM');
    expect(await exit).toEqual({ code: 0, signal: null });
    // The bot ended with npm: nothing answers on its health port any more.
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    npm.stdin.end();
  });
});
