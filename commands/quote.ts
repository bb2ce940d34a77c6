import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { mergeQuotes } from '../src/core/merge.js';
import { moreBlock, pageField, pageOf } from '../src/core/paging.js';
import { type Block, type Citation, reply, UserError } from '../src/core/reply.js';
import { wordTokens } from '../src/core/text/normalise.js';

const PAGE_SIZE = 5;

export default defineCommand({
  name: 'quote',
  description: 'What someone said, verbatim, merged across outlets, each quote with its sources.',
  usage: '/quote SPEAKER [topic] [page:N]',
  examples: ['/quote Dowden', '/quote Chichester democracy'],
  input: z.object({
    speaker: z
      .string({ error: 'Give a speaker, e.g. /quote Dowden' })
      .trim()
      .min(1, 'Give a speaker, e.g. /quote Dowden')
      .max(200),
    topic: z.string().trim().max(200).optional(),
    page: pageField,
  }),
  rest: 'speaker',
  requires: 'anyone',
  run({ speaker, topic, page }, { corpus }) {
    // "/quote Oliver Dowden democracy": the longest leading words that name a speaker, the rest is the topic.
    const words = speaker.split(/\s+/);
    let hit = corpus.lookupEntity(speaker, ['person', 'organisation']);
    let about = topic;
    for (let n = words.length - 1; !hit.found && n >= 1; n--) {
      const attempt = corpus.lookupEntity(words.slice(0, n).join(' '), ['person', 'organisation']);
      if (attempt.found) {
        hit = attempt;
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
    let quotes = mergeQuotes(corpus.store.quotesBy([who.name]));
    if (quotes.length === 0)
      throw new UserError(
        `${who.name} is in the reports, but no quote of theirs is.`,
        `Try /who ${who.name}.`,
      );
    if (about) {
      const terms = wordTokens(about);
      quotes = quotes.filter((q) => terms.every((t) => wordTokens(q.text).some((w) => w.startsWith(t))));
      if (quotes.length === 0)
        throw new UserError(
          `${who.name} said nothing about "${about}" in these reports.`,
          `Try /quote ${who.name} without a topic.`,
        );
    }
    const { items } = pageOf(quotes, page, PAGE_SIZE);
    if (items.length === 0) throw new UserError(`There is no page ${page}.`);
    const cite = (ids: string[]) =>
      ids.map((id) => corpus.citation(id)).filter((c): c is Citation => c !== null);
    const title = `${who.name}${about ? ` on ${about}` : ''}`;
    const blocks: Block[] = [{ type: 'heading', text: title }];
    for (const q of items)
      blocks.push({ type: 'quote', text: q.text, speaker: q.speaker, role: q.role, sources: cite(q.docIds) });
    blocks.push(
      ...moreBlock(quotes.length, page, PAGE_SIZE, `/quote ${who.name}${about ? ` ${about}` : ''}`),
    );
    return reply(title, blocks);
  },
});
