// What README, docs/deploy.md and .env.example tell a new user agrees with the code: every setting and its
// default, the sections, files and headings they point to, and the Discord invite link.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inviteUrl } from '../../src/adapters/discord/commands.js';
import { ConfigSchema } from '../../src/app/config.js';
import { ROOT } from '../../src/app/readme-samples.js';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const readme = read('README.md');
const example = read('.env.example');
const deploy = read('docs/deploy.md');
const defaults = ConfigSchema.parse({});
const settings = [...example.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((m) => ({
  name: m[1] ?? '',
  value: m[2] ?? '',
}));

describe('.env.example', () => {
  it('names every setting the configuration reads, and nothing else', () => {
    expect(settings.map((s) => s.name).sort()).toEqual(Object.keys(ConfigSchema.shape).sort());
  });

  it('gives only values that are the defaults', () => {
    for (const { name, value } of settings.filter((s) => s.value !== ''))
      expect(String(defaults[name as keyof typeof defaults]), name).toBe(value);
  });

  it('points only to README sections and bundled paths that exist', () => {
    const headings = new Set([...readme.matchAll(/^#+ (.+)$/gm)].map((m) => m[1]));
    const sections = [...example.matchAll(/README "([^"]+)"/g)].map((m) => m[1]);
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) expect(headings, s).toContain(s);
    // DATA_DIR is made at first start; everything else named by path ships with the code.
    const paths = [...example.matchAll(/(?:^|[\s=])(\.\/[\w./-]+)/gm)].map((m) => m[1] ?? '');
    for (const p of paths.filter((x) => x !== defaults.DATA_DIR))
      expect(existsSync(join(ROOT, p)), p).toBe(true);
  });
});

describe('README', () => {
  it('shows the Discord invite link the code builds', () => {
    expect(readme).toContain(inviteUrl('APPLICATION_ID'));
  });
});

/** What looks like one of Sitrep's settings in prose: the prefixed names, libpq's TLS ones and the folders. */
const SETTING_NAME =
  /\b(?:(?:SITREP|SLACK|DISCORD|DATABASE)_[A-Z0-9_]+|PGSSL[A-Z]+|DATA_DIR|SEEDS_DIR|LOG_LEVEL)\b/g;

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

describe('README and docs/deploy.md', () => {
  const docs = { 'README.md': readme, 'docs/deploy.md': deploy, '.env.example': example };

  it('name only settings the configuration reads', () => {
    const known = Object.keys(ConfigSchema.shape);
    for (const [file, text] of Object.entries(docs))
      for (const [name] of text.matchAll(SETTING_NAME)) expect(known, `${file}: ${name}`).toContain(name);
  });

  it('link only to files and headings that exist', () => {
    for (const file of ['README.md', 'docs/deploy.md']) {
      const links = [...read(file).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
      for (const link of links.filter((l) => !/^[a-z]+:/.test(l))) {
        const [path = '', hash] = link.split('#');
        const target = path ? join(dirname(join(ROOT, file)), path) : join(ROOT, file);
        expect(existsSync(target), `${file}: ${link}`).toBe(true);
        if (hash === undefined) continue;
        const headings = [...readFileSync(target, 'utf8').matchAll(/^#+ (.+)$/gm)].map((m) =>
          anchor(m[1] ?? ''),
        );
        expect(headings, `${file}: ${link}`).toContain(hash);
      }
    }
  });

  it('mention only documents that exist', () => {
    for (const [file, text] of Object.entries(docs))
      for (const [path] of text.matchAll(/\bdocs\/[\w./-]+\.md\b/g))
        expect(existsSync(join(ROOT, path)), `${file}: ${path}`).toBe(true);
  });

  it("README's configuration table lists every setting with its default", () => {
    // Settings whose default follows others: the gateway is on when there is a token.
    const following = ['DISCORD_GATEWAY'];
    const rows = [...readme.matchAll(/^\| ((?:`[A-Z][A-Z0-9_]*`(?:, )?)+) \| ([^|]+) \|/gm)];
    const listed: string[] = [];
    for (const [, namesCell = '', defaultsCell = ''] of rows) {
      const names = namesCell.split(', ').map((n) => n.replaceAll('`', ''));
      const given = defaultsCell.trim().split(', ');
      listed.push(...names);
      names.forEach((name, i) => {
        const text = given.length === 1 ? given[0] : given[i];
        const value: unknown = defaults[name as keyof typeof defaults];
        if (text === 'unset') expect(value, name).toBeUndefined();
        else if (text === 'empty') expect(Object.keys(value ?? { unset: true }), name).toEqual([]);
        else if (text?.startsWith('`') && !following.includes(name))
          expect(String(value), name).toBe(text.replaceAll('`', ''));
      });
    }
    expect(listed.sort()).toEqual(Object.keys(ConfigSchema.shape).sort());
  });
});
