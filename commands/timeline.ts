import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { parseSingleDate } from '../src/core/extract/dates.js';
import { mergeEvents } from '../src/core/merge.js';
import { moreBlock, pageField, pageOf } from '../src/core/paging.js';
import type { EventRow } from '../src/core/ports.js';
import { type Citation, reply, UserError } from '../src/core/reply.js';
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
    let rows: EventRow[];
    let about = '';
    if (topic) {
      const hit = corpus.lookupEntity(topic);
      // A known entity: start from the reports that mention it (indexed), not from every event.
      rows = hit.found ? corpus.store.eventsMentioning([hit.found.name], range) : corpus.store.events(range);
      const words = wordTokens(topic);
      const names = hit.found ? [hit.found.name, ...hit.found.aliases].map((n) => n.toLowerCase()) : [];
      rows = rows.filter((ev) => {
        if (hit.found && ev.actors.includes(hit.found.name)) return true;
        const text = ev.text.toLowerCase();
        return names.some((n) => text.includes(n)) || words.every((w) => text.includes(w));
      });
      about = hit.found ? hit.found.name : topic;
      if (rows.length === 0)
        throw new UserError(
          `No dated events about "${topic}"${from || to ? ' in that period' : ''}.`,
          'Try /search for any passage that mentions it.',
          hit.found ? [] : 'suggestions' in hit ? hit.suggestions : [],
        );
    } else {
      rows = corpus.store.events(range);
      if (rows.length === 0)
        throw new UserError(
          'No dated events in that period.',
          'Widen from:/to:, or add reports with /source add.',
        );
    }
    const merged = mergeEvents(rows);
    const { items } = pageOf(merged, page, PAGE_SIZE);
    if (items.length === 0)
      throw new UserError(
        `There is no page ${page}; the timeline has ${Math.ceil(merged.length / PAGE_SIZE)}.`,
      );
    const cite = (ids: string[]) =>
      ids.map((id) => corpus.citation(id)).filter((c): c is Citation => c !== null);
    const title = about ? `Timeline: ${about}` : 'Timeline';
    const command = ['/timeline', topic ? `"${topic}"` : '', from ? `from:${from}` : '', to ? `to:${to}` : '']
      .filter(Boolean)
      .join(' ');
    return reply(title, [
      { type: 'heading', text: title },
      {
        type: 'timeline',
        rows: items.map((ev) => ({ date: ev.date, text: ev.text, sources: cite(ev.docIds) })),
      },
      ...moreBlock(merged.length, page, PAGE_SIZE, command),
    ]);
  },
});
