import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { correctionNotice, lookupNotice } from '../src/core/corpus.js';
import { YEARS_READ } from '../src/core/dates/calendar.js';
import { parseSingleDate } from '../src/core/dates/parse-date.js';
import { countOf, moreBlock, noSuchPage, pageField } from '../src/core/paging.js';
import { type Block, reply, UserError } from '../src/core/reply.js';
import { timelineBlocks } from '../src/core/reply-blocks.js';
import { wordTokens } from '../src/core/text/normalise.js';

const PAGE_SIZE = 10;
const DATE_CONTEXT = { published: null, dayFirst: true };
const inYearsRead = (year: number) => year >= YEARS_READ.first && year <= YEARS_READ.last;
/**
 * A date typed as from:/to: as an ISO date at its precision: what reports say (2021, March 2024,
 * 25 March 2024, 25/03/2024), or an ISO month (2023-12), which in a report could be a financial year.
 */
function parseDateArg(s: string): string | null {
  const isoMonth = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(s);
  if (isoMonth) return inYearsRead(Number(isoMonth[1])) ? s : null;
  return parseSingleDate(s, DATE_CONTEXT);
}
const dateArg = (label: string) =>
  z
    .string()
    .trim()
    .superRefine((s, ctx) => {
      if (parseDateArg(s) !== null) return;
      const year = /\b\d{4}\b/.exec(s)?.[0];
      const outside = year !== undefined && !inYearsRead(Number(year));
      // "from:March 2024" typed without quotes arrives as "March": a date once a year is added.
      const cutShort = year === undefined && parseDateArg(`${s} 2000`) !== null;
      ctx.addIssue({
        code: 'custom',
        message: outside
          ? `${label} must be a year from ${YEARS_READ.first} to ${YEARS_READ.last}, the years reports are read for`
          : cutShort
            ? `${label}:${s} has no year; a date with spaces needs quotes, as in ${label}:"${s} 2024"`
            : `${label} must be a date such as 2021, 2023-12, "March 2024" or "25 March 2024"`,
      });
    })
    .optional();

/** Whether an ISO date starts after another ends ('2021' after '2020-05'; '2021-03' is inside '2021'). */
const startsAfter = (from: string, to: string) => {
  const n = Math.min(from.length, to.length);
  return from.slice(0, n) > to.slice(0, n);
};

export default defineCommand({
  name: 'timeline',
  description: 'Dated events in order, at the precision the reports give, each with its sources.',
  usage: '/timeline [topic] [from:DATE] [to:DATE] [page:N]',
  examples: ['/timeline', '/timeline APT31', '/timeline "electoral commission" from:2021'],
  input: z.object({
    topic: z.string().trim().max(200).optional().describe('Only what is about this topic'),
    from: dateArg('from').describe('From this date, e.g. 2021, 2023-12, March 2024'),
    to: dateArg('to').describe('Up to this date, e.g. 25 March 2024'),
    page: pageField,
  }),
  rest: 'topic',
  requires: 'anyone',
  async run({ topic, from, to, page }, { corpus }) {
    const range: { from?: string; to?: string } = {};
    // Both parse: the input schema checked them.
    const fromIso = from && parseDateArg(from);
    const toIso = to && parseDateArg(to);
    if (fromIso) range.from = fromIso;
    if (toIso) range.to = toIso;
    if (range.from && range.to && startsAfter(range.from, range.to))
      throw new UserError(`from:${from} is after to:${to}.`, 'Swap them, or leave one out.');
    let about = '';
    let query: { actor?: string; words?: string[] } = {};
    let suggestions: string[] = [];
    let notice: Block[] = [];
    if (topic) {
      const hit = await corpus.lookupEntity(topic);
      const words = { words: wordTokens(topic) };
      // A known entity: the events it takes part in. The closest name stands in for the words typed only
      // when no event has those words ("parliament" is a word to look for, not "Houses of Parliament").
      // Words matched only as corrections are no better a guess than the closest name, which is narrower.
      const byWords =
        hit.found && hit.via !== null
          ? await corpus.reader.eventClusters({ ...words, range, limit: 1 })
          : null;
      const asEntity =
        hit.found !== null &&
        (byWords === null || byWords.total === 0 || (byWords.corrected?.length ?? 0) > 0);
      if (hit.found && asEntity) {
        query = { actor: hit.found.name };
        notice = lookupNotice(topic, hit, (n) => `/timeline "${n}"`);
        about = hit.found.name;
      } else {
        query = words;
        suggestions = hit.found ? [] : hit.suggestions;
        about = topic;
      }
    }
    const { rows, total, corrected } = await corpus.reader.eventClusters({
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
      throw noSuchPage(page, total, PAGE_SIZE, `the timeline has ${countOf(total, 'event')}`);
    const title = about ? `Timeline: ${about}` : 'Timeline';
    const command = ['/timeline', topic ? `"${topic}"` : '', from ? `from:${from}` : '', to ? `to:${to}` : '']
      .filter(Boolean)
      .join(' ');
    return reply(title, [
      ...notice,
      ...correctionNotice(corrected),
      { type: 'heading', text: title },
      ...(await timelineBlocks(rows, corpus)),
      ...moreBlock(total, page, PAGE_SIZE, command),
    ]);
  },
});
