// The port /export writes bundles through: the app keeps them as files (streamed, never whole in memory)
// and each adapter hands the file over its own way (a Slack upload, a Discord attachment, a path).
import type { Result } from '../util/result.js';
import type { StixExportSummary } from './export.js';
import type { ExportScope, ScopeError } from './scope.js';

/** The media type of a STIX 2.1 bundle (STIX 2.1 §1.6, and TAXII 2.1's objects endpoint). */
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

export interface WrittenBundle {
  /** Where the file is, on the machine running Sitrep. */
  path: string;
  /** The file's name as it is offered for download. */
  name: string;
  bytes: number;
  /** The entity a typed name was taken for when nothing is called that (see ResolvedScope). */
  closest: string | null;
  summary: StixExportSummary;
}

/** Why no file was written: the scope names nothing, or no document is in it. */
export type BundleRefusal = ScopeError | { kind: 'empty' };

export interface BundleFiles {
  /** Writes the bundle of the documents in `scope` to a new file, or says why there is nothing to write. */
  write(scope: ExportScope): Promise<Result<WrittenBundle, BundleRefusal>>;
}

/** "57 objects (1 identity, 5 report, …)": what a bundle holds, by STIX type. */
export function objectsText(s: StixExportSummary): string {
  const total = Object.values(s.objects).reduce((a, b) => a + b, 0);
  const kinds = Object.entries(s.objects)
    .map(([type, n]) => `${n} ${type}`)
    .join(', ');
  return `${total} objects (${kinds})`;
}

/** The entities left out of a bundle because no STIX type expresses them, or null when none was. */
export function notExportedText(s: StixExportSummary): string | null {
  if (s.notExported.length === 0) return null;
  const named = s.notExported
    .slice(0, 10)
    .map((e) => `${e.name} (${e.kind})`)
    .join(', ');
  const more = s.notExported.length > 10 ? ` and ${s.notExported.length - 10} more` : '';
  return `Not exported (no STIX type for them): ${named}${more}.`;
}
