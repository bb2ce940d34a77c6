// The fetcher's streaming read, for catalogue downloads, against a real local server: a body larger than
// the normal cap arrives chunk by chunk under a cap of its own, and every rule of the normal fetch holds.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamResult } from '../../src/core/ports.js';
import { createFetcher, FETCH_MAX_BYTES, STREAM_MAX_BYTES } from '../../src/infra/fetcher.js';
import { startServer, type TestServer } from '../sources/helpers.js';

const SIX_MB = Buffer.alloc(6 * 1024 * 1024, 'x');
let server: TestServer;
let fetcher: ReturnType<typeof createFetcher>;

beforeAll(async () => {
  server = await startServer();
  fetcher = createFetcher({ allowHosts: [server.host] });
  server.routes.set('/big.json', () => ({ type: 'application/json', body: SIX_MB }));
  server.routes.set('/big-chunked.json', () => ({ type: 'application/json', body: SIX_MB, chunked: true }));
  server.routes.set('/hop', () => ({ status: 302, headers: { location: '/big.json' } }));
  server.routes.set('/to-private', () => ({ status: 302, headers: { location: 'http://10.1.2.3/x.json' } }));
  server.routes.set('/image', () => ({ type: 'image/png', body: Buffer.from([0x89, 0x50]) }));
  server.routes.set('/cond.json', (req) =>
    req.headers['if-none-match'] === '"v1"'
      ? { status: 304 }
      : { type: 'text/plain', body: '{"values": []}', headers: { etag: '"v1"' } },
  );
});
afterAll(async () => {
  await fetcher.close();
  await server.close();
});

async function bytesOf(r: StreamResult): Promise<number> {
  if (r.kind !== 'ok') throw new Error(`expected a body, got ${r.kind}`);
  let n = 0;
  for await (const chunk of r.body) n += chunk.length;
  return n;
}

describe('streaming a download', () => {
  it('reads a body over the normal cap chunk by chunk, after redirects, while fetch keeps its cap', async () => {
    expect(STREAM_MAX_BYTES).toBeGreaterThan(45 * 1024 * 1024);
    expect(await bytesOf(await fetcher.stream({ url: server.url('/hop') }))).toBe(SIX_MB.length);
    expect(await bytesOf(await fetcher.stream({ url: server.url('/big-chunked.json') }))).toBe(SIX_MB.length);
    expect(FETCH_MAX_BYTES).toBe(5 * 1024 * 1024);
    expect(await fetcher.fetch({ url: server.url('/big.json') })).toMatchObject({ reason: 'too-large' });
  });

  it('refuses a body over its own cap, declared or streamed', async () => {
    const small = createFetcher({ allowHosts: [server.host], streamMaxBytes: 1024 * 1024 });
    try {
      expect(await small.stream({ url: server.url('/big.json') })).toMatchObject({
        kind: 'failed',
        reason: 'too-large',
        message: expect.stringContaining('6.0 MB, over the 1.0 MB limit'),
      });
      const chunked = await small.stream({ url: server.url('/big-chunked.json') });
      await expect(bytesOf(chunked)).rejects.toThrow(/over the 1.0 MB limit/);
    } finally {
      await small.close();
    }
  });

  it('applies the address guard, the status and content-type checks and conditional requests', async () => {
    const strict = createFetcher();
    const before = server.requests.length;
    expect(await strict.stream({ url: server.url('/big.json') })).toMatchObject({ reason: 'refused' });
    expect(server.requests.length).toBe(before);
    await strict.close();
    expect(await fetcher.stream({ url: server.url('/to-private') })).toMatchObject({ reason: 'refused' });
    expect(await fetcher.stream({ url: server.url('/image') })).toMatchObject({ reason: 'content-type' });
    expect(await fetcher.stream({ url: server.url('/missing') })).toMatchObject({
      reason: 'http',
      status: 404,
    });
    const first = await fetcher.stream({ url: server.url('/cond.json') });
    expect(first).toMatchObject({ kind: 'ok', etag: '"v1"' });
    if (first.kind === 'ok') await first.close();
    expect(await fetcher.stream({ url: server.url('/cond.json'), etag: '"v1"' })).toMatchObject({
      kind: 'not-modified',
      etag: '"v1"',
    });
  });

  it('ends a body that stops arriving at its deadline, and can be closed early', async () => {
    // A server that sends the headers and one chunk, then nothing more, ever.
    const stalled: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"objects": [');
    });
    await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve));
    const host = `127.0.0.1:${(stalled.address() as AddressInfo).port}`;
    const impatient = createFetcher({ allowHosts: [host], streamTimeoutMs: 300 });
    try {
      const r = await impatient.stream({ url: `http://${host}/x.json` });
      await expect(bytesOf(r)).rejects.toThrow(/did not finish within 0.3 s/);
      const again = await impatient.stream({ url: `http://${host}/x.json` });
      if (again.kind !== 'ok') throw new Error(again.kind);
      await again.close();
      await expect(bytesOf(again)).resolves.toBe(0);
    } finally {
      await impatient.close();
      stalled.closeAllConnections();
      stalled.close();
    }
  });
});
