// /brief when nothing is waiting: it says what is true of this channel, never "since its last briefing"
// when there may have been none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLine } from '../../src/adapters/terminal/run-line.js';
import { createExecutor, type Executor } from '../../src/app/executor.js';
import { type Env, openEnv, startServer, type TestServer, textOf } from '../sources/helpers.js';

let server: TestServer;
let env: Env;
let executor: Executor;

beforeAll(async () => {
  server = await startServer();
  env = await openEnv(server);
  executor = createExecutor(env.rt, [], env.service);
});
afterAll(async () => {
  await env.close();
  await server.close();
});

describe('/brief with nothing waiting', () => {
  it('on a fresh install, says the channel follows nothing yet and how to start', async () => {
    const r = await runLine('/brief', executor);
    expect(r.status).toBe('ok');
    expect(textOf(r)).not.toMatch(/last briefing/);
    expect(textOf(r)).toMatch(/follows nothing yet/);
    expect(textOf(r)).toMatch(/\/follow/);
  });

  it('once the channel follows something, says nothing matching is waiting', async () => {
    await runLine('/follow APT31', executor);
    const r = await runLine('/brief', executor);
    expect(r.status).toBe('ok');
    expect(textOf(r)).not.toMatch(/last briefing/);
    expect(textOf(r)).toMatch(/no report matching what it follows is waiting/);
  });
});
