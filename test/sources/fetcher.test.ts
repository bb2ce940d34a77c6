// The fetcher against a real local server: limits, redirects, content types, validators and SSRF refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher, FETCH_MAX_BYTES } from '../../src/infra/fetcher.js';
import { blockedReason } from '../../src/infra/net-guard.js';
import { deferred } from '../support/events.js';
import { ADMIN, asAdmin, openEnv, startServer, type TestServer, value, xml } from './helpers.js';

let server: TestServer;
let fetcher: ReturnType<typeof createFetcher>;
let strict: ReturnType<typeof createFetcher>;
/** /silent answers only once the test is over. */
const silence = deferred();

beforeAll(async () => {
  server = await startServer();
  // The default timeout: no answer here depends on how busy the machine is.
  fetcher = createFetcher({ allowHosts: [server.host] });
  strict = createFetcher();
  server.routes.set('/ok', () => xml('<rss version="2.0"><channel><title>t</title></channel></rss>'));
  server.routes.set('/to-private', () => ({
    status: 302,
    headers: { location: 'http://10.1.2.3/feed.xml' },
  }));
  server.routes.set('/to-metadata', () => ({
    status: 301,
    headers: { location: 'http://169.254.169.254/latest/meta-data/' },
  }));
  server.routes.set('/to-mapped', () => ({
    status: 307,
    headers: { location: `http://[::ffff:127.0.0.1]:${server.port}/ok` },
  }));
  server.routes.set('/to-localhost', () => ({
    status: 302,
    headers: { location: `http://localhost:${server.port}/ok` },
  }));
  server.routes.set('/hop', () => ({ status: 302, headers: { location: '/ok' } }));
  server.routes.set('/loop', () => ({ status: 302, headers: { location: '/loop' } }));
  server.routes.set('/big', () => ({ ...xml(''), body: Buffer.alloc(6 * 1024 * 1024, 'x') }));
  server.routes.set('/big-chunked', () => ({
    ...xml(''),
    body: Buffer.alloc(6 * 1024 * 1024, 'x'),
    chunked: true,
  }));
  server.routes.set('/silent', () => ({ ...xml('<rss/>'), hold: silence.promise }));
  server.routes.set('/500', () => ({ status: 500, type: 'text/plain', body: 'boom' }));
  server.routes.set('/untyped', () => ({
    body: '<rss version="2.0"><channel><title>t</title></channel></rss>',
  }));
  server.routes.set('/image', () => ({ type: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) }));
  server.routes.set('/cond', (req) =>
    req.headers['if-none-match'] === '"abc"' || req.headers['if-modified-since']
      ? { status: 304 }
      : { ...xml('<rss/>'), headers: { etag: '"abc"', 'last-modified': 'Wed, 10 Jul 2024 08:00:00 GMT' } },
  );
});
afterAll(async () => {
  silence.resolve();
  await fetcher.close();
  await strict.close();
  await server.close();
});

