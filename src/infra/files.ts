// Reports on disk: files or folders of .txt, .html and .md, read lazily so a folder of thousands of
// reports is never all in memory, and a file that cannot be read is one failure, not a crash.
// Only regular files are read: a FIFO or a device would block the read forever or never end. Inside a
// folder, a link is followed only when it stays inside that folder, so a link to /etc or to a
// neighbour's home never pulls their files into the corpus.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { basename, extname, isAbsolute, join, relative } from 'node:path';
import { formatOf } from '../core/documents/document.js';
import type { PendingInput } from '../core/ingest.js';
import { describeError } from '../core/util/errors.js';

export const REPORT_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.md', '.markdown']);
const MAX_FILE_BYTES = 5 * 1024 * 1024;
// Opening a FIFO for reading waits for a writer; non-blocking, it opens at once and fstat tells what it is.
// (Windows has no such flag and no FIFOs in the file system.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export interface FileListing {
  inputs: PendingInput[];
  /** Paths given that do not exist. */
  missing: string[];
  /** What was not read, and why: not a regular file, a link leading out of its folder, an unreadable folder. */
  skipped: { path: string; reason: string }[];
}

export function listReportFiles(paths: string[]): FileListing {
  const listing: FileListing = { inputs: [], missing: [], skipped: [] };
  for (const path of paths) {
    let real: string;
    try {
      // A path given by name is followed wherever it leads: the user chose it.
      real = realpathSync(path);
    } catch {
      listing.missing.push(path);
      continue;
    }
    visit(listing, { shown: path, real }, { root: real, seen: new Set() });
  }
  return listing;
}

interface Walk {
  /** The real path of the folder given: links inside it may not lead out of it. */
  root: string;
  /** Real paths of the folders already read, so a link back up cannot loop. */
  seen: Set<string>;
}

function visit(listing: FileListing, path: { shown: string; real: string }, walk: Walk): void {
  const skip = (reason: string) => {
    listing.skipped.push({ path: path.shown, reason });
  };
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path.real);
  } catch (err) {
    skip(`cannot read it (${codeOf(err)})`);
    return;
  }
  if (st.isDirectory()) {
    if (walk.seen.has(path.real)) return;
    walk.seen.add(path.real);
    let names: string[];
    try {
      names = readdirSync(path.real).sort();
    } catch (err) {
      skip(`cannot list the folder (${codeOf(err)})`);
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const entry = entryOf(join(path.shown, name), join(path.real, name), walk.root);
      if ('reason' in entry) listing.skipped.push({ path: entry.shown, reason: entry.reason });
      else if (entry.dir || REPORT_EXTENSIONS.has(extname(name).toLowerCase())) visit(listing, entry, walk);
    }
    return;
  }
  if (st.isFile())
    listing.inputs.push({ origin: basename(path.shown), load: () => readReport(path.real, path.shown) });
  else skip('not a regular file');
}

/** One folder entry, its link resolved; a link that leaves the folder or leads nowhere is refused. */
function entryOf(
  shown: string,
  path: string,
  root: string,
): { shown: string; real: string; dir: boolean } | { shown: string; reason: string } {
  try {
    const own = lstatSync(path);
    if (!own.isSymbolicLink()) return { shown, real: path, dir: own.isDirectory() };
    const real = realpathSync(path);
    if (!inside(root, real)) return { shown, reason: 'a link leading outside the folder' };
    return { shown, real, dir: statSync(real).isDirectory() };
  } catch (err) {
    return { shown, reason: `cannot read it (${codeOf(err)})` };
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : describeError(err);
}

/** Reads `real`; `shown`, the path as listed, names the report and its format (a link keeps its own name). */
function readReport(real: string, shown: string) {
  // What is read is what was checked: the open file itself, whatever the path points to by now.
  const fd = openSync(real, OPEN_FLAGS);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new Error('not a regular file');
    if (st.size > MAX_FILE_BYTES)
      throw new Error(`file is ${(st.size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB`);
    const buf = readFileSync(fd);
    if (buf.includes(0)) throw new Error('binary file, not a report');
    const content = buf.toString('utf8');
    return { content, origin: basename(shown), format: formatOf(shown, content) };
  } finally {
    closeSync(fd);
  }
}
