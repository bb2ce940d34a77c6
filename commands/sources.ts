import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { moreBlock, pageField, pageOf } from '../src/core/paging.js';
import { citationOf, reply } from '../src/core/reply.js';

const PAGE_SIZE = 20;

export default defineCommand({
  name: 'sources',
  description: 'What the corpus holds: title, publisher, date and where each report came from.',
  usage: '/sources [page:N]',
  input: z.object({ page: pageField }),
  requires: 'anyone',
  run({ page }, { corpus }) {
    const docs = corpus.store.listDocuments();
    if (docs.length === 0)
      return reply('Sources', [
        { type: 'text', text: 'The corpus is empty. Add reports with `sitrep ingest PATH`.' },
      ]);
    const { items } = pageOf(docs, page, PAGE_SIZE);
    return reply('Sources', [
      { type: 'heading', text: `Sources (${docs.length})` },
      { type: 'sources', rows: items.map((d) => ({ ...citationOf(d), origin: d.origin })) },
      ...moreBlock(docs.length, page, PAGE_SIZE, '/sources'),
    ]);
  },
});