describe('fetching', () => {
  it('fetches an allowed host with the bot User-Agent, and follows a redirect', async () => {
    const r = await fetcher.fetch({ url: server.url('/hop') });
    expect(r).toMatchObject({ kind: 'ok', url: server.url('/ok'), status: 200 });
    const last = server.requests.at(-1);
    expect(last?.path).toBe('/ok');
    expect(last?.headers['user-agent']).toMatch(/SitrepBot/);
  });

  it('caps redirects, size (declared or streamed), time, status and content type', async () => {
    expect(await fetcher.fetch({ url: server.url('/loop') })).toMatchObject({
      kind: 'failed',
      reason: 'too-many-redirects',
    });
    expect(FETCH_MAX_BYTES).toBe(5 * 1024 * 1024);
    expect(await fetcher.fetch({ url: server.url('/big') })).toMatchObject({
      kind: 'failed',
      reason: 'too-large',
      message: expect.stringContaining('6.0 MB, over the 5.0 MB limit'),
    });
    expect(await fetcher.fetch({ url: server.url('/big-chunked') })).toMatchObject({
      kind: 'failed',
      reason: 'too-large',
    });
    // The server stays silent until the test ends, so only the timeout can end this fetch.
    const impatient = createFetcher({ allowHosts: [server.host], timeoutMs: 200 });
    expect(await impatient.fetch({ url: server.url('/silent') })).toMatchObject({
      kind: 'failed',
      reason: 'timeout',
      message: `no answer from ${server.host} within 0.2 s`,
    });
    await impatient.close();
    expect(await fetcher.fetch({ url: server.url('/500') })).toMatchObject({
      kind: 'failed',
      reason: 'http',
      status: 500,
      message: expect.stringContaining('HTTP 500'),
    });
    expect(await fetcher.fetch({ url: server.url('/image') })).toMatchObject({
      kind: 'failed',
      reason: 'content-type',
      message: expect.stringContaining('image/png'),
    });
    expect(await fetcher.fetch({ url: server.url('/untyped') })).toMatchObject({
      kind: 'failed',
      reason: 'content-type',
      message: `${server.host} sent no Content-Type, so it is not known to be a feed or a web page`,
    });
    expect(await fetcher.fetch({ url: 'file:///etc/passwd' })).toMatchObject({
      kind: 'failed',
      reason: 'invalid-url',
    });
  });

  it('sends If-None-Match and If-Modified-Since and reports 304 as not modified', async () => {
    const first = await fetcher.fetch({ url: server.url('/cond') });
    expect(first).toMatchObject({ kind: 'ok', etag: '"abc"', lastModified: 'Wed, 10 Jul 2024 08:00:00 GMT' });
    if (first.kind !== 'ok') return;
    const again = await fetcher.fetch({
      url: server.url('/cond'),
      etag: first.etag,
      lastModified: first.lastModified,
    });
    expect(again).toMatchObject({ kind: 'not-modified', etag: '"abc"' });
    const h = server.requests.at(-1)?.headers;
    expect(h?.['if-none-match']).toBe('"abc"');
    expect(h?.['if-modified-since']).toBe('Wed, 10 Jul 2024 08:00:00 GMT');
  });
});

