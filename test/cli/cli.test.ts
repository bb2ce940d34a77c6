// The real binaries, as a user runs them: `npm run sitrep -- …` and `npm start` with piped stdin.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
let dataDir: string;
/** Each test starts the real binary (1–3 s each, several per test); a busy machine can triple that. */
const SPAWNS = 60_000;

function sitrep(args: string[], input?: string, script = 'src/app/cli.ts') {
  const r = spawnSync(tsx, [script, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
});

describe('one-shot commands', { timeout: SPAWNS }, () => {
  it('answers /who on first start from the bundled seeds', () => {
    const r = sitrep(['who', 'APT31']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('APT31');
    expect(r.out).toContain('Threat actor');
    expect(r.out).toMatch(/\[1\] .+ — /);
  });

  it('prints the Reply as JSON with --json', () => {
    const r = sitrep(['timeline', 'electoral commission', '--json']);
    expect(r.code).toBe(0);
    const reply = JSON.parse(r.out);
    expect(reply.status).toBe('ok');
    expect(reply.blocks.some((b: { type: string }) => b.type === 'timeline')).toBe(true);
  });

  it('exits 1 with a hint on stderr for a user error', () => {
    const r = sitrep(['who', 'Nobody', 'Atall']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('No match for "Nobody Atall"');
  });
});

describe('ingest', { timeout: SPAWNS }, () => {
  it('ingests a folder, reports duplicates and failures, and never stops at a bad file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-in-'));
    writeFileSync(
      join(dir, 'a.txt'),
      'Sandworm Disrupts Grid\n\nThe Sandworm group attacked a power company in Ukraine in December 2015, officials said in a statement.',
    );
    writeFileSync(
      join(dir, 'copy.txt'),
      'Sandworm Disrupts Grid\n\nThe Sandworm group attacked a power company in Ukraine in December 2015, officials said in a statement.',
    );
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0]));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(
      join(dir, 'sub', 'b.md'),
      '# Volt Typhoon advisory\n\nVolt Typhoon was seen in US water utilities in 2023, the agency said in an advisory.',
    );
    const r = sitrep(['ingest', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 new, 1 duplicate(s), 1 failed');
    expect(r.out).toContain('broken.txt: binary file');
    expect(sitrep(['who', 'Sandworm']).out).toContain('Sandworm');
  });
});

describe('export', { timeout: SPAWNS }, () => {
  it('writes the scored JSON from a throwaway store without touching the user data', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sitrep-ex-')), 'x.json');
    const before = sitrep(['sources', '--json']).out;
    const r = sitrep(['export', '--corpus', 'seeds', '--out', out]);
    expect(r.code).toBe(0);
    const x = JSON.parse(readFileSync(out, 'utf8'));
    expect(x.documents).toHaveLength(5);
    expect(x.documents.map((d: { file: string }) => d.file)).toContain('000_bc5ec7ca31ecbf1c.txt');
    expect(x.quotes.length).toBeGreaterThan(20);
    expect(sitrep(['sources', '--json']).out).toBe(before);
  });
  it('gives the usage line without arguments', () => {
    expect(sitrep(['export']).code).toBe(1);
  });
});

describe('console (npm start) with piped commands', { timeout: SPAWNS }, () => {
  it('answers one command per line and exits at the end of input', () => {
    const r = sitrep([], '/who APT31\n\n/quote Dowden\n/nonsense\n', 'src/app/main.ts');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Threat actor');
    expect(r.out).toContain('Oliver Dowden');
    expect(r.out).toContain('Unknown command "nonsense"');
  });
});
