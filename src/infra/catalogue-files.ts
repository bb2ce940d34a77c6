// Catalogue files on disk, for `sitrep knowledge import`: a file named, or every .json file of a folder
// (an organisation's mirror of the publishers' files), each read as a stream when its turn comes. Only
// regular files are read: a link or a FIFO inside a folder is passed over.
import { createReadStream, type Dirent, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { CatalogueInput } from '../core/knowledge/refresh.js';

export interface CatalogueListing {
  inputs: CatalogueInput[];
  /** Paths given that cannot be read as a file or a folder, and why. */
  refused: { path: string; reason: string }[];
}

export function listCatalogueFiles(paths: readonly string[]): CatalogueListing {
  const listing: CatalogueListing = { inputs: [], refused: [] };
  for (const path of paths) {
    const full = resolve(path);
    const st = statOrNull(full);
    if (!st) listing.refused.push({ path, reason: 'not found' });
    else if (st.isDirectory())
      for (const file of jsonFilesIn(full)) listing.inputs.push(fileInput(file, true));
    else if (st.isFile()) listing.inputs.push(fileInput(full, false));
    // A FIFO or a device would block the read, or never end.
    else listing.refused.push({ path, reason: 'not a regular file or a folder' });
  }
  return listing;
}

/** The folder's .json files, in its sub-folders too, in name order (so a run reads them in a stable order). */
function jsonFilesIn(dir: string): string[] {
  const entries: Dirent[] = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  );
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return jsonFilesIn(path);
    return e.isFile() && extname(e.name).toLowerCase() === '.json' ? [path] : [];
  });
}

function fileInput(path: string, fromFolder: boolean): CatalogueInput {
  return {
    url: path,
    fromFolder,
    async open() {
      const stream = createReadStream(path);
      // A file that cannot be opened fails here, as a failure to read, before any parsing.
      await new Promise<void>((ready, fail) => {
        stream.once('ready', () => ready());
        stream.once('error', fail);
      });
      return {
        kind: 'body',
        body: stream,
        // A file's own time says when it was copied, not when its publisher published it.
        validators: { etag: null, lastModified: null },
        date: null,
        close: async () => {
          stream.destroy();
        },
      };
    },
  };
}

function statOrNull(path: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
