import { z } from 'zod';
import { defineCommand, requiredText } from '../src/core/command.js';
import { correctionNotice } from '../src/core/corpus.js';
import { markTerms } from '../src/core/highlight.js';
import { countOf, moreBlock, noSuchPage, pageField } from '../src/core/paging.js';
import type { PassagePage } from '../src/core/passages.js';
import { type Block, reply, UserError } from '../src/core/reply.js';

const PAGE_SIZE = 5;

export default defineCommand({
  name: 'search',
  description: 'Passages that match your words, best first, with the matching words marked.',
  usage: '/search WORDS [page:N]',
  examples: ['/search living off the land', '/search exfiltrated'],
  input: z.object({
    words: requiredText('Give some words, e.g. /search living off the land', 300).describe(
      'The words to find, e.g. living off the land',
    ),
    page: pageField,
  }),
  rest: 'words',
  requires: 'anyone',
  async run({ words, page }, { corpus }) {
    const found = await corpus.search(words, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
    if (found.total === 0)
      throw new UserError(
        `Nothing matches "${words}".`,
        'Try fewer or other words; prefixes (exfil) and small typos are fine.',
      );
    if (found.hits.length === 0) throw noSuchPage(page, found.total, PAGE_SIZE, matching(found));
    const sources = new Map(
      (await corpus.citations(found.hits.map((h) => h.docId))).map((c) => [c.docId, c]),
    );
    const rows = found.hits.flatMap((h) => {
      const source = sources.get(h.docId);
      return source ? [{ runs: markTerms(h.text, h.terms), source }] : [];
    });
    // Very common words are listed newest first, not by relevance: the answer says so.
    const order: Block[] =
      found.order === 'newest'
        ? [
            {
              type: 'context',
              text: `${matching(found)}, newest first: these words are in too many to rank.`,
            },
          ]
        : [];
    return reply(`Search: ${words}`, [
      ...correctionNotice(found.corrected),
      ...(found.every
        ? []
        : [{ type: 'text' as const, text: 'No passage has all of these words; these have some.' }]),
      { type: 'heading', text: `Search: ${words}` },
      ...order,
      { type: 'passages', rows },
      ...moreBlock(found.total, page, PAGE_SIZE, `/search ${words}`, found.exact),
    ]);
  },
});

/** "1 passage matches", "28 passages match", "More than 1,000 passages match". */
function matching({ total, exact }: PassagePage): string {
  if (!exact) return `More than ${countOf(total, 'passage')} match`;
  return `${countOf(total, 'passage')} ${total === 1 ? 'matches' : 'match'}`;
}
