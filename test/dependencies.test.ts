// Every package the code imports is declared in package.json: production code (src/, commands/, bin/)
// from `dependencies` alone, so an install without dev dependencies runs it; tests, the benchmark and
// the tooling from either list. A package that is only there because another one needs it (ws, which
// the Discord and Slack fakes import, arrives with discord.js) disappears when that one changes.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(e.name) ? [path] : [];
  });
}

/** The package a bare specifier names ("@slack/bolt" of "@slack/bolt/x", "minisearch" of "minisearch/y"), or null. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const name = specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
  return builtinModules.includes(name) ? null : name;
}

/** Packages imported, required or dynamically imported by `files`, with a file that does it. */
function importedPackages(files: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const ref of info.importedFiles) {
      const name = packageOf(ref.fileName);
      if (name && !found.has(name)) found.set(name, relative(ROOT, file));
    }
  }
  return found;
}

const undeclared = (imported: Map<string, string>, declared: Record<string, string>) =>
  [...imported].filter(([name]) => !(name in declared)).map(([name, file]) => `${name} (${file})`);

describe('declared dependencies', () => {
  it('production code imports only packages listed in dependencies', () => {
    const files = ['src', 'commands', 'bin'].flatMap((d) => sourceFiles(join(ROOT, d)));
    const imported = importedPackages(files);
    expect(imported.size).toBeGreaterThan(5);
    expect(undeclared(imported, pkg.dependencies)).toEqual([]);
  });

  it('tests, the benchmark and tooling import only declared packages', () => {
    const files = [
      ...['test', 'bench'].flatMap((d) => sourceFiles(join(ROOT, d))),
      join(ROOT, 'vitest.config.ts'),
    ];
    const imported = importedPackages(files);
    expect(imported.has('vitest')).toBe(true);
    expect(undeclared(imported, { ...pkg.dependencies, ...pkg.devDependencies })).toEqual([]);
  });
});
