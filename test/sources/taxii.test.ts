// TAXII 2.1 collections and STIX bundles as sources, against a TAXII server on a real local HTTP server:
// detection from a discovery or API-root address (the answer lists the collections), credentials from the
// configuration only, the first poll as a baseline, paging with `next`, a cursor that survives restarts
// (nothing taken twice, nothing skipped), and briefings for new reports. Refusals: taxii-refusals.test.ts.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/app/config.js';
import { taxiiAuthFor } from '../../src/app/sources.js';
import { tlpMarkingId } from '../../src/core/stix/tlp.js';
import { createFetcher } from '../../src/infra/fetcher.js';
import { exportOf } from '../core/stix/helpers.js';
import { loadStixValidator } from '../support/stix-validator.js';
import {
  ADMIN,
  asAdmin,
  type Env,
  fixture,
  hintOf,
  SLACK,
  type TestServer,
  textOf,
  value,
} from './helpers.js';
import { addBaseline, CONTEXT, freshTaxiiEachTest, report } from './taxii-fixtures.js';
import { type Added, BASIC, PASSWORD, TAXII, type TaxiiServer } from './taxii-server.js';

const validator = loadStixValidator();
let server: TestServer;
let env: Env;
let taxii: TaxiiServer;
freshTaxiiEachTest((s, e, t) => {
  server = s;
  env = e;
  taxii = t;
});

/** Adds the collection with three reports and the context objects: the baseline. */
const addCollection = (tlp?: 'amber') => addBaseline(env, taxii, tlp);

describe('adding a TAXII source', () => {
  it('answers a discovery or API-root address with the collections it lists, and which to add', async () => {
    for (const url of [taxii.discovery, taxii.apiRoot]) {
      const r = await env.service.addSource({ url }, ADMIN);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error).toEqual({
        kind: 'taxii-collections',
        url,
        collections: [
          { title: 'Partner reports', url: taxii.collection, canRead: true },
          { title: 'Closed', url: server.url('/api1/collections/closed/'), canRead: false },
        ],
      });
    }
    const answer = await asAdmin(env, 'source', { target: `add ${taxii.discovery}` });
    expect(answer.status).toBe('user-error');
    expect(hintOf(answer)).toBe(`Add one collection: /source add ${taxii.collection}`);
    expect(await env.service.listSources()).toEqual([]);
  });

  it('reads every page of a collection as a baseline that posts nothing, keeping names with their provenance', async () => {
    await env.service.follow({ channel: SLACK, query: 'Sandworm' }, ADMIN);
    const r = await addCollection('amber');
    expect(r.source).toMatchObject({
      kind: 'taxii',
      url: taxii.collection,
      name: 'Partner CTI',
      tlp: 'amber',
    });
    expect([r.items, r.added]).toEqual([3, 3]);
    expect(r.notTaken).toEqual([
      'not taken (Sitrep reads reports and actor, malware and tool names): indicator 1',
    ]);
    // Three pages of two: the second and third asked for with the `next` the server gave.
    expect(taxii.objectQueries.map((q) => q.get('next'))).toEqual([null, '2', '4']);
    const doc = (await env.rt.store.listDocuments()).find((d) => d.title === 'Partner advisory 2: Sandworm');
    expect(doc).toMatchObject({ publisher: 'Partner Agency', published: '2024-07-02' });
    expect(await env.rt.store.importedNames()).toEqual([
      expect.objectContaining({
        kind: 'threat_actor',
        name: 'Volt Typhoon',
        aliases: ['BRONZE SILHOUETTE', 'Vanguard Panda'],
        externalIds: [{ source: 'mitre-attack', id: 'G1017' }],
        provenance: 'from Partner CTI',
      }),
    ]);
    await env.service.deliver();
    expect(env.outbound.posts).toEqual([]);
    // What it brings is exported under its marking.
    expect(await env.rt.store.documentTlp(doc?.id ?? '')).toBe('amber');
    // The credentials never show: not in the address, not in the list.
    const list = textOf(await asAdmin(env, 'source', { target: 'list' }));
    expect(list).toContain('TLP:AMBER');
    expect(list).not.toContain(PASSWORD);
    expect(list).not.toContain('Basic');
  });

  it('exports what it brought under its marking, and what those reports name under the strictest', async () => {
    await addCollection('amber');
    const out = await exportOf(env.rt);
    const amber = [tlpMarkingId('amber')];
    expect(out.of('report').map((r) => r.object_marking_refs)).toEqual([amber, amber, amber]);
    expect(out.of('intrusion-set').map((o) => [o.name, o.object_marking_refs])).toContainEqual([
      'Volt Typhoon',
      amber,
    ]);
    expect(out.of('marking-definition').map((m) => m.name)).toEqual(['TLP:AMBER']);
    expect(validator?.(JSON.parse(out.text)).errors ?? []).toEqual([]);
  });

  it('takes a collection reached by its objects address, kept at the collection address', async () => {
    const r = value(await env.service.addSource({ url: `${taxii.collection}objects/` }, ADMIN));
    expect(r.source).toMatchObject({ kind: 'taxii', url: taxii.collection, name: 'Partner reports' });
    const again = await env.service.addSource({ url: taxii.collection }, ADMIN);
    expect(again).toMatchObject({ ok: false, error: { kind: 'duplicate' } });
  });
});

