import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { countOf, moreBlock, noSuchPage, pageField } from '../src/core/paging.js';
import { reply } from '../src/core/reply.js';
import { sourcesBlock } from '../src/core/reply-blocks.js';

const PAGE_SIZE = 20;

export default defineCommand({
  name: 'sources',
  description: 'What the corpus holds: title, publisher, date and where each report came from.',
  usage: '/sources [page:N]',
  input: z.object({ page: pageField }),
  requires: 'anyone',
  async run({ page }, { corpus }) {
    const total = await corpus.reader.documentCount();
    if (total === 0)
      return reply('Sources', [
        { type: 'text', text: 'The corpus is empty. Add reports with `sitrep ingest PATH`.' },
      ]);
    const items = await corpus.reader.listDocuments({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    if (items.length === 0)
      throw noSuchPage(page, total, PAGE_SIZE, `the corpus holds ${countOf(total, 'report')}`);
    return reply('Sources', [
      { type: 'heading', text: `Sources (${total.toLocaleString('en-GB')})` },
      sourcesBlock(items),
      ...moreBlock(total, page, PAGE_SIZE, '/sources'),
      { type: 'context', text: 'The catalogues loaded (MITRE ATT&CK, MISP galaxy, CISA KEV): /knowledge' },
    ]);
  },
});
