// Reports on disk: files or folders of .txt, .html and .md, read lazily so a folder of thousands of
// reports is never all in memory, and a file that cannot be read is one failure, not a crash.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { formatOf } from '../core/documents/document.js';
import type { PendingInput } from '../core/ingest.js';

export const REPORT_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.md', '.markdown']);
const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface FileListing {
  inputs: PendingInput[];
  /** Paths given that do not exist or hold no reports. */
  missing: string[];
}

export function listReportFiles(paths: string[]): FileListing {
  const inputs: PendingInput[] = [];
  const missing: string[] = [];
  const visit = (path: string, explicit: boolean) => {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(path);
    } catch {
      if (explicit) missing.push(path);
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith('.')) visit(join(path, name), false);
      return;
    }
    if (!explicit && !REPORT_EXTENSIONS.has(extname(path).toLowerCase())) return;
    inputs.push({ origin: basename(path), load: () => readReport(path, st.size) });
  };
  for (const p of paths) visit(p, true);
  return { inputs, missing };
}

function readReport(path: string, size: number) {
  if (size > MAX_FILE_BYTES)
    throw new Error(`file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB`);
  const buf = readFileSync(path);
  if (buf.includes(0)) throw new Error('binary file, not a report');
  const content = buf.toString('utf8');
  return { content, origin: basename(path), format: formatOf(path, content) };
}