describe('polling a TAXII collection', () => {
  it('asks only for what was added after its cursor, and briefs the new reports', async () => {
    await addCollection();
    await env.service.follow({ channel: SLACK, query: 'Sandworm' }, ADMIN);
    taxii.objects.push(
      report(4, '2024-07-04T09:00:00.000Z', 'Sandworm'),
      report(5, '2024-07-05T09:00:00.000Z', 'Turla'),
    );
    taxii.objectQueries.length = 0;
    const [poll] = await env.service.pollDue({ force: true });
    expect(poll).toMatchObject({ status: 'ok', added: 2, queued: 1 });
    // A millisecond before the last object read, so one added in the same millisecond is not skipped.
    expect(taxii.objectQueries[0]?.get('added_after')).toBe('2024-07-03T08:59:59.999Z');
    await env.service.deliver();
    expect(env.outbound.posts.map((p) => textOf(p.reply))).toEqual([
      expect.stringContaining('Partner advisory 4: Sandworm'),
    ]);
  });

  it('neither takes a report twice nor skips one when a poll stops between pages and the process restarts', async () => {
    await addCollection();
    taxii.pageSize = 1;
    // Two reports added in the same millisecond, on two pages; the second page is refused (429).
    const same = '2024-07-04T09:00:00.000Z';
    taxii.objects.push(report(4, same, 'Sandworm'), report(5, same, 'Turla'));
    taxii.objectQueries.length = 0;
    // The first page repeats the last report read (added_after steps back a millisecond); the third is refused.
    taxii.limitObjectsRequest = 3;
    const [stopped] = await env.service.pollDue({ force: true });
    expect(stopped).toMatchObject({ status: 'failed' });
    expect(await env.rt.store.documentCount()).toBe(4);

    await env.restart();
    taxii.limitObjectsRequest = null;
    const [resumed] = await env.service.pollDue({ force: true });
    expect(resumed).toMatchObject({ status: 'ok', added: 1 });
    const titles = (await env.rt.store.listDocuments()).map((d) => d.title);
    expect(titles.filter((t) => t?.startsWith('Partner advisory 4'))).toHaveLength(1);
    expect(titles).toContain('Partner advisory 5: Turla');
    const [idle] = await env.service.pollDue({ force: true });
    expect(idle).toMatchObject({ status: 'ok', added: 0 });
  });

  it('reads the linked article when a report gives only a short description', async () => {
    await addCollection();
    server.routes.set('/advisory-apt40', () => ({
      type: 'text/html; charset=utf-8',
      body: fixture('story-apt40.html'),
    }));
    taxii.objects.push(
      report(6, '2024-07-06T09:00:00.000Z', 'APT40', {
        description: 'APT40 advisory.',
        external_references: [{ source_name: 'partner', url: server.url('/advisory-apt40') }],
      }),
    );
    await env.service.pollDue({ force: true });
    const doc = (await env.rt.store.listDocuments()).find((d) => d.url === server.url('/advisory-apt40'));
    expect(doc?.body.length).toBeGreaterThan(500);
  });
});

