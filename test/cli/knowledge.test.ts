// `sitrep knowledge` as an operator runs it: importing ../shared/catalogues (never copied into the repo),
// downloading the same files from a real local HTTP server (conditional requests, a publisher that
// fails, a file that arrives damaged), what /knowledge and `sitrep knowledge` then show, and what
// `npm start` says when no catalogue is loaded.
import { readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_KNOWLEDGE_HINT } from '../../src/app/knowledge-warm.js';
import { serve } from '../../src/app/serve.js';
import { CATALOGUES, present } from '../core/knowledge/catalogues.js';
import { type Served, startServer, type TestServer } from '../sources/helpers.js';
import { envFor, npmStart, type Run, sitrep, tempDir } from './helpers.js';

const SLOW = 120_000;

const FILES = [
  'mitre-attack/enterprise-attack-groups-software.json',
  'mitre-attack/ics-attack.json',
  'misp-galaxy/threat-actor.json',
  'misp-galaxy/microsoft-activity-group.json',
  'misp-galaxy/malpedia.json',
  'misp-galaxy/tool.json',
  'cisa-kev/known_exploited_vulnerabilities.json',
];

const progressLines = (r: Run) => r.err.split('\n').filter((l) => /^\[\d+\/\d+\] /.test(l));

describe.skipIf(!present)('knowledge import of a folder', { timeout: SLOW }, () => {
  let env: Record<string, string>;
  beforeAll(() => {
    env = envFor(tempDir('knowledge-import'));
  });

  it('reads every catalogue of the folder, passing over the files that are none, and saves one snapshot', async () => {
    const r = await sitrep(['knowledge', 'import', CATALOGUES], env);
    expect(r.code).toBe(0);
    const lines = progressLines(r);
    expect(lines).toHaveLength(8);
    expect(lines.filter((l) => l.includes('… updated: '))).toHaveLength(7);
    expect(lines.find((l) => l.includes('_schema.json'))).toMatch(/passed over: not a catalogue$/);
    expect(lines.find((l) => l.includes('threat-actor.json'))).toContain(
      'MISP galaxy: Threat Actor, version 349',
    );
    expect(r.out).toMatch(
      /^Knowledge saved: 7 catalogues; [\d,]+ actors, [\d,]+ malware, [\d,]+ tools, [\d,]+ campaigns, 1,404 CVEs\./,
    );
  });

  it('shows what is loaded, with every publisher’s licence notice, from the shell and in the chat', async () => {
    const status = await sitrep(['knowledge'], env);
    expect(status.code).toBe(0);
    const chat = await npmStart('/knowledge\n', env);
    expect(chat.code).toBe(0);
    for (const out of [status.out, chat.out]) {
      expect(out).toContain('Catalogues loaded (7)');
      expect(out).toMatch(
        /MITRE ATT&CK ICS\s+The MITRE Corporation · version 18\.1 · 13 Nov 2025 · 14 actors/,
      );
      expect(out).toMatch(/CISA Catalog of Known Exploited Vulnerabilities\s+CISA · version 2025\.08\.25/);
      expect(out).toMatch(/CVEs\s+1,404/);
      // MITRE's terms: its copyright notice wherever its data is shown.
      expect(out.replace(/\s+/g, ' ')).toContain(
        'Copyright 2015-2025, The MITRE Corporation. MITRE ATT&CK and ATT&CK are registered trademarks of The MITRE Corporation. This work is reproduced and distributed with the permission of The MITRE Corporation.',
      );
      expect(out).toContain('public domain (CC0 1.0)');
      expect(out).toContain('BSD 2-Clause');
    }
    const json = JSON.parse((await sitrep(['knowledge', 'status', '--json'], env)).out) as {
      status: string;
      fields: Record<string, unknown>;
    };
    expect(json.status).toBe('ok');
    expect(json.fields.CVEs).toBe('1,404');
  });

  it('exports with the catalogues loaded in DATA_DIR: malware, tools and CVEs as their own kinds', async () => {
    const reports = tempDir('knowledge-export-in');
    writeFileSync(
      join(reports, 'advisory.txt'),
      'Gateways breached\n\nMustang Panda deployed Korplug and Mimikatz after exploiting CVE-2023-3519, the agency said.\n',
    );
    const out = join(tempDir('knowledge-export-out'), 'x.json');
    const r = await sitrep(['export', '--corpus', reports, '--out', out], env);
    expect(r.code).toBe(0);
    const { entities } = JSON.parse(readFileSync(out, 'utf8')) as {
      entities: { name: string; kind: string }[];
    };
    expect(entities.map((e) => `${e.kind}:${e.name}`)).toEqual(
      expect.arrayContaining(['malware:PlugX', 'tool:Mimikatz', 'vulnerability:CVE-2023-3519']),
    );
  });

  it('no longer says at start that no catalogue is loaded', async () => {
    const { out } = await interactiveStart(env);
    expect(out).toContain('/help lists every command');
    expect(out).not.toContain(NO_KNOWLEDGE_HINT);
  });

  it('answers /knowledge with what is wrong when the stored snapshot is damaged, and everything else as before', async () => {
    const db = new Database(join(env.DATA_DIR ?? '', 'sitrep.db'));
    db.prepare(`UPDATE knowledge_snapshot SET body = substr(body, 1, 1000)`).run();
    db.close();
    const r = await npmStart('/knowledge\n/who APT31\n', env);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/The stored catalogues cannot be read: the stored knowledge is not JSON/);
    expect(r.out).toContain('sitrep knowledge update');
    expect(r.out).toContain('Threat actor');
  });
});

