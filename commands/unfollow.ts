import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { reply, UserError } from '../src/core/reply.js';
import { actorOf, sourcesOf } from './shared/sources.js';

export default defineCommand({
  name: 'unfollow',
  description: 'Stop a follow: its channel gets no more briefings for it.',
  usage: '/unfollow ID',
  examples: ['/unfollow 2'],
  input: z.object({
    id: z.coerce
      .number({ error: 'Give the id of a follow, e.g. /unfollow 2 (/following lists them).' })
      .int()
      .min(1, 'Give the id of a follow, e.g. /unfollow 2 (/following lists them).')
      .describe('The follow id from /following'),
  }),
  rest: 'id',
  requires: 'admin',
  async run({ id }, ctx) {
    const r = await sourcesOf(ctx).unfollow(id, actorOf(ctx));
    if (!r.ok)
      throw new UserError(`No follow #${id}.`, '/following lists what this channel follows, with ids.');
    const f = r.value;
    const here = ctx.channel && ctx.channel.platform === f.platform && ctx.channel.id === f.channel;
    return reply(`Unfollowed ${f.query}`, [
      {
        type: 'text',
        text: `Stopped follow #${f.id} “${f.query}”${here ? '' : ` (in ${f.platform}:${f.channel})`}. Briefings not yet posted for it are dropped.`,
      },
    ]);
  },
});
