// The import rules of DESIGN.md, checked on the real import specifiers of every file of src/ and commands/
// (test/architecture/rules.ts): the tree keeps them, and each rule refuses the violation planted for it in
// test/fixtures/architecture/<rule>/, so a rule that stops biting fails here.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referencesOf } from './architecture/references.js';
import { checkedFiles, checkTree, placeOf, RULES, type Rule } from './architecture/rules.js';

const root = join(import.meta.dirname, '..');
const fixtures = join(import.meta.dirname, 'fixtures', 'architecture');

/** What each planted fixture must be refused for: its one file, and the specifier that breaks the rule. */
const PLANTED: Record<Rule, { file: string; specifier: string | null }> = {
  layers: { file: 'commands/start-the-bot.ts', specifier: '../src/app/slack.js' },
  'infra-outside-app': { file: 'src/core/clock-user.ts', specifier: '../infra/clock.js' },
  'adapter-to-adapter': {
    file: 'src/adapters/slack/borrowed.ts',
    specifier: '../../../src/adapters/discord/render.js',
  },
  'platform-library': { file: 'src/core/warm-up.ts', specifier: 'discord.js' },
  environment: { file: 'src/core/log-level.ts', specifier: 'node:process' },
  'bench-import': { file: 'src/app/figures.ts', specifier: '../../bench/corpus.js' },
  'computed-specifier': { file: 'src/core/plugin.ts', specifier: null },
};

const EVERY_FORM = `
import { a } from './static.js';
import type { B } from './type-only.js';
import { type C } from './inline-type.js';
import './side-effect.js';
export { d } from './re-export.js';
export * from './star.js';
export type { E } from './type-re-export.js';
import f = require('./import-equals.js');
type G = typeof import('./import-type.js');
const PACKAGES = { one: 'lib-one', two: 'lib-two' } as const;
const NAME = 'lib-three';
export async function load(key: keyof typeof PACKAGES, name: string) {
  await import('./dynamic.js');
  require('./required.js');
  require(PACKAGES[key]);
  await import(NAME);
  await import(name);
  return [process.env.HOME, process['env'], globalThis.process.env];
}
const { env } = process;
`;

describe('reading references', () => {
  it('finds every form of import, require and environment read, and what a computed one can name', () => {
    const found = referencesOf('every-form.ts', EVERY_FORM).map((r) => `${r.kind} ${r.specifier}`);
    expect(found).toEqual([
      'import ./static.js',
      'import type ./type-only.js',
      'import ./inline-type.js',
      'side effect ./side-effect.js',
      'export from ./re-export.js',
      'export from ./star.js',
      'export from ./type-re-export.js',
      'require ./import-equals.js',
      'import type ./import-type.js',
      'dynamic import ./dynamic.js',
      'require ./required.js',
      'require lib-one',
      'require lib-two',
      'dynamic import lib-three',
      'dynamic import null',
      'environment process.env',
      'environment process.env',
      'environment process.env',
      'environment process.env',
    ]);
  });

  it('places each file in its layer, and an adapter by name', () => {
    expect(placeOf('src/core/sources/feed.ts')).toEqual({ layer: 'core' });
    expect(placeOf('commands/who.ts')).toEqual({ layer: 'commands' });
    expect(placeOf('src/adapters/slack/app.ts')).toEqual({ layer: 'adapters', adapter: 'slack' });
    expect(placeOf('src/infra/fetcher.ts')).toEqual({ layer: 'infra' });
    expect(placeOf('src/app/main.ts')).toEqual({ layer: 'app' });
    expect(placeOf('bench/corpus.ts')).toEqual({ layer: 'bench' });
  });
});

describe('import rules', () => {
  it('checks the files of every layer and every adapter', () => {
    const places = checkedFiles(root).map(placeOf);
    for (const layer of ['core', 'commands', 'infra', 'app'] as const)
      expect(places.filter((p) => p.layer === layer).length, layer).toBeGreaterThan(3);
    expect(new Set(places.flatMap((p) => p.adapter ?? []))).toEqual(
      new Set(['slack', 'discord', 'terminal']),
    );
  });

  it('hold in this repository', () => {
    expect(checkTree(root)).toEqual([]);
  });

  it('each have one planted fixture', () => {
    expect(
      readdirSync(fixtures, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name),
    ).toEqual(expect.arrayContaining([...RULES]));
    expect(Object.keys(PLANTED).sort()).toEqual([...RULES].sort());
  });

  it.each(RULES)('%s refuses its planted fixture, and only for that', (rule) => {
    const { file, specifier } = PLANTED[rule];
    expect(checkTree(join(fixtures, rule))).toEqual([
      expect.objectContaining({ rule, file, specifier, why: expect.any(String) }),
    ]);
  });
});
