// The import rules of DESIGN.md: the core and the commands know no platform, no scheduler, no database
// driver and no environment; only src/app wires everything together.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const FORBIDDEN_IN_CORE = [
  /from ['"]@slack\//,
  /from ['"]discord\.js['"]/,
  /from ['"]node-cron['"]/,
  /from ['"]better-sqlite3['"]/,
  /process\.env/,
];

describe('import rules', () => {
  const core = [...files('src/core'), ...files('commands')];

  it('finds the core files it checks', () => {
    expect(core.length).toBeGreaterThan(15);
  });

  for (const file of core) {
    it(`${file} imports no platform, scheduler, driver or environment`, () => {
      const text = readFileSync(join(root, file), 'utf8');
      for (const re of FORBIDDEN_IN_CORE) expect(text, `${file} matches ${re}`).not.toMatch(re);
    });
  }

  it('only src/app reads the environment', () => {
    const offenders = [...files('src'), ...files('commands')].filter(
      (f) =>
        !relative('src/app', f).startsWith('.') === false &&
        /process\.env/.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(offenders.filter((f) => !f.startsWith('src/app/'))).toEqual([]);
  });

  it('adapters never import each other', () => {
    for (const f of files('src/adapters')) {
      const own = f.split('/')[2];
      const text = readFileSync(join(root, f), 'utf8');
      for (const other of ['slack', 'discord', 'terminal'].filter((a) => a !== own)) {
        expect(text, f).not.toMatch(new RegExp(`from ['"][./]*(?:adapters/)?${other}/`));
      }
    }
  });
});
