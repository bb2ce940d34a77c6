// Where briefings go: one Outbound for the scheduler, routing each post to the platform's connection.
// Chat adapters register their `post` once they are connected; a briefing for a platform with no
// connection fails like any refused post, stays in the outbox and is retried later.
import { renderText } from '../adapters/terminal/render.js';
import type { ChannelPlatform, Outbound } from '../core/ports.js';
import type { Reply } from '../core/reply.js';

export type Poster = (channel: string, reply: Reply) => Promise<void>;

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
    async post(platform, channel, reply) {
      const post = posters.get(platform);
      if (!post) throw new Error(`no ${platform} connection to post to ${platform}:${channel}`);
      await post(channel, reply);
    },
  };
}

/** The terminal's "channel": the reply as plain text on the console. */
export function terminalPoster(write: (text: string) => void, width = 100): Poster {
  return async (channel, reply) => {
    write(`\n── ${reply.title} (${channel}) ──\n${renderText(reply, { ansi: false, width })}`);
  };
}
