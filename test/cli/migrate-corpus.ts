// A SQLite data dir as a running Sitrep leaves it, for `sitrep migrate` to copy: the bundled seeds and the
// dev-set reports ingested, sources in every state (polled with seen items and validators, failing and
// paused, a TAXII collection with its cursor and TLP), follows, deliveries pending, sent with a message id
// and given up, audit entries, a knowledge snapshot with catalogues, furniture lines and imported names.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRuntime } from '../../src/app/runtime.js';
import type { StoredCatalogue } from '../../src/core/knowledge/store.js';
import type { AuditEntry, Store } from '../../src/core/ports.js';
import { fixedClock } from '../../src/infra/clock.js';
import { listReportFiles } from '../../src/infra/files.js';
import { memoryLogger } from '../../src/infra/logger.js';
import { ROOT } from './helpers.js';

const AT = '2025-06-01T09:00:00.000Z';
const by = (action: string, detail: string): AuditEntry => ({ at: AT, who: 'slack:U1', action, detail });

const catalogue: StoredCatalogue = {
  id: 'cisa-kev',
  scheme: 'cisa-kev',
  title: 'Known Exploited Vulnerabilities',
  publisher: 'CISA',
  version: '2025.06.01',
  date: '2025-06-01',
  url: 'https://example.org/kev.json',
  licence: 'Public domain.',
  records: 2,
  skipped: 0,
  counts: { threat_actor: 0, malware: 0, tool: 0, campaign: 0, vulnerability: 2 },
  etag: '"k1"',
  lastModified: null,
  loadedAt: AT,
  dataFormat: 1,
};

const source = (name: string, url: string, kind: 'rss' | 'atom' | 'taxii', more: { tlp?: 'amber' } = {}) => ({
  url,
  name,
  kind,
  every: '30m',
  addedBy: 'slack:U1',
  addedAt: AT,
  ...more,
});
const follow = (platform: 'slack' | 'discord', channel: string, query: string, schedule: string) => ({
  platform,
  channel,
  query,
  schedule,
  createdBy: `${platform}:U1`,
  createdAt: AT,
});
const named = (kind: 'threat_actor' | 'malware', name: string, aliases: string[], stixId: string) => ({
  kind,
  name,
  aliases,
  stixId,
  externalIds: kind === 'malware' ? [] : [{ source: 'mitre-attack', id: 'G0128' }],
  provenance: 'from CTI',
});

/** Sources polled (one a TAXII collection with its cursor), one failing and paused; deliveries queued. */
async function addSources(store: Store): Promise<void> {
  const [d1 = '', d2 = '', d3 = '', d4 = '', d5 = '', d6 = ''] = await store.documentIdsInStoredOrder({
    offset: 0,
    limit: 6,
  });
  const feed = await store.addSource(
    source('News', 'https://news.example/feed.xml', 'rss'),
    by('source add', 'News'),
  );
  const taxii = await store.addSource(
    source('CTI', 'https://cti.example/api/collections/c1/', 'taxii', { tlp: 'amber' }),
    by('source add', 'CTI'),
  );
  const failing = await store.addSource(
    source('Gone', 'https://gone.example/feed', 'atom'),
    by('source add', 'Gone'),
  );
  const slack = await store.addFollow(follow('slack', 'C1', 'APT31', 'new'), by('follow', 'APT31'));
  const discord = await store.addFollow(
    follow('discord', '42', 'China', '0 8 * * 1-5'),
    by('follow', 'China'),
  );
  const due = (followId: number, documentId: string) => ({ followId, documentId, dueAt: AT });
  const seen = (id: string, i: number) => ({
    guid: `g${i}`,
    link: `https://news.example/${i}`,
    contentHash: `h${i}`,
    documentId: id,
  });
  await store.recordPoll(feed.id, {
    at: AT,
    seen: [d1, d2, d3].map(seen),
    etag: '"feed-1"',
    lastModified: 'Sun, 01 Jun 2025 08:00:00 GMT',
    deliveries: [due(slack.id, d1), due(slack.id, d2), due(discord.id, d3), due(slack.id, d4)],
  });
  await store.recordPoll(taxii.id, {
    at: AT,
    seen: [{ guid: 'report--1', link: null, contentHash: 'h9', documentId: d5 }],
    etag: null,
    lastModified: null,
    deliveries: [due(discord.id, d5), due(discord.id, d6)],
    cursor: '{"addedAfter":"2025-06-01T08:59:00.000Z"}',
  });
  const pause = by('source pause', 'Gone');
  await store.recordFailure(failing.id, {
    at: AT,
    error: 'HTTP 410',
    nextRunAt: '2025-06-01T10:00:00.000Z',
    pause,
  });
}

/** One delivery sent with its message id, one given up, one to retry; the rest never claimed. */
async function deliverSome(store: Store): Promise<void> {
  const claimed = await store.claimDue({ now: AT, leaseUntil: '2025-06-01T09:10:00.000Z', owner: 'run-1' });
  const [first, second, third] = claimed.map((r) => [r.id]);
  await store.markSent(first ?? [], AT, '1717232400.000100');
  await store.markAttemptFailed(second ?? [], 'HTTP 500', AT, 1);
  await store.markAttemptFailed(third ?? [], 'timeout', '2025-06-01T09:05:00.000Z', 5);
  await store.audit(by('brief', 'C1'));
}

async function addState(store: Store): Promise<void> {
  await addSources(store);
  await deliverSome(store);
  await store.rememberLines([
    { host: 'news.example', lines: ['menu', 'footer', 'story'] },
    { host: 'news.example', lines: ['menu', 'footer'] },
  ]);
  const names = [
    named('threat_actor', 'Violet Typhoon', ['APT31'], 'intrusion-set--1'),
    named('malware', 'RawDoor', [], 'malware--2'),
  ];
  await store.keepImportedNames(names, AT);
}

/** Builds the data dir once (ingesting takes seconds); each call returns a fresh copy of it. */
export function migrationCorpus(): () => Promise<string> {
  let built: Promise<string> | null = null;
  const build = async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-migrate-source-'));
    const rt = await openRuntime({
      dataDir: dir,
      seedsDir: join(ROOT, 'seeds'),
      clock: fixedClock(new Date(AT)),
      logger: memoryLogger(),
    });
    try {
      await rt.ingest(listReportFiles([join(ROOT, 'test', 'fixtures', 'dev-set', 'docs')]).inputs);
      await addState(rt.store);
      await rt.knowledgeStore.saveKnowledge({
        snapshot: '{"a snapshot":"as the core wrote it"}',
        builtAt: AT,
        catalogues: [{ catalogue, data: '{"vulnerabilities":["CVE-2024-3400","CVE-2023-4966"]}' }],
      });
    } finally {
      await rt.close();
    }
    return dir;
  };
  return async () => {
    built ??= build();
    const copy = mkdtempSync(join(tmpdir(), 'sitrep-migrate-'));
    cpSync(await built, copy, { recursive: true });
    return copy;
  };
}
