// What the sources commands (/source, /follow, /unfollow, /following, /brief) share: the service and the
// channel from the command's context, or the user error that says why one is missing, and who is acting.
import type { CommandContext } from '../../src/core/command.js';
import type { ChannelRef } from '../../src/core/ports.js';
import { UserError } from '../../src/core/reply.js';
import type { Actor } from '../../src/core/sources/context.js';
import type { SourcesService } from '../../src/core/sources/service.js';

/** The service from a command's context, or the user error every sources command answers without it. */
export function sourcesOf(ctx: Pick<CommandContext, 'sources'>): SourcesService {
  if (!ctx.sources)
    throw new UserError(
      'Sources are not enabled here.',
      'Sources, follows and briefings run in the Sitrep bot (npm start); see "Sources and briefings" in the README.',
    );
  return ctx.sources;
}

/** The channel a command came from, or the user error for a transport that has none. */
export function channelOf(ctx: Pick<CommandContext, 'channel'>, command: string): ChannelRef {
  if (!ctx.channel) throw new UserError(`/${command} needs a channel, and this request came from none.`);
  return ctx.channel;
}

/** Who runs the command, as the audit log names them. */
export function actorOf(ctx: Pick<CommandContext, 'caller'>): Actor {
  return { platform: ctx.caller.platform, userId: ctx.caller.userId };
}
