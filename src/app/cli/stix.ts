// `sitrep export --format stix`: the corpus (DATA_DIR's, or a throwaway one of --corpus DIR) as a STIX
// 2.1 bundle, streamed to the file as it is produced, for OpenCTI, MISP and TAXII peers (ADR 12).
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { sinceTime } from '../../../commands/brief.js';
import { EXIT, type ExitCode } from '../../adapters/terminal/exit-codes.js';
import { UserError } from '../../core/reply.js';
import { tableActors } from '../../core/stix/actor-facts.js';
import { exportStix, type StixExportSummary } from '../../core/stix/export.js';
import { type ExportScope, resolveScope, type ScopeError } from '../../core/stix/scope.js';
import { DEFAULT_TLP } from '../../core/stix/tlp.js';
import { systemClock } from '../../infra/clock.js';
import type { Io } from '../io.js';
import type { Runtime } from '../runtime.js';
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

/** Writes text to a file stream, waiting when it asks to. */
function streamOutput(stream: WriteStream) {
  return {
    async write(text: string) {
      if (!stream.write(text)) await once(stream, 'drain');
    },
  };
}

/**
 * Exports the runtime's corpus within `scope` to `out`: written to a file beside it and moved into place
 * when complete, so a failed export never leaves half a bundle under the name asked for.
 */
export async function writeStixFile(rt: Runtime, scope: ExportScope, out: string, io: Io): Promise<ExitCode> {
  const resolved = resolveScope(rt.corpus, scope);
  if (!resolved.ok) {
    io.stderr.write(scopeRefusal(resolved.error));
    return EXIT.userError;
  }
  const { closest } = resolved.value;
  if (closest)
    io.stderr.write(
      `Nothing is called "${scope.entity}"; exporting the reports naming ${closest}, the closest.\n`,
    );
  const partial = `${out}.partial`;
  const stream = createWriteStream(partial);
  let summary: StixExportSummary;
  try {
    summary = await exportStix(
      resolved.value.ids,
      { reader: rt.store, tlpOf: (id) => rt.store.documentTlp(id) ?? DEFAULT_TLP, actors: tableActors },
      streamOutput(stream),
      `bundle--${randomUUID()}`,
    );
    stream.end();
    await once(stream, 'close');
    renameSync(partial, out);
  } catch (err) {
    stream.destroy();
    rmSync(partial, { force: true });
    throw err;
  }
  io.stdout.write(describeExport(summary, out));
  return EXIT.ok;
}

function describeExport(s: StixExportSummary, out: string): string {
  const total = Object.values(s.objects).reduce((a, b) => a + b, 0);
  const kinds = Object.entries(s.objects)
    .map(([type, n]) => `${n} ${type}`)
    .join(', ');
  const left = s.notExported.length
    ? `Not exported (no STIX type for them): ${s.notExported
        .slice(0, 10)
        .map((e) => `${e.name} (${e.kind})`)
        .join(', ')}${s.notExported.length > 10 ? ` and ${s.notExported.length - 10} more` : ''}.\n`
    : '';
  return `Exported ${s.documents} report(s) as STIX 2.1 to ${out}: ${total} objects (${kinds}).\n${left}`;
}