describe('SSRF protection', () => {
  it('refuses loopback without the allow-list, before sending anything', async () => {
    const before = server.requests.length;
    const r = await strict.fetch({ url: server.url('/ok') });
    expect(r).toMatchObject({
      kind: 'failed',
      reason: 'refused',
      message: expect.stringContaining('loopback'),
    });
    expect(server.requests.length).toBe(before);
    expect(await strict.fetch({ url: `http://localhost:${server.port}/ok` })).toMatchObject({
      reason: 'refused',
    });
    expect(await strict.fetch({ url: `http://[::1]:${server.port}/ok` })).toMatchObject({
      reason: 'refused',
    });
  });

  it('refuses a redirect to a private, link-local, mapped or loopback-named address', async () => {
    for (const [path, what] of [
      ['/to-private', 'private address (10.0.0.0/8)'],
      ['/to-metadata', 'link-local'],
      ['/to-mapped', 'IPv4-mapped'],
      ['/to-localhost', 'loopback'],
    ] as const) {
      const r = await fetcher.fetch({ url: server.url(path) });
      expect(r, path).toMatchObject({
        kind: 'failed',
        reason: 'refused',
        message: expect.stringContaining(what),
      });
    }
  });

  it('checks every resolved address of a host name', async () => {
    const resolving = createFetcher({
      resolve: async () => [
        { address: '93.184.216.34', family: 4 },
        { address: 'fd00::1', family: 6 },
      ],
    });
    const r = await resolving.fetch({ url: 'http://feeds.example.com/rss' });
    expect(r).toMatchObject({
      kind: 'failed',
      reason: 'refused',
      message: expect.stringContaining('fd00::1, a unique-local'),
    });
    await resolving.close();
  });

  it('classifies IPv4 and IPv6 special ranges, mapped and embedded forms included', () => {
    const blocked = [
      '127.0.0.1',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fe80::1',
      'fc00::1',
      'fd12:3456::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::ffff:10.0.0.1',
      '64:ff9b::a9fe:a9fe',
      '2002:c0a8:0101::1',
    ];
    for (const a of blocked) expect(blockedReason(a), a).not.toBeNull();
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '64:ff9b::808:808', '172.32.0.1'])
      expect(blockedReason(a), a).toBeNull();
  });

  it('refuses IPv4-mapped (::ffff:0:0/96), IPv4-translated and local-use NAT64 forms whatever they carry', async () => {
    for (const [address, reason] of [
      ['::ffff:0:7f00:1', 'IPv4 loopback address (127.0.0.0/8) inside an IPv4-translated'],
      ['::ffff:0:10.1.2.3', 'IPv4 private address (10.0.0.0/8) inside an IPv4-translated'],
      ['::ffff:0:8.8.8.8', 'IPv4-translated IPv6 address (::ffff:0:0:0/96)'],
      ['::ffff:8.8.8.8', 'IPv4-mapped IPv6 address (::ffff:0:0/96)'],
      ['0:0:0:0:0:ffff:a9fe:a9fe', 'IPv4 link-local address (169.254.0.0/16) inside an IPv4-mapped'],
      ['::8.8.8.8', 'IPv4-compatible IPv6 address (::/96)'],
      ['64:ff9b:1::a00:1', 'IPv4 private address (10.0.0.0/8) inside an NAT64 local-use'],
      ['64:ff9b:1::808:808', 'NAT64 local-use IPv6 address (64:ff9b:1::/48)'],
      ['3fff::1', 'documentation address (3fff::/20)'],
      ['5f00::1', 'segment-routing address (5f00::/16)'],
    ] as const)
      expect(blockedReason(address), address).toContain(reason);
    // Refused before anything is sent, whether the URL names the address or DNS answers with it.
    const before = server.requests.length;
    expect(await strict.fetch({ url: `http://[::ffff:0:7f00:1]:${server.port}/ok` })).toMatchObject({
      kind: 'failed',
      reason: 'refused',
      message: expect.stringContaining('inside an IPv4-translated IPv6 address'),
    });
    const resolving = createFetcher({ resolve: async () => [{ address: '::ffff:0:7f00:1', family: 6 }] });
    expect(await resolving.fetch({ url: 'http://feeds.example.com/rss' })).toMatchObject({
      kind: 'failed',
      reason: 'refused',
      message: expect.stringContaining('resolves to ::ffff:0:7f00:1, an IPv4 loopback address'),
    });
    await resolving.close();
    expect(server.requests.length).toBe(before);
  });
});

describe('a source that sends no Content-Type', () => {
  it('is refused when added, and a poll that meets one fails with the reason in the log', async () => {
    const env = await openEnv(server);
    const feed = '<rss version="2.0"><channel><title>t</title></channel></rss>';
    let typed = false;
    server.routes.set('/sometimes-typed', () => (typed ? xml(feed) : { body: feed }));
    const refusal = await asAdmin(env, 'source', { target: `add ${server.url('/sometimes-typed')}` });
    expect(refusal.status).toBe('user-error');
    expect(refusal.title).toContain('sent no Content-Type');
    typed = true;
    const { source } = value(await env.service.addSource({ url: server.url('/sometimes-typed') }, ADMIN));
    typed = false;
    expect(await env.service.pollSource(source.id, { force: true })).toMatchObject({ status: 'failed' });
    expect(env.logger.lines).toContainEqual(
      expect.objectContaining({
        message: 'source poll failed',
        context: expect.objectContaining({ error: expect.stringContaining('sent no Content-Type') }),
      }),
    );
    await env.close();
  });
});
