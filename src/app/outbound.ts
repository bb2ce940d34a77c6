// Where briefings go: one Outbound for the scheduler, routing each post to the platform's connection.
// Chat adapters register their `post` once they are connected; a briefing for a platform with no
// connection fails like any refused post, stays in the outbox and is retried later.
import { renderText } from '../adapters/terminal/render.js';
import type { ChannelPlatform, Outbound, Posted } from '../core/ports.js';
import type { Reply } from '../core/reply.js';

/** One platform's `post`: the key reaches the adapter, which sends it where the platform takes one. */
export type Poster = (channel: string, reply: Reply, opts?: { key: string }) => Promise<Posted>;

export interface OutboundRouter extends Outbound {
  register(platform: ChannelPlatform, post: Poster): void;
  /** The platforms with a connection now. */
  platforms(): ChannelPlatform[];
}

export function createOutbound(): OutboundRouter {
  const posters = new Map<ChannelPlatform, Poster>();
  return {
    register(platform, post) {
      posters.set(platform, post);
    },
    platforms: () => [...posters.keys()],
    async post(platform, channel, reply, opts) {
      const post = posters.get(platform);
      if (!post) throw new Error(`no ${platform} connection to post to ${platform}:${channel}`);
      return post(channel, reply, opts);
    },
  };
}

/** The terminal's "channel": the reply as plain text on the console, which has no message ids. */
export function terminalPoster(write: (text: string) => void, width = 100): Poster {
  return async (channel, reply) => {
    write(`\n── ${reply.title} (${channel}) ──\n${renderText(reply, { ansi: false, width })}`);
    return { messageId: null };
  };
}
