// The benchmark on PostgreSQL beside SQLite (issue 18): its smallest `--store both` run end to end on a
// throwaway server the benchmark starts itself, then the database a --database-url run gets. What the
// results hold and say; timings are never asserted.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openBenchDatabase } from '../../bench/runner/bench-database.js';
import type { Results } from '../../bench/runner/types.js';
import { postgresUnavailable, startTestServer } from '../infra/postgres/test-server.js';
import { bench } from './run-bench.js';

const out = mkdtempSync(join(os.tmpdir(), 'sitrep-bench-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.skipIf(postgresUnavailable() !== null)('bench --store both', { timeout: 300_000 }, () => {
  it('measures both stores on the same questions, judges issue 18 and draws the replicas curve', async () => {
    const smallest = ['--sizes', '100', '--queries', '10', '--budget', '1', '--cold-runs', '1'];
    const scaling = ['--replicas', '1,2', '--scale-seconds', '1', '--scale-concurrency', '2'];
    const r = await bench([...smallest, ...scaling, '--store', 'both', '--out', out]);
    expect(r.code, r.err.slice(-3000)).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as Results;

    expect(results.stores).toEqual(['sqlite', 'postgres']);
    const sqlite = results.sizes[0];
    const postgres = results.postgres?.sizes[0];
    expect(sqlite?.store).toBe('sqlite');
    expect(postgres?.store).toBe('postgres');
    expect(postgres?.ingest.added).toBe(100);
    expect(postgres?.queriesDrawnFrom).toBe('sqlite');
    expect(postgres?.coldStart.queries).toEqual(sqlite?.coldStart.queries);
    for (const [name, l] of Object.entries(postgres?.commands ?? {})) {
      expect(l.n, name).toBeGreaterThan(0);
      expect(l.errors, name).toBe(0);
    }
    expect(Object.keys(postgres?.commands ?? {})).toEqual(Object.keys(sqlite?.commands ?? {}));
    expect(postgres?.baseline.series).toEqual({});
    expect(postgres?.coldStart.runs[0]?.error).toBeUndefined();
    expect(postgres?.disk.dbMb).toBeGreaterThan(0);

    expect(results.postgres?.server.kind).toBe('throwaway');
    const ingest = results.postgres?.targets.find((t) => t.target.startsWith('ingest within 30%'));
    expect(ingest?.met).toEqual(expect.any(Boolean));
    expect(ingest?.measured).toContain(`of SQLite's ${sqlite?.ingest.docsPerSec} docs/s`);

    const points = results.postgres?.scaling?.points ?? [];
    expect(points.map((p) => p.replicas)).toEqual([1, 2]);
    for (const p of points) {
      expect(p.commands).toBeGreaterThan(0);
      expect(p.latency.errors).toBe(0);
      expect(p.perReplica).toHaveLength(p.replicas);
      expect(p.databaseCores).toEqual(expect.any(Number));
    }
    expect(r.out).toMatch(/^PostgreSQL beside SQLite at 100 docs/m);
    expect(r.out).toMatch(/^Targets \(PostgreSQL, issue 18\):/m);
    expect(r.out).toMatch(/^Replicas on one PostgreSQL database/m);
  });
});

describe.skipIf(postgresUnavailable() !== null)('bench --database-url', () => {
  it('runs in a database of its own on that server, dropped at the end', async () => {
    const server = await startTestServer();
    try {
      const given = await server.createDatabase();
      const db = await openBenchDatabase(given);
      expect(db.server.kind).toBe('external');
      expect(db.cpuSeconds()).toBeNull();
      const name = new URL(db.url).pathname.slice(1);
      expect(name).not.toBe(new URL(given).pathname.slice(1));
      const admin = new pg.Client({ connectionString: given });
      await admin.connect();
      const exists = async () =>
        (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
      expect(await exists()).toBe(1);
      await db.close(false);
      expect(await exists()).toBe(0);
      await admin.end();
    } finally {
      await server.stop();
    }
  });
});
