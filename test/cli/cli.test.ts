// `sitrep …` as a user runs it, in this process (the same runCli the binary runs): answers, --json data,
// strict arguments, exit codes, and `ingest` of folders that hold more than reports.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/app/config.js';
import { envFor, ROOT, type Run, sitrep, tempDir } from './helpers.js';

/** A store on disk opened for each run; the first run of each data dir ingests the bundled seeds. */
const SLOW = 60_000;
let shared: Record<string, string>;

beforeAll(() => {
  shared = envFor(tempDir('cli'));
});

const json = (r: Run) => JSON.parse(r.out) as Record<string, unknown>;
const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/;

describe('answers', { timeout: SLOW }, () => {
  it('answers /who on first start from the bundled seeds', async () => {
    const r = await sitrep(['who', 'APT31'], shared);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Threat actor');
    expect(r.out).toMatch(/\[1\] .+ — /);
  });

  it('gives scripts the data with --json: ISO dates, each document once with its URL, facts citing ids', async () => {
    const r = await sitrep(['who', 'APT31', '--json'], shared);
    expect(r.code).toBe(0);
    const data = json(r) as {
      status: string;
      fields: Record<string, unknown>;
      events: { date: string; sources: string[] }[];
      documents: { id: string; url: string | null; published: string | null; origin?: string }[];
      blocks?: unknown;
    };
    expect(data.status).toBe('ok');
    expect(data.blocks).toBeUndefined();
    expect(data.fields.Kind).toBe('Threat actor');
    // Lists stay lists: a script never splits a display string.
    expect(data.fields['Also known as']).toContain('ZIRCONIUM (Microsoft)');
    expect(data.fields['Called in reports']).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(data.events.length).toBeGreaterThan(0);
    for (const e of data.events) expect(e.date).toMatch(ISO);
    const ids = new Set(data.documents.map((d) => d.id));
    expect(ids.size).toBe(data.documents.length);
    for (const e of data.events) for (const id of e.sources) expect(ids.has(id)).toBe(true);
    for (const d of data.documents) {
      expect(d).toHaveProperty('url');
      if (d.published !== null) expect(d.published).toMatch(ISO);
    }
    expect(data.documents.some((d) => d.url?.startsWith('https://'))).toBe(true);
  });

  it('answers a mistake on stderr with exit 1, and with --json as an error object with a code', async () => {
    const r = await sitrep(['who', 'Nobody', 'Atall'], shared);
    expect([r.code, r.out]).toEqual([1, '']);
    expect(r.err).toContain('No match for "Nobody Atall"');

    const j = await sitrep(['who', 'Nobody', 'Atall', '--json'], shared);
    expect(j.code).toBe(1);
    expect(json(j)).toMatchObject({
      status: 'user-error',
      error: { code: 'user-error', message: expect.stringContaining('No match') },
    });
  });

  it('takes a shell argument as one value, spaces and all, with or without inner quotes', async () => {
    const env = envFor(tempDir('follow'));
    const plain = await sitrep(['follow', 'apt31', 'schedule:0 8 * * 1-5'], env);
    expect(plain.err).toBe('');
    expect(plain.code).toBe(0);
    const quoted = await sitrep(['follow', 'electoral commission', 'schedule:"30 7 * * 1"'], env);
    expect(quoted.code).toBe(0);
    const following = await sitrep(['following'], env);
    expect(following.out).toContain('digest “0 8 * * 1-5”');
    expect(following.out).toContain('electoral commission');
    expect(following.out).toContain('digest “30 7 * * 1”');
  });

  it('says a name is too long, and how long it may be, instead of asking for one', async () => {
    const r = await sitrep(['who', 'A'.repeat(300)], shared);
    expect(r.code).toBe(1);
    expect(r.err).toContain('The name is too long: 300 characters; the limit is 200.');
    expect(r.err).not.toContain('Give a name');
  });

  it('never echoes a long paste back in full', async () => {
    const paste = 'x'.repeat(100_000);
    for (const args of [['sources', paste], [paste], ['sources', `${paste}:1`]]) {
      const r = await sitrep(args, shared);
      expect(r.code).toBe(1);
      expect(r.err.length).toBeLessThan(400);
    }
    const said = (await sitrep(['sources', paste], shared)).err.replace(/\s+/g, ' ');
    expect(said).toContain('(100,000 characters)');
  });
});

