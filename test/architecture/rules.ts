// The import rules of DESIGN.md as a table, and the check of a tree against it. Every reference a file makes
// (references.ts) is resolved to where it lands: a relative path to the layer of the file it names, a bare
// specifier to its package. Layers import downwards only, core ← commands ← adapters ← app; infra is
// used by app alone; the core and the commands know no platform, driver or scheduler and read no
// environment; adapters never reach each other; nothing in the product imports bench/. Tests and bench/
// may import anything, so they are not checked.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isProcessModule, type Reference, referencesOf } from './references.js';

export type Layer = 'core' | 'commands' | 'adapters' | 'infra' | 'app' | 'bench' | 'test' | 'elsewhere';

export const RULES = [
  'layers',
  'infra-outside-app',
  'adapter-to-adapter',
  'platform-library',
  'environment',
  'bench-import',
  'computed-specifier',
] as const;
export type Rule = (typeof RULES)[number];

/** Where a file of the repository sits: its layer, and for an adapter, which one. */
export interface Place {
  layer: Layer;
  adapter?: string;
}

export interface Violation {
  rule: Rule;
  /** Relative to the checked root, with forward slashes. */
  file: string;
  line: number;
  specifier: string | null;
  why: string;
}

/** The folders whose files are checked; tests and bench/ may import anything. */
export const CHECKED = ['src', 'commands'] as const;

/** Which layers each checked layer may import (besides itself). */
const MAY_IMPORT: Readonly<Record<'core' | 'commands' | 'adapters' | 'infra' | 'app', readonly Layer[]>> = {
  core: ['core'],
  commands: ['core', 'commands'],
  adapters: ['core', 'commands', 'adapters'],
  infra: ['core', 'infra'],
  app: ['core', 'commands', 'adapters', 'infra', 'app'],
};

/** Packages the core and the commands never import: platforms, drivers, the scheduler. */
const PLATFORM_PACKAGES = [
  /^@slack\//,
  /^discord\.js(?:\/|$)/,
  /^node-cron$/,
  /^better-sqlite3$/,
  /^pg(?:\/|$)/,
];

/** Each platform's package belongs to its adapter: another adapter reaching it reaches that adapter. */
const ADAPTER_PACKAGES: readonly { adapter: string; pattern: RegExp }[] = [
  { adapter: 'slack', pattern: /^@slack\// },
  { adapter: 'discord', pattern: /^discord\.js(?:\/|$)/ },
];

export function placeOf(path: string): Place {
  const [top, second, third] = path.split('/');
  if (top === 'commands') return { layer: 'commands' };
  if (top === 'bench') return { layer: 'bench' };
  if (top === 'test') return { layer: 'test' };
  if (top !== 'src') return { layer: 'elsewhere' };
  if (second === 'core') return { layer: 'core' };
  if (second === 'infra') return { layer: 'infra' };
  if (second === 'app') return { layer: 'app' };
  if (second === 'adapters' && third) return { layer: 'adapters', adapter: third };
  return { layer: 'elsewhere' };
}

/** Every .ts file under the checked folders of `root`, relative to it with forward slashes. */
export function checkedFiles(root: string): string[] {
  return CHECKED.flatMap((dir) => filesUnder(root, dir));
}

function filesUnder(root: string, dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, dir));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(root, path)).isDirectory()) return filesUnder(root, path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every violation in the checked files of `root`. */
export function checkTree(root: string): Violation[] {
  return checkedFiles(root).flatMap((file) =>
    checkFile(root, file, referencesOf(file, readFileSync(join(root, file), 'utf8'))),
  );
}

export function checkFile(root: string, file: string, references: readonly Reference[]): Violation[] {
  const from = placeOf(file);
  return references.flatMap((ref) => {
    const found = verdict(root, file, from, ref);
    return found ? [{ ...found, file, line: ref.line, specifier: ref.specifier }] : [];
  });
}

type Verdict = { rule: Rule; why: string } | null;

function verdict(root: string, file: string, from: Place, ref: Reference): Verdict {
  if (from.layer === 'bench' || from.layer === 'test' || from.layer === 'elsewhere') return null;
  if (ref.kind === 'environment')
    return from.layer === 'app' ? null : { rule: 'environment', why: 'only src/app reads the environment' };
  if (ref.specifier === null)
    return {
      rule: 'computed-specifier',
      why: `a ${ref.kind} whose specifier cannot be read, so not checked`,
    };
  const spec = ref.specifier;
  if (spec.startsWith('.') || spec.startsWith('/')) return landing(from, placeOf(target(root, file, spec)));
  return packageVerdict(from, spec);
}

/** The repository path a relative or absolute specifier names. */
function target(root: string, file: string, spec: string): string {
  const absolute = resolve(join(root, dirname(file)), spec);
  return relative(root, absolute).split(sep).join('/');
}

function landing(from: Place, to: Place): Verdict {
  if (to.layer === 'bench') return { rule: 'bench-import', why: 'nothing in the product imports bench/' };
  if (from.layer === 'app' || to.layer === 'elsewhere' || to.layer === 'test') return null;
  if (to.layer === 'infra' && from.layer !== 'infra')
    return { rule: 'infra-outside-app', why: `${from.layer} imports infra, which only src/app may use` };
  if (from.layer === 'adapters' && to.layer === 'adapters' && to.adapter !== from.adapter)
    return {
      rule: 'adapter-to-adapter',
      why: `the ${from.adapter} adapter imports the ${to.adapter} adapter`,
    };
  const allowed = MAY_IMPORT[from.layer as keyof typeof MAY_IMPORT];
  return allowed.includes(to.layer) ? null : { rule: 'layers', why: `${from.layer} imports ${to.layer}` };
}

function packageVerdict(from: Place, spec: string): Verdict {
  const low = from.layer === 'core' || from.layer === 'commands';
  if (low && isProcessModule(spec))
    return { rule: 'environment', why: `${from.layer} imports ${spec}; only src/app reads the environment` };
  if (low && PLATFORM_PACKAGES.some((p) => p.test(spec)))
    return { rule: 'platform-library', why: `${from.layer} imports ${spec}` };
  const owner = ADAPTER_PACKAGES.find((p) => p.pattern.test(spec))?.adapter;
  if (from.layer === 'adapters' && owner && owner !== from.adapter)
    return { rule: 'adapter-to-adapter', why: `the ${from.adapter} adapter imports ${owner}'s ${spec}` };
  return null;
}