describe('TAXII credentials and markings from the admin', () => {
  it('reads credentials per host from SITREP_TAXII_AUTH, never repeating a secret in an error', () => {
    const config = loadConfig({
      SITREP_TAXII_AUTH: `${server.host}=${'analyst'}:${PASSWORD}, cti.example=Bearer:tok-123`,
    });
    const auth = taxiiAuthFor(config.SITREP_TAXII_AUTH);
    expect(auth(taxii.collection)).toBe(BASIC);
    expect(auth('https://cti.example/taxii2/')).toBe('Bearer tok-123');
    expect(auth('https://other.example/taxii2/')).toBeNull();
    let error: unknown;
    try {
      loadConfig({ SITREP_TAXII_AUTH: 'cti.example=s3cret-without-user' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toContain('SITREP_TAXII_AUTH');
    expect(String(error)).not.toContain('s3cret');
  });

  it('takes tlp: on /source add, and refuses a level TLP does not have', async () => {
    taxii.objects.push(...CONTEXT, report(1, '2024-07-01T09:00:00.000Z', 'Volt Typhoon'));
    const bad = await asAdmin(env, 'source', { target: `add ${taxii.collection}`, tlp: 'purple' });
    expect([bad.status, bad.title]).toEqual([
      'user-error',
      'tlp: is clear, green, amber, amber+strict or red, not "purple".',
    ]);
    const added = await asAdmin(env, 'source', {
      target: `add ${taxii.collection}`,
      tlp: 'TLP:AMBER+STRICT',
    });
    expect(textOf(added)).toContain('TLP:AMBER+STRICT');
    expect((await env.service.listSources())[0]?.tlp).toBe('amber+strict');
  });
});

describe('a STIX bundle at an address', () => {
  it('is a source: its reports taken in, new ones briefed on the next poll', async () => {
    const bundle = (reports: Added[]) => ({
      type: 'application/stix+json;version=2.1',
      body: JSON.stringify({
        type: 'bundle',
        id: 'bundle--00000000-0000-4000-8000-00000000dddd',
        objects: [...CONTEXT, ...reports].map((a) => a.object),
      }),
    });
    let reports = [report(1, '2024-07-01T09:00:00.000Z', 'Volt Typhoon')];
    server.routes.set('/feed/bundle.json', () => bundle(reports));
    const r = value(
      await env.service.addSource({ url: server.url('/feed/bundle.json'), name: 'Partner bundle' }, ADMIN),
    );
    expect(r.source.kind).toBe('stix');
    expect(r.added).toBe(1);
    await env.service.follow({ channel: SLACK, query: 'Sandworm' }, ADMIN);
    reports = [...reports, report(2, '2024-07-02T09:00:00.000Z', 'Sandworm')];
    const [poll] = await env.service.pollDue({ force: true });
    expect(poll).toMatchObject({ status: 'ok', added: 1, queued: 1 });
  });
});

describe('the fetcher', () => {
  it('sends credentials to the address they are for, never after a redirect to another host', async () => {
    const fetcher = createFetcher({ allowHosts: [server.host, `localhost:${server.port}`] });
    try {
      server.routes.set('/hop', () => ({
        status: 302,
        headers: { location: `http://localhost:${server.port}/landed` },
      }));
      server.routes.set('/landed', () => ({ type: TAXII, body: '{}' }));
      const res = await fetcher.fetch({ url: server.url('/hop'), accept: TAXII, authorization: BASIC });
      expect(res.kind).toBe('ok');
      const [hop, landed] = server.requests.filter((r) => r.path === '/hop' || r.path === '/landed');
      expect([hop?.headers.authorization, hop?.headers.accept]).toEqual([BASIC, TAXII]);
      expect(landed?.headers.authorization).toBeUndefined();
    } finally {
      await fetcher.close();
    }
  });
});
