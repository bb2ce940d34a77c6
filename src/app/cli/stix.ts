// `sitrep export --format stix`: the corpus (DATA_DIR's, or a throwaway one of --corpus DIR) as a STIX
// 2.1 bundle, streamed to the file as it is produced, for OpenCTI, MISP and TAXII peers (ADR 13).
import { sinceTime } from '../../../commands/brief.js';
import { EXIT, type ExitCode } from '../../adapters/terminal/exit-codes.js';
import { UserError } from '../../core/reply.js';
import { notExportedText, objectsText } from '../../core/stix/bundle-files.js';
import type { StixExportSummary } from '../../core/stix/export.js';
import { type ExportScope, resolveScope, type ScopeError } from '../../core/stix/scope.js';
import { systemClock } from '../../infra/clock.js';
import type { Io } from '../io.js';
import type { Runtime } from '../runtime.js';
import { writeBundleFile } from '../stix-files.js';
import type { ToolInput } from './tool.js';

/** The scope options of `export --format stix`, checked; a UserError says what is wrong. */
export function scopeOf(values: ToolInput['values']): ExportScope {
  const text = (name: string) => {
    const v = values[name];
    if (typeof v !== 'string') return undefined;
    if (v.trim() === '') throw new UserError(`--${name} needs a value.`);
    return v.trim();
  };
  const entity = text('entity');
  const query = text('query');
  const since = text('since');
  return {
    ...(entity !== undefined ? { entity } : {}),
    ...(query !== undefined ? { query } : {}),
    ...(since !== undefined ? { since: sinceTime(since, systemClock.now()) } : {}),
  };
}

function scopeRefusal(e: ScopeError): string {
  if (e.kind === 'no-match') return `No report has a passage with all of "${e.query}".\n`;
  const close = e.suggestions.length > 0 ? ` Closest: ${e.suggestions.slice(0, 5).join(', ')}.` : '';
  return `No entity called "${e.name}" in the corpus.${close}\n`;
}

/** Exports the runtime's corpus within `scope` to `out` (see writeBundleFile), saying what it holds. */
export async function writeStixFile(rt: Runtime, scope: ExportScope, out: string, io: Io): Promise<ExitCode> {
  const resolved = await resolveScope(rt.corpus, scope);
  if (!resolved.ok) {
    io.stderr.write(scopeRefusal(resolved.error));
    return EXIT.userError;
  }
  const { closest } = resolved.value;
  if (closest)
    io.stderr.write(
      `Nothing is called "${scope.entity}"; exporting the reports naming ${closest}, the closest.\n`,
    );
  const summary = await writeBundleFile(rt, resolved.value.ids, out);
  io.stdout.write(describeExport(summary, out));
  return EXIT.ok;
}

function describeExport(s: StixExportSummary, out: string): string {
  const left = notExportedText(s);
  return `Exported ${s.documents} report(s) as STIX 2.1 to ${out}: ${objectsText(s)}.\n${left ? `${left}\n` : ''}`;
}