describe.skipIf(!present)('knowledge update from the publishers (a local server)', { timeout: SLOW }, () => {
  let server: TestServer;
  let env: Record<string, string>;
  /** What each path serves now, a file with its ETag or another answer; the tests change it between runs. */
  const serving = new Map<string, { file: Buffer; etag: string } | { answer: Served }>();
  const urls = () => FILES.map((f) => server.url(`/${f}`));
  const conditional =
    (path: string) =>
    (req: IncomingMessage): Served => {
      const now = serving.get(path);
      if (!now) return { status: 404 };
      if ('answer' in now) return now.answer;
      if (req.headers['if-none-match'] === now.etag) return { status: 304, headers: { etag: now.etag } };
      // Served as raw.githubusercontent.com does: text/plain, in chunks, without a length.
      return {
        type: 'text/plain; charset=utf-8',
        body: now.file,
        chunked: true,
        headers: { etag: now.etag },
      };
    };
  const fileAt = (path: string) => {
    const now = serving.get(path);
    if (!now || !('file' in now)) throw new Error(`${path} serves no file`);
    return now.file;
  };

  beforeAll(async () => {
    server = await startServer();
    for (const f of FILES) {
      serving.set(`/${f}`, { file: readFileSync(join(CATALOGUES, f)), etag: `"${f}-1"` });
      server.routes.set(`/${f}`, conditional(`/${f}`));
    }
    env = envFor(tempDir('knowledge-update'), {
      SITREP_FETCH_ALLOW_HOSTS: server.host,
      SITREP_KNOWLEDGE_URLS: urls().join(','),
    });
  });
  afterAll(() => server.close());

  const requestsSince = (n: number) => server.requests.slice(n);

  it('downloads every catalogue, then asks each publisher whether it changed and keeps the snapshot', async () => {
    const first = await sitrep(['knowledge', 'update'], env);
    expect(first.code, first.err).toBe(0);
    expect(progressLines(first)).toHaveLength(7);
    expect(progressLines(first).every((l) => l.includes('… updated: '))).toBe(true);
    expect(first.out).toMatch(/^Knowledge saved: 7 catalogues;/);
    const before = (await sitrep(['knowledge'], env)).out;

    const asked = server.requests.length;
    const second = await sitrep(['knowledge', 'update'], env);
    expect(second.code).toBe(0);
    expect(progressLines(second).every((l) => / … not modified: /.test(l))).toBe(true);
    expect(second.out).toContain('Knowledge unchanged');
    const sent = requestsSince(asked);
    expect(sent).toHaveLength(7);
    for (const r of sent) expect(r.headers['if-none-match']).toBe(`"${r.path.slice(1)}-1"`);
    expect((await sitrep(['knowledge'], env)).out).toBe(before);
  });

  it('keeps the version loaded before of a catalogue that fails to download or arrives damaged', async () => {
    const kev = '/cisa-kev/known_exploited_vulnerabilities.json';
    const newer = fileAt(kev)
      .toString('utf8')
      .replace(/"catalogVersion": "[^"]+"/, '"catalogVersion": "2025.09.01"');
    serving.set(kev, { file: Buffer.from(newer), etag: '"kev-2"' });
    const tools = '/misp-galaxy/tool.json';
    serving.set(tools, { answer: { status: 503, type: 'text/plain', body: 'down for maintenance' } });
    const enterprise = '/mitre-attack/enterprise-attack-groups-software.json';
    serving.set(enterprise, { file: fileAt(enterprise).subarray(0, 200_000), etag: '"truncated"' });

    const r = await sitrep(['knowledge', 'update'], env);
    expect(r.code).toBe(2);
    const line = (path: string) => progressLines(r).find((l) => l.includes(path)) ?? '';
    expect(line(kev)).toContain(
      'updated: CISA Catalog of Known Exploited Vulnerabilities, version 2025.09.01',
    );
    expect(line(tools)).toMatch(/failed: HTTP 503 from .+; the version loaded before stays$/);
    expect(line(enterprise)).toMatch(
      /skipped, not a readable catalogue: .+; the version loaded before stays$/,
    );
    expect(r.out).toMatch(/^Knowledge saved: 7 catalogues;/);

    const shown = (await sitrep(['knowledge'], env)).out;
    expect(shown).toContain('CISA · version 2025.09.01');
    expect(shown).toMatch(/MISP galaxy: Tool\s+MISP Project · version 177/);
    expect(shown).toMatch(/MITRE ATT&CK Enterprise\s+The MITRE Corporation · 12 Nov 2025 · 172 actors/);
  });

  it('downloads from the addresses --from names, and refuses a bad argument before fetching anything', async () => {
    const kev = server.url('/cisa-kev/known_exploited_vulnerabilities.json');
    const r = await sitrep(['knowledge', 'update', '--from', kev], env);
    expect(progressLines(r)).toEqual([
      `[1/1] ${kev} … not modified: CISA Catalog of Known Exploited Vulnerabilities`,
    ]);
    const asked = server.requests.length;
    for (const args of [
      ['update', '--from', 'ftp://mirror.example/kev.json'],
      ['update', '--from'],
      ['update', 'now'],
      ['import'],
      ['status', '--from', kev],
      ['refresh'],
    ]) {
      const bad = await sitrep(['knowledge', ...args], env);
      expect(bad.code, args.join(' ')).toBe(1);
      expect(bad.err, args.join(' ')).toMatch(/Usage: sitrep knowledge/);
    }
    expect(server.requests.length).toBe(asked);
    const help = await sitrep(['knowledge', '--help'], env);
    expect([help.code, help.out]).toEqual([0, expect.stringContaining('Usage: sitrep knowledge')]);
  });
});

