// The parsing libraries load on first use, so that a process answering queries never loads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chrono, linkedom, loadParsers, readability } from '../../../src/core/documents/libraries.js';
import { referencesOf } from '../../architecture/references.js';
import { checkedFiles } from '../../architecture/rules.js';

const root = join(import.meta.dirname, '../../..');
const PARSERS = new Set(['chrono-node', 'linkedom', '@mozilla/readability']);
/** What loads a module as soon as the importing module loads; import(), require and types do not. */
const EAGER = new Set(['import', 'side effect', 'export from']);

describe('parsing libraries', () => {
  it('are imported by no module of the core (they load on first use)', () => {
    const importers = checkedFiles(root)
      .filter((f) => f.startsWith('src/core/') || f.startsWith('commands/'))
      .filter((f) =>
        referencesOf(f, readFileSync(join(root, f), 'utf8')).some(
          (r) => EAGER.has(r.kind) && r.specifier !== null && PARSERS.has(r.specifier),
        ),
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
