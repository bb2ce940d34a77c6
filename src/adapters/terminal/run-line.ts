// A typed line ("/who APT31", "timeline from:2021") → the command's Reply, through the same Executor the
// chat adapters use. The console and the one-shot CLI both come here.
import { COMMANDS, findCommand } from '../../../commands/index.js';
import { type Caller, type Executor, inputFromText, parseCommandLine } from '../../core/command.js';
import { type Reply, userError } from '../../core/reply.js';
import { editDistance } from '../../core/text/normalise.js';

/** The person at the terminal: the local admin, in the channel "console". */
export const LOCAL_USER: Omit<Caller, 'isAdmin'> = { platform: 'terminal', userId: 'local' };

export async function runLine(
  line: string,
  executor: Executor,
  caller: Omit<Caller, 'isAdmin'> = LOCAL_USER,
): Promise<Reply> {
  const { name, words, options } = parseCommandLine(line);
  const cmd = findCommand(name);
  if (!cmd) {
    const close = COMMANDS.filter((c) => editDistance(c.name, name, 2) <= 2 || c.name.startsWith(name)).map(
      (c) => `/${c.name}`,
    );
    return userError(`Unknown command "${name}".`, 'Type /help for the list of commands.', close);
  }
  return executor.execute(
    cmd.name,
    inputFromText(cmd, words, options),
    caller,
    caller.platform === 'terminal' ? 'console' : undefined,
  );
}
