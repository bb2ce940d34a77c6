import { z } from 'zod';
import { defineCommand, requiredText } from '../src/core/command.js';
import { correctionNotice, lookupNotice } from '../src/core/corpus.js';
import type { EntityKind } from '../src/core/model.js';
import { countOf, moreBlock, noSuchPage, pageField } from '../src/core/paging.js';
import { type Block, reply, UserError } from '../src/core/reply.js';
import { quoteBlocks } from '../src/core/reply-blocks.js';
import { wordTokens } from '../src/core/text/normalise.js';

const PAGE_SIZE = 5;
/** Who can be quoted. */
const SPEAKERS: EntityKind[] = ['person', 'organisation'];

export default defineCommand({
  name: 'quote',
  description: 'What someone said, verbatim, merged across outlets, each quote with its sources.',
  usage: '/quote SPEAKER [topic] [page:N]',
  examples: ['/quote Dowden', '/quote Chichester democracy'],
  input: z.object({
    speaker: requiredText('Give a speaker, e.g. /quote Dowden', 200).describe(
      'Who said it: a surname or an organisation, e.g. Dowden',
    ),
    topic: z.string().trim().max(200).optional().describe('Only what is about this topic'),
    page: pageField,
  }),
  rest: 'speaker',
  names: { speaker: SPEAKERS },
  requires: 'anyone',
  async run({ speaker, topic, page }, { corpus }) {
    // "/quote Oliver Dowden democracy": the longest leading words that name a speaker, the rest is the topic.
    const words = speaker.split(/\s+/);
    let hit = await corpus.lookupEntity(speaker, SPEAKERS);
    let typed = speaker;
    let about = topic;
    for (let n = words.length - 1; !hit.found && n >= 1; n--) {
      const attempt = await corpus.lookupEntity(words.slice(0, n).join(' '), SPEAKERS);
      if (attempt.found) {
        hit = attempt;
        typed = words.slice(0, n).join(' ');
        about = [words.slice(n).join(' '), topic].filter(Boolean).join(' ');
      }
    }
    if (!hit.found)
      throw new UserError(
        `No speaker matches "${speaker}".`,
        'Try a surname or the organisation’s name.',
        hit.suggestions,
      );
    const who = hit.found;
    const window = { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
    const all = await corpus.reader.quoteClusters({ speaker: who.name, ...window });
    if (all.total === 0)
      throw new UserError(
        `${who.name} is in the reports, but no quote of theirs is.`,
        `Try /who ${who.name}.`,
      );
    const { rows, total, corrected } = about
      ? await corpus.reader.quoteClusters({ speaker: who.name, words: wordTokens(about), ...window })
      : all;
    if (total === 0)
      throw new UserError(
        `${who.name} said nothing about "${about}" in these reports.`,
        `Try /quote ${who.name} without a topic.`,
      );
    if (rows.length === 0)
      throw noSuchPage(
        page,
        total,
        PAGE_SIZE,
        `${who.name} has ${countOf(total, 'quote')}${about ? ` on ${about}` : ''}`,
      );
    const title = `${who.name}${about ? ` on ${about}` : ''}`;
    const blocks: Block[] = [
      ...lookupNotice(typed, hit, (n) => `/quote ${n}`),
      ...correctionNotice(corrected),
      { type: 'heading', text: title },
    ];
    blocks.push(...(await quoteBlocks(rows, corpus)));
    blocks.push(...moreBlock(total, page, PAGE_SIZE, `/quote ${who.name}${about ? ` ${about}` : ''}`));
    return reply(title, blocks);
  },
});
