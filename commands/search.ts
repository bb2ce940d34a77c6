import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { markTerms } from '../src/core/highlight.js';
import { moreBlock, pageField } from '../src/core/paging.js';
import { reply, UserError } from '../src/core/reply.js';

const PAGE_SIZE = 5;

export default defineCommand({
  name: 'search',
  description: 'Passages that match your words, best first, with the matching words marked.',
  usage: '/search WORDS [page:N]',
  examples: ['/search living off the land', '/search exfiltrated'],
  input: z.object({
    words: z
      .string({ error: 'Give some words, e.g. /search living off the land' })
      .trim()
      .min(1, 'Give some words, e.g. /search living off the land')
      .max(300),
    page: pageField,
  }),
  rest: 'words',
  requires: 'anyone',
  run({ words, page }, { corpus }) {
    const hits = corpus.search(words, page * PAGE_SIZE + 1);
    const items = hits.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    if (items.length === 0)
      throw new UserError(
        `Nothing matches "${words}".`,
        'Try fewer or other words; prefixes (exfil) and small typos are fine.',
      );
    const rows = items.flatMap((h) => {
      const source = corpus.citation(h.docId);
      return source ? [{ runs: markTerms(h.text, h.terms), source }] : [];
    });
    const total = hits.length > page * PAGE_SIZE ? page * PAGE_SIZE + 1 : hits.length;
    return reply(`Search: ${words}`, [
      { type: 'heading', text: `Search: ${words}` },
      { type: 'passages', rows },
      ...(total > page * PAGE_SIZE
        ? moreBlock(page * PAGE_SIZE + 1, page, PAGE_SIZE, `/search ${words}`)
        : []),
    ]);
  },
});
