// `npm start` with DISCORD_PUBLIC_KEY starts Discord's HTTP interactions endpoint beside everything else,
// and a port it cannot have stops start-up with one line that names it.
import { once } from 'node:events';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../adapters/discord/fake-discord.js';
import { ed25519Pair } from '../adapters/discord/interactions-support.js';
import { envFor, npmStart, tempDir } from './helpers.js';

describe('npm start with DISCORD_PUBLIC_KEY', { timeout: 60_000 }, () => {
  it('ends with one line, exit 2, when the endpoint’s port is taken', async () => {
    const taken = createServer();
    taken.listen(0);
    await once(taken, 'listening');
    const address = taken.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const r = await npmStart(
        '',
        envFor(tempDir('discord-http'), {
          DISCORD_PUBLIC_KEY: ed25519Pair().hex,
          DISCORD_APPLICATION_ID: APP_ID,
          DISCORD_INTERACTIONS_PORT: String(port),
        }),
      );
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        `The Discord interactions endpoint cannot listen on port ${port}: something else listens there.\n`,
      );
    } finally {
      taken.close();
    }
  });

  it('names the variable when the application id is missing', async () => {
    const r = await npmStart('', envFor(tempDir('discord-http'), { DISCORD_PUBLIC_KEY: ed25519Pair().hex }));
    expect(r.code).toBe(2);
    expect(r.err).toContain('DISCORD_APPLICATION_ID is missing');
  });
});
