// `sitrep ingest bundle.json`: STIX bundles named on the command line, read from disk as a stream
// (twice: context, then reports and names), their reports stored through the one ingestion path, their
// actor, malware and tool names kept for the knowledge overlay. A file that is not a bundle is a failure
// of that file alone, said in one line.
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { EXIT, type ExitCode, worse } from '../../adapters/terminal/exit-codes.js';
import {
  type BundleImport,
  bundleObjects,
  importBundle,
  notTakenText,
  readContext,
} from '../../core/stix/import.js';
import { DEFAULT_TLP } from '../../core/stix/tlp.js';
import { describeError } from '../../core/util/errors.js';
import type { Runtime } from '../runtime.js';

export interface BundleOutcome {
  path: string;
  result?: BundleImport;
  error?: string;
  /** The path does not exist: the user's mistake, not a failure to read. */
  missing?: true;
}

/** Paths named as STIX bundles (.json); the rest are reports or folders of them. */
export function splitBundles(paths: readonly string[]): { bundles: string[]; others: string[] } {
  const bundles = paths.filter((p) => /\.json$/i.test(p));
  return { bundles, others: paths.filter((p) => !bundles.includes(p)) };
}

async function importFile(rt: Runtime, path: string): Promise<BundleOutcome> {
  let real: string;
  try {
    real = realpathSync(path);
    if (!statSync(real).isFile()) return { path, error: 'not a regular file' };
  } catch {
    return { path, error: 'not found', missing: true };
  }
  const objects = () => bundleObjects(createReadStream(real));
  try {
    const ctx = await readContext(objects());
    const result = await importBundle(objects(), ctx, {
      ingest: (inputs) => rt.ingest(inputs),
      names: rt.store,
      clock: rt.clock,
      sourceName: basename(path),
      tlp: DEFAULT_TLP,
    });
    if (result.objects === 0) return { path, error: 'no STIX objects in it (not a STIX bundle?)' };
    return { path, result };
  } catch (err) {
    return { path, error: `not a STIX bundle: ${describeError(err)}` };
  }
}

export async function importBundleFiles(rt: Runtime, paths: readonly string[]): Promise<BundleOutcome[]> {
  const out: BundleOutcome[] = [];
  for (const p of paths) out.push(await importFile(rt, p));
  return out;
}

/** What each bundle gave, in lines a person reads. */
export function bundleLines(outcomes: readonly BundleOutcome[]): string[] {
  return outcomes.flatMap(({ path, result, error }) => {
    if (!result) return [`  failed: ${path}: ${error ?? 'unknown error'}\n`];
    const s = result.summary;
    return [
      `Ingested ${path}: ${result.reports} report(s) (${s.added.length} new, ${s.duplicates.length} duplicate(s), ${s.failed.length} failed), ${result.names.kept} actor/malware/tool name(s) kept for the knowledge overlay (${result.names.added} new).\n`,
      ...s.failed.map((f) => `  failed: ${f.origin}: ${f.reason}\n`),
      ...notTakenText(result, DEFAULT_TLP).map((l) => `  ${l}\n`),
    ];
  });
}

/** The same as data, for --json. */
export function bundleData(outcomes: readonly BundleOutcome[]) {
  return outcomes.map(({ path, result, error }) =>
    result
      ? {
          path,
          objects: result.objects,
          reports: result.reports,
          added: result.summary.added,
          duplicates: result.summary.duplicates,
          failed: result.summary.failed,
          names: result.names,
          notTaken: result.notTaken,
          stricter: result.stricter,
          malformed: result.malformed,
          stix20: result.stix20,
        }
      : { path, error },
  );
}

/** A bundle path that does not exist is the user's mistake (1); a bundle or a report of it not read, a failure (2). */
export function bundlesExit(outcomes: readonly BundleOutcome[]): ExitCode {
  const missing = outcomes.some((o) => o.missing) ? EXIT.userError : EXIT.ok;
  const failed = outcomes.some(
    (o) => (!o.result && !o.missing) || (o.result?.summary.failed.length ?? 0) > 0,
  );
  return worse(missing, failed ? EXIT.failure : EXIT.ok);
}
