// TAXII servers and bundle addresses that refuse or send what is not STIX, against the loopback TAXII server:
// 401 (no or wrong credentials), 406 (no TAXII 2.1 there), 429 (back off as asked), and malformed JSON on a
// page or at a bundle address, each answered with its reason and nothing half-taken.
import { describe, expect, it } from 'vitest';
import { ADMIN, type Env, openEnv, type TestServer } from './helpers.js';
import { addBaseline, freshTaxiiEachTest, report } from './taxii-fixtures.js';
import { PASSWORD, TAXII, type TaxiiServer } from './taxii-server.js';

let server: TestServer;
let env: Env;
let taxii: TaxiiServer;
freshTaxiiEachTest((s, e, t) => {
  server = s;
  env = e;
  taxii = t;
});
const addCollection = () => addBaseline(env, taxii);

describe('a TAXII server that refuses', () => {
  it('says credentials are needed (401), or that the configured ones were refused, naming the setting', async () => {
    const bare = await openEnv(server);
    try {
      const r = await bare.service.addSource({ url: taxii.collection }, ADMIN);
      expect(r).toMatchObject({
        ok: false,
        error: {
          kind: 'taxii-failed',
          message: `${server.host} needs credentials (HTTP 401): set SITREP_TAXII_AUTH=${server.host}=user:password (or ${server.host}=Bearer:TOKEN)`,
        },
      });
    } finally {
      await bare.close();
    }
    const wrong = await openEnv(server, { taxiiAuth: () => 'Basic d3Jvbmc6d3Jvbmc=' });
    try {
      const r = await wrong.service.addSource({ url: taxii.collection }, ADMIN);
      expect(r).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('refused the credentials') },
      });
    } finally {
      await wrong.close();
    }
    // Credentials in the address are never used.
    const inUrl = await env.service.addSource(
      { url: taxii.collection.replace('http://', `http://analyst:${encodeURIComponent(PASSWORD)}@`) },
      ADMIN,
    );
    expect(inUrl.ok).toBe(false);
  });

  it('says when a server does not serve TAXII 2.1 (406)', async () => {
    server.routes.set('/taxii1/', () => ({ status: 406, type: 'application/json', body: '{}' }));
    const r = await env.service.addSource({ url: server.url('/taxii1/') }, ADMIN);
    expect(r).toMatchObject({
      ok: false,
      error: { message: `${server.host} does not serve TAXII 2.1 at this address (HTTP 406 for ${TAXII})` },
    });
  });

  it('backs off as long as a rate-limiting server asks (429 with Retry-After)', async () => {
    await addCollection();
    taxii.limitNext = 1;
    const now = env.clock.now().getTime();
    const [poll] = await env.service.pollDue({ force: true });
    expect(poll).toMatchObject({ status: 'failed', error: expect.stringContaining('HTTP 429') });
    const source = (await env.service.listSources())[0];
    expect(source?.nextRunAt).toBe(new Date(now + 3_600_000).toISOString());
  });
});

describe('a TAXII server or bundle address that sends what is not STIX', () => {
  it('fails the poll whose page is malformed JSON, saying so, and takes that page on the next poll', async () => {
    await addCollection();
    taxii.objects.push(report(4, '2024-07-04T09:00:00.000Z', 'Turla'));
    const path = '/api1/collections/reports/objects/';
    const real = server.routes.get(path);
    let broken = 1;
    server.routes.set(path, (req) =>
      broken-- > 0 || !real ? { type: TAXII, body: '{"more":false,"objects":[{"type":"rep' } : real(req),
    );
    const [failed] = await env.service.pollDue({ force: true });
    expect(failed).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/did not answer with TAXII JSON \(Unterminated string/),
    });
    expect(await env.rt.store.documentCount()).toBe(3);
    const [next] = await env.service.pollDue({ force: true });
    expect(next).toMatchObject({ status: 'ok', added: 1 });
  });

  it('refuses a bundle address whose JSON is cut short, or is no bundle, with the reason', async () => {
    const stix = 'application/stix+json;version=2.1';
    server.routes.set('/cut.json', () => ({ type: stix, body: '{"type":"bundle","objects":[{"type":' }));
    server.routes.set('/other.json', () => ({ type: stix, body: '{"hello":"world"}' }));
    const cut = await env.service.addSource({ url: server.url('/cut.json') }, ADMIN);
    const other = await env.service.addSource({ url: server.url('/other.json') }, ADMIN);
    expect([cut, other]).toEqual([
      { ok: false, error: expect.anything() },
      { ok: false, error: expect.anything() },
    ]);
    expect(JSON.stringify(cut)).toContain('JSON');
    expect(await env.service.listSources()).toEqual([]);
  });
});
