// A typed line ("/who APT31", "timeline from:2021") → the command's Reply, through the same Executor the
// chat adapters use. The console and the one-shot CLI both come here.
import { findCommand } from '../../../commands/index.js';
import {
  type Caller,
  type Executor,
  inputFromText,
  type ParsedLine,
  parseCommandLine,
} from '../../core/command.js';
import type { Reply } from '../../core/reply.js';

/** The person at the terminal: the local admin, in the channel "console". */
export const LOCAL_USER: Omit<Caller, 'isAdmin'> = { platform: 'terminal', userId: 'local' };

export async function runLine(
  line: string,
  executor: Executor,
  caller: Omit<Caller, 'isAdmin'> = LOCAL_USER,
): Promise<Reply> {
  return runParsed(parseCommandLine(line), executor, caller);
}

/** The same for a line already split into fields (the shell's arguments). */
export async function runParsed(
  { name, words, options }: ParsedLine,
  executor: Executor,
  caller: Omit<Caller, 'isAdmin'> = LOCAL_USER,
): Promise<Reply> {
  const cmd = findCommand(name);
  // The executor answers an unknown name, with the names it may have meant.
  const raw = cmd ? inputFromText(cmd, words, options) : {};
  return executor.execute(name, raw, caller, caller.platform === 'terminal' ? 'console' : undefined);
}
