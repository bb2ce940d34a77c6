import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import type { Corpus } from '../src/core/corpus.js';
import { type Block, type Reply, reply, UserError } from '../src/core/reply.js';
import {
  type BundleFiles,
  type BundleRefusal,
  notExportedText,
  objectsText,
  STIX_MEDIA_TYPE,
  type WrittenBundle,
} from '../src/core/stix/bundle-files.js';
import type { ExportScope } from '../src/core/stix/scope.js';
import { sinceTime } from './brief.js';

const USAGE = '/export [entity or words] [since:7d]';

/**
 * What the words typed ask for: an entity when they are its name or an alias, otherwise the reports with
 * a passage holding every word; a misspelt name is taken for the closest entity only when no passage
 * has the words.
 */
async function write(files: BundleFiles, corpus: Corpus, about: string | undefined, since?: string) {
  const when: ExportScope = since !== undefined ? { since } : {};
  if (about === undefined) return files.write(when);
  const hit = await corpus.lookupEntity(about);
  if (hit.found && hit.via === null) return files.write({ ...when, entity: about });
  const byWords = await files.write({ ...when, query: about });
  if (byWords.ok || byWords.error.kind !== 'no-match' || !hit.found) return byWords;
  return files.write({ ...when, entity: about });
}

function refusal(e: BundleRefusal, since: string | undefined): UserError {
  switch (e.kind) {
    case 'empty':
      return new UserError(
        `No report was stored since ${since}, so there is nothing to export.`,
        'A longer since: (30d), or none, takes more in.',
      );
    case 'no-match':
      return new UserError(
        `No report has a passage with all of "${e.query}", and nothing is called that.`,
        `Usage: ${USAGE}`,
      );
    case 'unknown-entity':
      return new UserError(`No entity called "${e.name}".`, `Usage: ${USAGE}`, e.suggestions.slice(0, 5));
  }
}

function bundleReply(b: WrittenBundle, about: string | undefined): Reply {
  const blocks: Block[] = [];
  if (b.closest)
    blocks.push({
      type: 'context',
      text: `Nothing is called "${about}"; the bundle holds the reports naming ${b.closest}, the closest.`,
    });
  blocks.push({
    type: 'text',
    text: `${b.summary.documents} report(s) as one STIX 2.1 bundle: ${objectsText(b.summary)}.`,
  });
  const left = notExportedText(b.summary);
  if (left) blocks.push({ type: 'context', text: left });
  blocks.push({
    type: 'context',
    text: 'OpenCTI: Data → Import, with the STIX file connector. MISP: Event Actions → Import from… → STIX 2.x.',
  });
  return {
    ...reply(`STIX bundle: ${about ?? 'every report'}`, blocks),
    file: { path: b.path, name: b.name, mediaType: STIX_MEDIA_TYPE, bytes: b.bytes },
  };
}

export default defineCommand({
  name: 'export',
  description: 'The reports about an entity or some words as a STIX 2.1 bundle file, for OpenCTI and MISP.',
  usage: USAGE,
  examples: ['/export APT31', '/export "living off the land"', '/export since:7d'],
  input: z.object({
    about: z.string().trim().min(1).max(200).optional(),
    since: z.string().trim().min(1).max(40).optional(),
  }),
  rest: 'about',
  requires: 'anyone',
  async run({ about, since }, { bundles, corpus, clock }) {
    if (!bundles) throw new UserError('Exports are not enabled here.', 'Use sitrep export --format stix.');
    const from = since === undefined ? undefined : sinceTime(since, clock.now());
    const written = await write(bundles, corpus, about, from);
    if (!written.ok) throw refusal(written.error, since);
    return bundleReply(written.value, about);
  },
});
