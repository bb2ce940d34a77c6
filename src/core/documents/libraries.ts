// The third-party parsers ingestion uses. Each takes a large part of a second to load (chrono-node about
// 0.9 s, linkedom 0.8 s, Readability 0.3 s) and a process that only answers queries never calls them, so
// they are loaded on first use instead of when a module that may need them is imported.
import { createRequire } from 'node:module';

interface Parsers {
  /** Calendar dates in their many spellings. */
  chrono: typeof import('chrono-node');
  /** An HTML parser and DOM. */
  linkedom: typeof import('linkedom');
  /** Mozilla Readability: finds a page's article. */
  readability: typeof import('@mozilla/readability');
}

const PACKAGES: Readonly<Record<keyof Parsers, string>> = {
  chrono: 'chrono-node',
  linkedom: 'linkedom',
  readability: '@mozilla/readability',
};

const require = createRequire(import.meta.url);
const loaded: Partial<Parsers> = {};

/** Loaded synchronously on first use: the callers (cleaning, extraction) are synchronous. */
function parser<K extends keyof Parsers>(key: K): Parsers[K] {
  let lib = loaded[key] as Parsers[K] | undefined;
  if (!lib) {
    lib = require(PACKAGES[key]) as Parsers[K];
    loaded[key] = lib;
  }
  return lib;
}

export const chrono = () => parser('chrono');
export const linkedom = () => parser('linkedom');
export const readability = () => parser('readability');

/**
 * Loads the parsers through the ES module loader, for a caller about to ingest that can wait for it.
 * Optional, and worth it under tsx: tsx compiles an ES module that is `require`d, and linkedom's
 * dependencies (css-select, entities, domhandler) are ES modules only, so pages parse markedly slower
 * through the synchronous fallback above than through `import`.
 */
export async function loadParsers(): Promise<void> {
  const [chronoModule, linkedomModule, readabilityModule] = await Promise.all([
    import('chrono-node'),
    import('linkedom'),
    import('@mozilla/readability'),
  ]);
  loaded.chrono = chronoModule;
  loaded.linkedom = linkedomModule;
  loaded.readability = readabilityModule;
}
