// How every adapter runs a command: look it up in the registry, decide admin rights from configuration,
// and dispatch with the shared context. Adapters get this, never the runtime itself.
import { COMMANDS, findCommand } from '../../commands/index.js';
import {
  type Caller,
  type CommandContext,
  dispatch,
  type Executor,
  unknownCommand,
} from '../core/command.js';
import type { SourcesService } from '../core/sources/service.js';
import type { Runtime } from './runtime.js';

export type { Executor };

export function createExecutor(rt: Runtime, admins: readonly string[], sources?: SourcesService): Executor {
  const isAdminOf = (caller: Omit<Caller, 'isAdmin'>) =>
    caller.platform === 'terminal' || admins.includes(`${caller.platform}:${caller.userId}`);
  return {
    async execute(command, raw, caller, channel) {
      const cmd = findCommand(command);
      if (!cmd) return unknownCommand(command, COMMANDS);
      const isAdmin = isAdminOf(caller);
      const ctx: CommandContext = {
        corpus: rt.corpus,
        knowledge: rt.knowledge,
        clock: rt.clock,
        logger: rt.logger,
        caller: { ...caller, isAdmin },
        registry: COMMANDS,
      };
      if (sources) ctx.sources = sources;
      const channelId = channel ?? (caller.platform === 'terminal' ? 'console' : undefined);
      if (channelId) ctx.channel = { platform: caller.platform, id: channelId };
      return dispatch(cmd, raw, ctx);
    },
    suggest(typed, kinds, limit) {
      return rt.corpus.suggestNames(typed, kinds, limit);
    },
    allowed(command, caller) {
      return findCommand(command)?.requires !== 'admin' || isAdminOf(caller);
    },
  };
}
