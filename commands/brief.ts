import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { reply, UserError } from '../src/core/reply.js';
import { briefingReply } from '../src/core/sources/briefing.js';
import type { BriefSelection } from '../src/core/sources/follows.js';
import { shortTime } from '../src/core/sources/schedule.js';
import { channelOf, sourcesOf } from './shared/sources.js';

export default defineCommand({
  name: 'brief',
  description: 'The briefing this channel would get now: what is new since the last one, or since a time.',
  usage: '/brief [since:24h|7d|2024-03-25]',
  examples: ['/brief', '/brief since:7d'],
  input: z.object({
    since: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .optional()
      .describe('From when: 24h, 7d, or a date such as 2024-03-25'),
  }),
  requires: 'anyone',
  async run({ since }, ctx) {
    const sources = sourcesOf(ctx);
    const channel = channelOf(ctx, 'brief');
    const from = since === undefined ? undefined : sinceTime(since, ctx.clock.now());
    const selection = await sources.brief(channel, from);
    const r = await briefingReply(selection.inputs, ctx.corpus, contextOf(selection));
    if (r) return r;
    const follows = (await sources.following(channel)).length > 0;
    // Only what is known: a channel may never have had a briefing, so "since the last one" is not said.
    if (from === undefined && !follows)
      return reply('Nothing to brief', [
        { type: 'text', text: 'This channel follows nothing yet, so no briefing is waiting for it.' },
        {
          type: 'context',
          text: '/follow QUERY starts briefings here; /brief since:7d lists the reports added in the last week.',
        },
      ]);
    return reply('Nothing new', [
      {
        type: 'text',
        text:
          from === undefined
            ? 'Nothing new for this channel: no report matching what it follows is waiting for a briefing.'
            : `No new reports${follows ? ' matching what this channel follows' : ''} since ${shortTime(from)}.`,
      },
      {
        type: 'context',
        text: '/following lists what this channel follows; /brief since:7d looks further back.',
      },
    ]);
  },
});

/** The line under the heading: what the briefing covers. */
function contextOf(s: BriefSelection): string {
  if (s.kind === 'since')
    return `Reports added since ${shortTime(s.since)}${s.followed ? ' that this channel follows' : ''}.`;
  return s.lastSentAt
    ? `New since the last briefing (${shortTime(s.lastSentAt)}).`
    : 'New since this channel started following.';
}

/** "24h", "7d", "2w", "90m", or an ISO date or time → an ISO timestamp. */
export function sinceTime(text: string, now: Date): string {
  const rel = /^(\d{1,4})\s*(m|min|h|d|w)$/i.exec(text);
  if (rel) {
    const unit = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[
      (rel[2] ?? 'd').toLowerCase() as 'm'
    ];
    return new Date(now.getTime() - Number(rel[1]) * unit).toISOString();
  }
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) {
    const t = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text.replace(' ', 'T'));
    if (Number.isFinite(t)) return new Date(t).toISOString();
  }
  throw new UserError(
    `since: must be a duration (24h, 7d) or a date (2024-03-25), not "${text}".`,
    'Usage: /brief [since:24h|7d|2024-03-25]',
  );
}
