// What README and .env.example tell a new user agrees with the code: every setting and its default, the
// sections and paths they point to, and the Discord invite link.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inviteUrl } from '../../src/adapters/discord/commands.js';
import { ConfigSchema } from '../../src/app/config.js';
import { ROOT } from '../../src/app/readme-samples.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
const settings = [...example.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((m) => ({
  name: m[1] ?? '',
  value: m[2] ?? '',
}));

describe('.env.example', () => {
  it('names every setting the configuration reads, and nothing else', () => {
    expect(settings.map((s) => s.name).sort()).toEqual(Object.keys(ConfigSchema.shape).sort());
  });

  it('gives only values that are the defaults', () => {
    const defaults = ConfigSchema.parse({});
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
    for (const p of paths.filter((x) => x !== ConfigSchema.parse({}).DATA_DIR))
      expect(existsSync(join(ROOT, p)), p).toBe(true);
  });
});

describe('README', () => {
  it('shows the Discord invite link the code builds', () => {
    expect(readme).toContain(inviteUrl('APPLICATION_ID'));
  });
});
