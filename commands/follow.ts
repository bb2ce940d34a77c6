import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { lookupNotice } from '../src/core/corpus.js';
import { type Block, reply, UserError } from '../src/core/reply.js';
import { formatFollowQuery } from '../src/core/sources/follow-query.js';
import type { FollowError } from '../src/core/sources/follows.js';
import { actorOf, channelOf, sourcesOf } from './shared/sources.js';

export default defineCommand({
  name: 'follow',
  description:
    'This channel gets a briefing when new reports match: words, a name or alias, entity: or publisher:.',
  usage: '/follow QUERY [entity:NAME] [publisher:NAME] [schedule:new|CRON]',
  examples: [
    '/follow APT31',
    '/follow "electoral commission" schedule:"0 8 * * 1-5"',
    '/follow entity:Sandworm publisher:NCSC',
  ],
  input: z.object({
    query: z.string().trim().max(300).optional().describe('Words, a name or an alias, e.g. APT31'),
    entity: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('Only reports naming this entity (any alias)'),
    publisher: z.string().trim().min(1).max(200).optional().describe('Only reports from this publisher'),
    schedule: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe('new (soon after each poll, the default) or a digest cron, e.g. 0 8 * * 1-5'),
  }),
  rest: 'query',
  names: { entity: 'any' },
  requires: 'admin',
  async run(input, ctx) {
    const sources = sourcesOf(ctx);
    const channel = channelOf(ctx, 'follow');
    const query = formatFollowQuery({
      phrase: input.query ?? '',
      entities: input.entity ? [input.entity] : [],
      publishers: input.publisher ? [input.publisher] : [],
    });
    const r = await sources.follow(
      { channel, query, ...(input.schedule ? { schedule: input.schedule } : {}) },
      actorOf(ctx),
    );
    if (!r.ok) throw refusal(r.error);
    const { follow, matchingNow, checked } = r.value;
    const when =
      follow.schedule === 'new'
        ? 'a briefing soon after a poll finds new matching reports'
        : `a digest of new matching reports on the schedule “${follow.schedule}”`;
    // A shared name ("NCSC") follows one body: say which, and how to follow the other.
    const shared: Block[] = [];
    for (const name of [input.query, input.entity]) {
      const hit = name ? await ctx.corpus.lookupEntity(name) : null;
      if (name && hit?.found && hit.via === null)
        shared.push(...lookupNotice(name, hit, (n) => `/follow entity:"${n}"`));
    }
    return reply(`Following ${follow.query}`, [
      { type: 'text', text: `This channel now follows “${follow.query}” (#${follow.id}): ${when}.` },
      ...shared,
      {
        type: 'context',
        text: `${matchingNow} report${matchingNow === 1 ? '' : 's'} ${checked < (await ctx.corpus.reader.documentCount()) ? `of the latest ${checked.toLocaleString('en-GB')}` : 'already in the corpus'} match${matchingNow === 1 ? 'es' : ''}; /brief since:7d shows the recent ones. /unfollow ${follow.id} stops it.`,
      },
    ]);
  },
});

function refusal(e: FollowError): UserError {
  switch (e.kind) {
    case 'query':
    case 'schedule':
      return new UserError(e.problem);
    case 'empty-query':
      return new UserError(
        'Say what to follow: words, a name or alias, entity:NAME or publisher:NAME.',
        'e.g. /follow APT31 · /follow "electoral commission" · /follow entity:Sandworm publisher:NCSC',
      );
    case 'duplicate':
      return new UserError(
        `This channel already follows “${e.existing.query}” (#${e.existing.id}).`,
        '/following lists what this channel follows.',
      );
  }
}
