// The parsing libraries load on first use, so that a process answering queries never loads them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chrono, linkedom, loadParsers, readability } from '../../../src/core/documents/libraries.js';

const root = join(import.meta.dirname, '../../..');
const PARSERS = /^import\s+(?!type\b)[^;]*from\s+['"](?:chrono-node|linkedom|@mozilla\/readability)['"]/m;

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('parsing libraries', () => {
  it('are imported by no module of the core (they load on first use)', () => {
    const importers = [...files('src/core'), ...files('commands')].filter((f) =>
      PARSERS.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(importers).toEqual([]);
  });

  it('are there when asked for, loaded synchronously or ahead of use', async () => {
    expect(typeof chrono().strict.parse).toBe('function');
    expect(typeof linkedom().parseHTML).toBe('function');
    expect(typeof readability().Readability).toBe('function');
    await loadParsers();
    const date = chrono().strict.parse('25 March 2024', new Date(Date.UTC(2000, 0, 1)))[0]?.start;
    expect([date?.get('year'), date?.get('month'), date?.get('day')]).toEqual([2024, 3, 25]);
    expect(linkedom().parseHTML('<p>Hi</p>').document.querySelector('p')?.textContent).toBe('Hi');
  });
});
