// A typed line ("/who APT31", "timeline from:2021") → the command's Reply, through the executor every
// transport uses. The console and the one-shot CLI both come here.
import type { CallerId, ParsedLine } from '../../core/command.js';
import type { Executor } from '../../core/executor.js';
import type { Reply } from '../../core/reply.js';

/** The person at the terminal: the local admin, in the channel "console". */
export const LOCAL_USER: CallerId = { platform: 'terminal', userId: 'local' };

/** A line as typed, or already split into fields (the shell's arguments). */
export function runLine(line: string | ParsedLine, executor: Executor, caller = LOCAL_USER): Promise<Reply> {
  return executor.executeLine(line, caller);
}
