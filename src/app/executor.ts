// How every adapter runs a command: look it up in the registry, decide admin rights from configuration,
// and dispatch with the shared context. Adapters get this, never the runtime itself.
import { COMMANDS, findCommand } from '../../commands/index.js';
import { type Caller, dispatch } from '../core/command.js';
import type { EntityKind } from '../core/model.js';
import { type Reply, userError } from '../core/reply.js';
import type { Runtime } from './runtime.js';

export interface Executor {
  /** Runs a command by name with raw (unvalidated) input. Never throws. */
  execute(command: string, raw: Record<string, unknown>, caller: Omit<Caller, 'isAdmin'>): Promise<Reply>;
  /** Entity or speaker names for autocomplete, best first. */
  suggest(typed: string, kinds: EntityKind[] | undefined, limit: number): string[];
}

export function createExecutor(rt: Runtime, admins: readonly string[]): Executor {
  return {
    async execute(command, raw, caller) {
      const cmd = findCommand(command);
      if (!cmd) return userError(`Unknown command "${command}".`, 'Type /help for the list of commands.');
      const isAdmin =
        caller.platform === 'terminal' || admins.includes(`${caller.platform}:${caller.userId}`);
      return dispatch(cmd, raw, {
        corpus: rt.corpus,
        clock: rt.clock,
        logger: rt.logger,
        caller: { ...caller, isAdmin },
        registry: COMMANDS,
      });
    },
    suggest(typed, kinds, limit) {
      return rt.corpus.suggestNames(typed, kinds, limit);
    },
  };
}