describe('without any catalogue', { timeout: SLOW }, () => {
  it('npm start says in one line how to load them, and answers as before', async () => {
    const env = envFor(tempDir('knowledge-none'));
    const r = await interactiveStart(env, '/who APT31\n');
    const hint = r.out.split('\n').filter((l) => l.includes(NO_KNOWLEDGE_HINT));
    expect(hint).toHaveLength(1);
    expect(NO_KNOWLEDGE_HINT).toContain('npx sitrep knowledge update');
    expect(r.out).toContain('Threat actor');
  });

  it('/knowledge says none is loaded and how to load them', async () => {
    const r = await sitrep(['knowledge'], envFor(tempDir('knowledge-none')));
    expect(r.code).toBe(0);
    expect(r.out).toContain('No catalogue is loaded');
    expect(r.out).toContain('sitrep knowledge update');
  });

  it('import says so when the folder holds no catalogue file', async () => {
    const empty = tempDir('knowledge-empty');
    const r = await sitrep(['knowledge', 'import', empty, join(empty, 'missing')], envFor(tempDir('k')));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${join(empty, 'missing')}: not found`);
  });
});

/** `npm start` at a terminal (the banner shows only there), with `input` typed and then /exit. */
async function interactiveStart(env: Record<string, string>, input = ''): Promise<Run> {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const chunks: string[] = [];
  const stdout = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const stderr = new PassThrough();
  const running = serve({ stdin, stdout, stderr, env });
  stdin.end(`${input}/exit\n`);
  const code = await running;
  return { code, out: chunks.join(''), err: String(stderr.read() ?? '') };
}