describe('arguments', { timeout: SLOW }, () => {
  it('takes .env and relative data and seed folders from the Sitrep folder, wherever it runs', () => {
    const config = loadConfig({ DATA_DIR: 'elsewhere/data' });
    expect(config.DATA_DIR).toBe(join(ROOT, 'elsewhere', 'data'));
    expect(config.SEEDS_DIR).toBe(join(ROOT, 'seeds'));
    expect(loadConfig({ DATA_DIR: '/srv/sitrep' }).DATA_DIR).toBe('/srv/sitrep');
  });

  it('prints the usage with --help, for everything and for one command, and does nothing else', async () => {
    const all = await sitrep(['--help'], shared);
    expect(all.code).toBe(0);
    for (const word of ['who NAME', 'ingest PATH...', 'discord-invite', 'Exit codes:'])
      expect(all.out).toContain(word);
    const one = await sitrep(['ingest', '--help'], shared);
    expect(one.code).toBe(0);
    expect(one.out).toMatch(/^Usage: sitrep ingest PATH\.\.\. \[--json\]/);
    const who = await sitrep(['who', '-h'], shared);
    expect(who.out).toContain('Examples: sitrep who APT31');
  });

  it('refuses an unknown option or one without its value, with the usage, exit 1', async () => {
    const unknown = await sitrep(['who', 'APT31', '--jsn'], shared);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("Unknown option '--jsn'");
    expect(unknown.err).toContain('Usage: sitrep who NAME');
    const missing = await sitrep(['export', '--corpus'], shared);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("Option '--corpus <value>' argument missing");
  });

  it('answers an unknown command with the close ones', async () => {
    const r = await sitrep(['whoo', 'APT31'], shared);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Unknown command "whoo". Did you mean who');
    expect((await sitrep([], shared)).code).toBe(1);
  });
});

describe('ingest', { timeout: SLOW }, () => {
  const SANDWORM =
    'Sandworm Disrupts Grid\n\nThe Sandworm group attacked a power company in Ukraine in December 2015, officials said in a statement.';

  it('stores what it can, lists every file it could not, and exits 2 when any failed', async () => {
    const dir = tempDir('in');
    const outside = tempDir('outside');
    writeFileSync(join(dir, 'a.txt'), SANDWORM);
    writeFileSync(join(dir, 'copy.txt'), SANDWORM);
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0]));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(
      join(dir, 'sub', 'b.md'),
      '# Volt Typhoon advisory\n\nVolt Typhoon was seen in US water utilities in 2023, the agency said in an advisory.',
    );
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    writeFileSync(join(outside, 'private.txt'), SANDWORM);
    symlinkSync(join(outside, 'private.txt'), join(dir, 'private.txt'));
    const env = envFor(tempDir('data'));

    const r = await sitrep(['ingest', dir], env);
    expect(r.out).toContain('2 new, 1 duplicate(s), 1 failed, 2 skipped');
    expect(r.out).toContain('broken.txt: binary file');
    expect(r.out).toContain(`skipped: ${join(dir, 'pipe.txt')}: not a regular file`);
    expect(r.out).toContain(`skipped: ${join(dir, 'private.txt')}: a link leading outside the folder`);
    expect(r.code).toBe(2);

    // Only the files given: the bundled reports stay out of a corpus built with ingest.
    const docs = json(await sitrep(['sources', '--json'], env)) as { documents: { origin?: string }[] };
    expect(docs.documents.map((d) => d.origin).sort()).toEqual(['a.txt', 'b.md']);
  });

  it('exits 0 when every report went in, 1 for a path that does not exist', async () => {
    const dir = tempDir('ok');
    writeFileSync(join(dir, 'a.txt'), SANDWORM);
    const env = envFor(tempDir('data'));
    const ok = await sitrep(['ingest', dir, '--json'], env);
    expect(ok.code).toBe(0);
    expect(json(ok)).toMatchObject({ added: [{ origin: 'a.txt' }], failed: [], skipped: [], missing: [] });
    expect((await sitrep(['ingest', dir], env)).code).toBe(0); // a duplicate is no failure

    const gone = await sitrep(['ingest', join(dir, 'nope.txt')], env);
    expect(gone.code).toBe(1);
    expect(gone.err).toContain('not found:');
    expect((await sitrep(['ingest'], env)).code).toBe(1);
  });
});

describe('export', { timeout: SLOW }, () => {
  it('writes the scored JSON from a throwaway store without touching the data dir', async () => {
    const data = tempDir('untouched');
    const out = join(tempDir('ex'), 'x.json');
    const r = await sitrep(
      ['export', '--corpus', join(import.meta.dirname, '../../seeds'), '--out', out],
      envFor(data),
    );
    expect(r.code).toBe(0);
    const x = JSON.parse(readFileSync(out, 'utf8'));
    expect(x.documents).toHaveLength(5);
    expect(x.quotes.length).toBeGreaterThan(20);
    expect(existsSync(join(data, 'sitrep.db'))).toBe(false);
  });

  it('gives the usage without both options', async () => {
    const r = await sitrep(['export', '--out', 'x.json'], shared);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Usage: sitrep export --corpus DIR --out FILE');
  });
});
