// SourceStore on every engine: sources and their audit entries, seen items, polls and failures, follows,
// and the outbox: queued once per (follow, document), claimed under a lease by one claimer at a time, even
// when several replicas claim at the same moment.
import { beforeEach, expect, it } from 'vitest';
import type { AuditEntry, OutboxRow, Store } from '../../../src/core/ports.js';
import { doc, EMPTY } from '../store-fixtures.js';
import { conformance } from './harness.js';

const who = (action: string, detail: string): AuditEntry => ({
  at: '2024-05-01T09:00:00Z',
  who: 'slack:U1',
  action,
  detail,
});
const newSource = (url: string) => ({
  url,
  name: 'NCSC news',
  kind: 'rss' as const,
  every: '30m',
  addedBy: 'slack:U1',
  addedAt: '2024-05-01T09:00:00Z',
});
const follow = (channel: string, platform: 'slack' | 'discord' = 'slack') => ({
  platform,
  channel,
  query: 'APT31',
  schedule: 'new',
  createdBy: 'slack:U1',
  createdAt: '2024-05-01T09:00:00Z',
});
const poll = (at: string, deliveries: { followId: number; documentId: string; dueAt: string }[] = []) => ({
  at,
  seen: [{ guid: 'g1', link: 'https://x.example/1', contentHash: 'h1', documentId: 'd1' }],
  etag: '"v1"',
  lastModified: null,
  deliveries,
});

