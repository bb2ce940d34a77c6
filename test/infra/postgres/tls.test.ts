// TLS to PostgreSQL as libpq's sslmode says, from the URL or PGSSLMODE: the options node gets, and real
// connections to a server that speaks TLS with a self-signed certificate for "localhost".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from '../../../src/infra/postgres/pool.js';
import { tlsOptions } from '../../../src/infra/postgres/tls.js';
import { postgresUnavailable, startTestServer, type TestServer } from './test-server.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-tls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ca = join(dir, 'root.crt');
writeFileSync(ca, '-----BEGIN CERTIFICATE-----\nnot checked here\n-----END CERTIFICATE-----\n');

describe('TLS options from sslmode', () => {
  const url = (query: string) => new URL(`postgres://u:p@db.example:5432/sitrep${query}`);

  it('connects without TLS unless asked (libpq prefer, which node-postgres cannot fall back from)', () => {
    for (const q of ['', '?sslmode=disable', '?sslmode=allow', '?sslmode=prefer'])
      expect(tlsOptions(url(q)).ssl, q).toBe(false);
  });

  it('encrypts without checking the certificate for require, and checks it when a root is given', () => {
    expect(tlsOptions(url('?sslmode=require')).ssl).toEqual({ rejectUnauthorized: false });
    const withRoot = tlsOptions(url(`?sslmode=require&sslrootcert=${ca}`)).ssl || {};
    expect(withRoot).toMatchObject({ rejectUnauthorized: true, ca: readFileSync(ca, 'utf8') });
    expect(withRoot.checkServerIdentity?.('db.example', {} as never)).toBeUndefined();
  });

  it('checks the chain for verify-ca and the host name too for verify-full', () => {
    const verifyCa = tlsOptions(url(`?sslmode=verify-ca&sslrootcert=${ca}`)).ssl || {};
    expect(verifyCa).toMatchObject({ rejectUnauthorized: true, ca: readFileSync(ca, 'utf8') });
    expect(typeof verifyCa.checkServerIdentity).toBe('function');
    const full = tlsOptions(url('?sslmode=verify-full&sslrootcert=system')).ssl;
    expect(full).toEqual({ rejectUnauthorized: true });
  });

  it('takes PGSSLMODE and the other settings from the environment when the URL has none', () => {
    expect(tlsOptions(url(''), { sslmode: 'require' }).ssl).toEqual({ rejectUnauthorized: false });
    expect(tlsOptions(url('?sslmode=disable'), { sslmode: 'require' }).ssl).toBe(false);
    expect(tlsOptions(url(''), { sslmode: 'verify-full', sslrootcert: ca }).ssl).toMatchObject({
      ca: readFileSync(ca, 'utf8'),
    });
  });

  it('hands node-postgres the URL without them, so it never reads them its own way', () => {
    const { url: stripped } = tlsOptions(
      url(`?sslmode=require&sslrootcert=${ca}&application_name=sitrep&uselibpqcompat=true`),
    );
    expect(stripped).toBe('postgres://u:p@db.example:5432/sitrep?application_name=sitrep');
  });

  it('names the setting whose file it cannot read, and refuses an unknown mode', () => {
    expect(() => tlsOptions(url('?sslmode=verify-full&sslrootcert=/nonexistent/root.crt'))).toThrow(
      /cannot read the sslrootcert file \/nonexistent\/root\.crt/,
    );
    expect(() => tlsOptions(url(''), { sslmode: 'on' })).toThrow(/sslmode "on" is not one of/);
  });
});

/** A self-signed certificate for localhost, and its key, readable by the server's user. */
function certificate(): { cert: string; key: string } {
  const certs = mkdtempSync(join(tmpdir(), 'sitrep-tls-server-'));
  const cert = join(certs, 'server.crt');
  const key = join(certs, 'server.key');
  const made = spawnSync('openssl', [
    ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost'],
    ...['-addext', 'subjectAltName=DNS:localhost', '-keyout', key, '-out', cert],
  ]);
  if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr}`);
  if (process.getuid?.() === 0) spawnSync('chown', ['-R', 'postgres', certs]);
  spawnSync('chmod', ['600', key]);
  return { cert, key };
}

const opensslMissing = spawnSync('openssl', ['version']).status !== 0;

describe.skipIf(postgresUnavailable() !== null || opensslMissing || process.env.SITREP_TEST_DATABASE_URL)(
  'TLS connections to a real server',
  () => {
    let server: TestServer;
    let database = new URL('postgres://x');
    let files: { cert: string; key: string };
    beforeAll(async () => {
      files = certificate();
      server = await startTestServer([
        'fsync=off',
        'ssl=on',
        `ssl_cert_file=${files.cert}`,
        `ssl_key_file=${files.key}`,
      ]);
      database = new URL(await server.createDatabase());
    }, 120_000);
    afterAll(async () => {
      await server?.stop();
      rmSync(join(files.cert, '..'), { recursive: true, force: true });
    });

    /** Whether the connection the pool opens for `host` and `query` is encrypted, or why it failed. */
    const encrypted = async (host: string, query: string, env = {}) => {
      const url = new URL(database.href);
      url.hostname = host;
      url.search = query.replace('ROOT', files.cert);
      const pool = createPool({ url: url.href, tls: env, max: 1 });
      try {
        const { rows } = await pool.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
        return rows[0]?.ssl as boolean;
      } catch (err) {
        return (err as Error).message;
      } finally {
        await pool.end();
      }
    };

    it('encrypts for require, checks the chain for verify-ca and the host for verify-full', async () => {
      expect(await encrypted('127.0.0.1', '?sslmode=disable')).toBe(false);
      expect(await encrypted('127.0.0.1', '?sslmode=require')).toBe(true);
      expect(await encrypted('127.0.0.1', '', { sslmode: 'require' })).toBe(true);
      expect(await encrypted('127.0.0.1', '?sslmode=verify-ca&sslrootcert=ROOT')).toBe(true);
      expect(await encrypted('localhost', '?sslmode=verify-full&sslrootcert=ROOT')).toBe(true);
      expect(await encrypted('127.0.0.1', '?sslmode=verify-full&sslrootcert=ROOT')).toMatch(
        /IP: 127\.0\.0\.1 is not in the cert's list/,
      );
      expect(await encrypted('localhost', '?sslmode=verify-full')).toMatch(/self.signed certificate/);
    });
  },
);
