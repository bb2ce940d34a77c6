import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import type { FollowRecord } from '../src/core/ports.js';
import { type Block, reply } from '../src/core/reply.js';
import { sourcesOf } from './shared/sources.js';

export default defineCommand({
  name: 'following',
  description: 'What this channel follows, with ids for /unfollow.',
  usage: '/following',
  input: z.object({}),
  requires: 'anyone',
  async run(_input, ctx) {
    const sources = sourcesOf(ctx);
    const here = ctx.channel ? await sources.following(ctx.channel) : [];
    const row = (f: FollowRecord, where: boolean) => ({
      label: `#${f.id} ${f.query}`,
      value: [
        f.schedule === 'new' ? 'posts new matches' : `digest “${f.schedule}”`,
        where ? `in ${f.platform}:${f.channel}` : null,
        `by ${f.createdBy} on ${f.createdAt.slice(0, 10)}`,
      ]
        .filter(Boolean)
        .join(' · '),
    });
    const blocks: Block[] = [];
    if (here.length > 0) {
      blocks.push({ type: 'heading', text: `This channel follows (${here.length})` });
      blocks.push({ type: 'fields', fields: here.map((f) => row(f, false)) });
    } else
      blocks.push({
        type: 'text',
        text: 'This channel follows nothing yet. An admin adds a topic with /follow QUERY, e.g. /follow APT31.',
      });
    // Admins see the other channels' follows too: /unfollow works from anywhere.
    if (ctx.caller.isAdmin) {
      const others = (await sources.following()).filter(
        (f) => !ctx.channel || f.platform !== ctx.channel.platform || f.channel !== ctx.channel.id,
      );
      if (others.length > 0) {
        blocks.push({ type: 'heading', text: `Other channels (${others.length})` });
        blocks.push({ type: 'fields', fields: others.map((f) => row(f, true)) });
      }
    }
    return reply('Following', blocks);
  },
});
