import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { parseSingleDate } from '../src/core/extract/dates.js';
import { moreBlock, pageField } from '../src/core/paging.js';
import { reply, UserError } from '../src/core/reply.js';
import { wordTokens } from '../src/core/text/normalise.js';

const PAGE_SIZE = 10;
const dateArg = (label: string) =>
  z
    .string()
    .trim()
    .refine(
      (s) => parseSingleDate(s, { published: null, dayFirst: true }) !== null,
      `${label} must be a date such as 2021, 2023-12, March 2024 or 25 March 2024`,
    )
    .optional();

export default defineCommand({
  name: 'timeline',
  description: 'Dated events in order, at the precision the reports give, each with its sources.',
  usage: '/timeline [topic] [from:DATE] [to:DATE] [page:N]',
  examples: ['/timeline', '/timeline APT31', '/timeline "electoral commission" from:2021'],
  input: z.object({
    topic: z.string().trim().max(200).optional(),
    from: dateArg('from'),
    to: dateArg('to'),
    page: pageField,
  }),
  rest: 'topic',
  requires: 'anyone',
  run({ topic, from, to, page }, { corpus }) {
    const ctx = { published: null, dayFirst: true };
    const range: { from?: string; to?: string } = {};
    if (from) range.from = parseSingleDate(from, ctx) ?? (undefined as never);
    if (to) range.to = parseSingleDate(to, ctx) ?? (undefined as never);
    let about = '';
    let query: { actor?: string; words?: string[] } = {};
    let suggestions: string[] = [];
    if (topic) {
      const hit = corpus.lookupEntity(topic);
      // A known entity: the events it takes part in. Anything else: events whose wording has the words.
      if (hit.found) query = { actor: hit.found.name };
      else {
        query = { words: wordTokens(topic) };
        suggestions = hit.suggestions;
      }
      about = hit.found ? hit.found.name : topic;
    }
    const { rows, total } = corpus.store.eventClusters({
      ...query,
      range,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    if (total === 0) {
      if (topic)
        throw new UserError(
          `No dated events about "${topic}"${from || to ? ' in that period' : ''}.`,
          'Try /search for any passage that mentions it.',
          suggestions,
        );
      throw new UserError(
        'No dated events in that period.',
        'Widen from:/to:, or add reports with /source add.',
      );
    }
    if (rows.length === 0)
      throw new UserError(`There is no page ${page}; the timeline has ${Math.ceil(total / PAGE_SIZE)}.`);
    const title = about ? `Timeline: ${about}` : 'Timeline';
    const command = ['/timeline', topic ? `"${topic}"` : '', from ? `from:${from}` : '', to ? `to:${to}` : '']
      .filter(Boolean)
      .join(' ');
    return reply(title, [
      { type: 'heading', text: title },
      {
        type: 'timeline',
        rows: rows.map((ev) => ({
          date: ev.date,
          text: ev.text,
          ...corpus.cite(ev),
        })),
      },
      ...moreBlock(total, page, PAGE_SIZE, command),
    ]);
  },
});