conformance('sources, follows and the outbox', (engine) => {
  let store: Store;
  beforeEach(async () => {
    store = await engine.open();
    const docs = Array.from({ length: 40 }, (_, i) => ({ doc: doc(`d${i + 1}`), extraction: EMPTY }));
    await store.addDocuments(docs, 't');
  });

  it('adds, finds, lists and removes sources, each change with its audit entry', async () => {
    const added = await store.addSource(newSource('https://a.example/feed'), who('source add', 'NCSC news'));
    expect(added).toMatchObject({
      url: 'https://a.example/feed',
      paused: false,
      itemCount: 0,
      lastFetchAt: null,
    });
    const second = await store.addSource(newSource('https://b.example/feed'), who('source add', 'B'));
    expect(await store.getSource(added.id)).toEqual(added);
    expect(await store.findSourceByUrl('https://b.example/feed')).toEqual(second);
    expect(await store.findSourceByUrl('https://none.example/')).toBeUndefined();
    expect((await store.listSources()).map((s) => s.id)).toEqual([added.id, second.id]);
    await expect(
      store.addSource(newSource('https://a.example/feed'), who('source add', 'again')),
    ).rejects.toThrow();
    expect(await store.removeSource(added.id, who('source remove', `#${added.id}`))).toEqual(added);
    expect(await store.removeSource(added.id, who('source remove', 'gone'))).toBeUndefined();
    expect((await store.auditLog(10)).map((e) => e.detail)).toEqual([
      `#${added.id}`,
      `#${second.id} B`,
      `#${added.id} NCSC news`,
    ]);
  });

  it('keeps a source’s TLP and its TAXII cursor; a document is as strict as the strictest source that carried it', async () => {
    const clear = await store.addSource(newSource('https://a.example/feed'), who('source add', 'a'));
    expect(clear).toMatchObject({ tlp: 'clear', cursor: null });
    const taxii = await store.addSource(
      { ...newSource('https://cti.example/api1/collections/c1/'), kind: 'taxii', tlp: 'amber' },
      who('source add', 'cti'),
    );
    expect(taxii).toMatchObject({ kind: 'taxii', tlp: 'amber', cursor: null });
    expect(await store.documentTlp('d1')).toBeNull();
    await store.recordPoll(clear.id, poll('2024-05-01T10:00:00Z'));
    expect(await store.documentTlp('d1')).toBe('clear');
    const polled = await store.recordPoll(taxii.id, {
      ...poll('2024-05-01T10:05:00Z'),
      cursor: '{"after":"a"}',
    });
    expect(polled?.cursor).toBe('{"after":"a"}');
    expect(await store.documentTlp('d1')).toBe('amber');
    // A poll that brings no new cursor keeps the one it had.
    expect((await store.recordPoll(taxii.id, poll('2024-05-01T11:00:00Z')))?.cursor).toBe('{"after":"a"}');
  });

  it('lists document ids in the order they were stored, from a time on', async () => {
    const first = await store.documentIdsInStoredOrder({ offset: 0, limit: 3 });
    expect(first).toEqual(['d1', 'd2', 'd3']);
    expect(await store.documentIdsInStoredOrder({ offset: 38, limit: 5 })).toEqual(['d39', 'd40']);
    expect(await store.documentIdsInStoredOrder({ offset: 0, limit: 5, ingestedSince: 'u' })).toEqual([]);
  });

  it('records polls: items seen once by any key, validators, failures reset, deliveries queued once', async () => {
    const s = await store.addSource(newSource('https://a.example/feed'), who('source add', 'a'));
    const f = await store.addFollow(follow('C1'), who('follow', 'APT31'));
    const due = [{ followId: f.id, documentId: 'd1', dueAt: '2024-05-01T10:00:00Z' }];
    await store.recordFailure(s.id, {
      at: 'x',
      error: 'timeout',
      nextRunAt: '2024-05-01T11:00:00Z',
      pause: null,
    });
    const after = await store.recordPoll(
      s.id,
      poll('2024-05-01T10:00:00Z', [
        ...due,
        { followId: 999, documentId: 'd1', dueAt: '2024-05-01T10:00:00Z' },
      ]),
    );
    expect(after).toMatchObject({
      lastFetchAt: '2024-05-01T10:00:00Z',
      etag: '"v1"',
      itemCount: 1,
      consecutiveFailures: 0,
      nextRunAt: null,
    });
    expect(await store.recordPoll(s.id, poll('2024-05-01T10:30:00Z', due))).toMatchObject({ itemCount: 1 });
    expect(await store.pendingDeliveries()).toHaveLength(1);
    for (const key of [
      { guid: 'g1', link: null, contentHash: 'other' },
      { guid: null, link: 'https://x.example/1', contentHash: 'other' },
      { guid: 'new', link: 'https://x.example/new', contentHash: 'h1' },
    ])
      expect(await store.isSeen(s.id, key), JSON.stringify(key)).toBe(true);
    expect(await store.isSeen(s.id, { guid: 'new', link: null, contentHash: 'new' })).toBe(false);
    expect([await store.documentSeen('d1'), await store.documentSeen('d2')]).toEqual([true, false]);
    expect(await store.recordPoll(9999, poll('x'))).toBeUndefined();
    await store.removeSource(s.id, who('source remove', 'a'));
    expect(await store.documentSeen('d1')).toBe(false);
  });

  it('counts failures, backs off, and pauses with a reason and an audit entry; unpausing resets them', async () => {
    const s = await store.addSource(newSource('https://a.example/feed'), who('source add', 'a'));
    const failed = await store.recordFailure(s.id, {
      at: 'x',
      error: 'HTTP 500',
      nextRunAt: '2024-05-01T11:00:00Z',
      pause: null,
    });
    expect(failed).toMatchObject({
      consecutiveFailures: 1,
      lastError: 'HTTP 500',
      nextRunAt: '2024-05-01T11:00:00Z',
      paused: false,
    });
    const paused = await store.recordFailure(s.id, {
      at: 'x',
      error: 'HTTP 500',
      nextRunAt: '2024-05-01T12:00:00Z',
      pause: who('source pause', 'too many failures'),
    });
    expect(paused).toMatchObject({
      consecutiveFailures: 2,
      paused: true,
      pausedReason: 'failed 2 times in a row: HTTP 500',
    });
    const resumed = await store.setPaused(s.id, false, null, who('source resume', 'a'));
    expect(resumed).toMatchObject({
      paused: false,
      pausedReason: null,
      consecutiveFailures: 0,
      nextRunAt: null,
    });
    expect(await store.setPaused(s.id, true, 'paused by slack:U1', who('source pause', 'a'))).toMatchObject({
      paused: true,
      pausedReason: 'paused by slack:U1',
    });
    expect(await store.setPaused(9999, true, null, who('x', 'y'))).toBeUndefined();
    expect((await store.auditLog(2)).map((e) => e.action)).toEqual(['source pause', 'source resume']);
  });

  it('keeps follows per channel; removing one drops its undelivered briefings', async () => {
    const s = await store.addSource(newSource('https://a.example/feed'), who('source add', 'a'));
    const [f1, f2, f3] = [
      await store.addFollow(follow('C1'), who('follow', 'a')),
      await store.addFollow(follow('C2'), who('follow', 'b')),
      await store.addFollow(follow('C1', 'discord'), who('follow', 'c')),
    ];
    expect(await store.getFollow(f1.id)).toEqual(f1);
    expect((await store.listFollows()).map((f) => f.id)).toEqual([f1.id, f2.id, f3.id]);
    expect((await store.listFollows({ platform: 'slack', id: 'C1' })).map((f) => f.id)).toEqual([f1.id]);
    const at = '2024-05-01T10:00:00Z';
    await store.recordPoll(
      s.id,
      poll(
        at,
        [f1, f2].map((f) => ({ followId: f.id, documentId: 'd1', dueAt: at })),
      ),
    );
    expect((await store.pendingDeliveries({ platform: 'slack', id: 'C2' })).map((r) => r.followId)).toEqual([
      f2.id,
    ]);
    expect(await store.removeFollow(f2.id, who('unfollow', 'b'))).toEqual(f2);
    expect(await store.removeFollow(f2.id, who('unfollow', 'b'))).toBeUndefined();
    expect((await store.pendingDeliveries()).map((r) => r.followId)).toEqual([f1.id]);
  });

  it('claims due deliveries under a lease, releases an ended run’s claims, marks them sent or failed', async () => {
    const s = await store.addSource(newSource('https://a.example/feed'), who('source add', 'a'));
    const [slack, discord] = [
      await store.addFollow(follow('C1'), who('f', 'a')),
      await store.addFollow(follow('D1', 'discord'), who('f', 'b')),
    ];
    const queue = (f: { id: number }, documentId: string, dueAt: string) => ({
      followId: f.id,
      documentId,
      dueAt,
    });
    await store.recordPoll(s.id, {
      ...poll('2024-05-01T10:00:00Z'),
      deliveries: [
        queue(slack, 'd1', '2024-05-01T10:00:00Z'),
        queue(slack, 'd2', '2024-05-01T12:00:00Z'),
        queue(discord, 'd1', '2024-05-01T10:00:00Z'),
      ],
    });
    const claim = (owner: string, now = '2024-05-01T10:05:00Z', platforms?: ('slack' | 'discord')[]) =>
      store.claimDue({ now, leaseUntil: '2024-05-01T10:15:00Z', owner, platforms });
    const first = await claim('run-1', undefined, ['slack']);
    expect(first.map((r) => [r.documentId, r.platform, r.channel, r.nextAttemptAt])).toEqual([
      ['d1', 'slack', 'C1', '2024-05-01T10:15:00Z'],
    ]);
    expect(await claim('run-2', undefined, ['slack'])).toEqual([]);
    expect(await store.claimOwners('2024-05-01T10:05:00Z')).toEqual(['run-1']);
    expect(await store.releaseClaims('run-1', '2024-05-01T10:06:00Z')).toBe(1);
    const again = await claim('run-2', '2024-05-01T10:06:00Z');
    expect(again.map((r) => [r.documentId, r.platform])).toEqual([
      ['d1', 'slack'],
      ['d1', 'discord'],
    ]);
    await store.markSent([again[0]?.id ?? 0], '2024-05-01T10:07:00Z');
    expect(await store.lastSentAt({ platform: 'slack', id: 'C1' })).toBe('2024-05-01T10:07:00Z');
    expect(await store.lastSentAt({ platform: 'discord', id: 'D1' })).toBeUndefined();
    const failing = again[1]?.id ?? 0;
    await store.markAttemptFailed([failing], 'HTTP 503', '2024-05-01T10:20:00Z', 2);
    expect((await store.pendingDeliveries()).find((r) => r.id === failing)).toMatchObject({
      attempts: 1,
      lastError: 'HTTP 503',
      status: 'pending',
    });
    await store.markAttemptFailed([failing], 'HTTP 503', '2024-05-01T10:40:00Z', 2);
    expect((await store.pendingDeliveries()).map((r) => r.documentId)).toEqual(['d2']);
    expect(await store.claimOwners('2024-05-01T10:06:00Z')).toEqual([]);
  });

  it('gives each due delivery to one claimer when several replicas claim at the same moment', async () => {
    const s = await store.addSource(newSource('https://a.example/feed'), who('source add', 'a'));
    const follows = await Promise.all(
      Array.from({ length: 8 }, (_, i) => store.addFollow(follow(`C${i}`), who('f', `${i}`))),
    );
    const now = '2024-05-01T10:00:00Z';
    const deliveries = follows.flatMap((f) =>
      Array.from({ length: 40 }, (_, i) => ({ followId: f.id, documentId: `d${i + 1}`, dueAt: now })),
    );
    await store.recordPoll(s.id, { ...poll(now), deliveries });
    const replicas = [store, ...(await Promise.all([1, 2, 3, 4, 5].map(() => engine.open())))];
    // Connected before the race, so the claims start together rather than one connection after another.
    await Promise.all(replicas.map((r) => r.claimOwners(now)));
    const claims = await Promise.all(
      replicas.flatMap((r, i) =>
        [0, 1].map((k) => r.claimDue({ now, leaseUntil: '2024-05-01T10:10:00Z', owner: `run-${i}-${k}` })),
      ),
    );
    const ids = claims.flat().map((r: OutboxRow) => r.id);
    expect(ids.length).toBe(deliveries.length);
    expect(new Set(ids).size).toBe(deliveries.length);
    expect((await store.claimOwners(now)).length).toBe(claims.filter((c) => c.length > 0).length);
  });

  it('records the message that carried each delivery, once: a late second post cannot replace it', async () => {
    const s = await store.addSource(newSource('https://a.example/feed'), who('source add', 'a'));
    const follows = await Promise.all(
      [0, 1, 2].map((i) => store.addFollow(follow(`C${i}`), who('f', `${i}`))),
    );
    const now = '2024-05-01T10:00:00Z';
    const deliveries = follows.flatMap((f) =>
      Array.from({ length: 10 }, (_, i) => ({ followId: f.id, documentId: `d${i + 1}`, dueAt: now })),
    );
    await store.recordPoll(s.id, { ...poll(now), deliveries });
    const replicas = [store, await engine.open(), await engine.open()];
    await Promise.all(replicas.map((r) => r.claimOwners(now)));
    const claimed = await Promise.all(
      replicas.map((r, i) => r.claimDue({ now, leaseUntil: '2024-05-01T10:10:00Z', owner: `run-${i}` })),
    );
    // Each replica posts what it claimed and records the message the platform answered with.
    await Promise.all(
      replicas.map((r, i) => r.markSent(claimed[i]?.map((row) => row.id) ?? [], now, `msg-${i}`)),
    );
    const sent = await engine.query(
      `SELECT id, status, message_id AS "messageId" FROM outbox WHERE status = 'sent' ORDER BY id`,
    );
    expect(sent).toHaveLength(deliveries.length);
    const expected = claimed.flatMap((rows, i) => rows.map((row) => [row.id, `msg-${i}`]));
    expect(sent.map((r) => [Number(r.id), r.messageId])).toEqual(
      expected.sort(([a], [b]) => Number(a) - Number(b)),
    );
    // A replica that posted the same delivery after its lease ran out cannot overwrite the first message.
    // Which replicas claimed rows is up to the engine (SKIP LOCKED may give one of them everything).
    const winner = claimed.findIndex((rows) => (rows?.length ?? 0) > 0);
    const first = claimed[winner]?.[0]?.id ?? 0;
    await replicas[(winner + 1) % replicas.length]?.markSent([first], '2024-05-01T10:20:00Z', 'msg-late');
    const [row] = await engine.query(
      `SELECT message_id AS "messageId", sent_at AS "sentAt" FROM outbox WHERE id = ${first}`,
    );
    expect(row).toEqual({ messageId: `msg-${winner}`, sentAt: now });
    expect(await store.pendingDeliveries()).toEqual([]);
  });
});
