// A typed line ("/who APT31", "timeline from:2021") → the command's Reply. Used by the console and the CLI.
import { COMMANDS, findCommand } from '../../../commands/index.js';
import { type CommandContext, dispatch, inputFromText, parseCommandLine } from '../../core/command.js';
import { type Reply, userError } from '../../core/reply.js';
import { editDistance } from '../../core/text/normalise.js';

export async function runLine(line: string, ctx: Omit<CommandContext, 'registry'>): Promise<Reply> {
  const { name, words, options } = parseCommandLine(line);
  const cmd = findCommand(name);
  if (!cmd) {
    const close = COMMANDS.filter((c) => editDistance(c.name, name, 2) <= 2 || c.name.startsWith(name)).map(
      (c) => `/${c.name}`,
    );
    return userError(`Unknown command "${name}".`, 'Type /help for the list of commands.', close);
  }
  return dispatch(cmd, inputFromText(cmd, words, options), { ...ctx, registry: COMMANDS });
}
