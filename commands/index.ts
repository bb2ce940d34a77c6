// The command registry: the one list every adapter, /help and the platform manifests are built from.
import type { AnyCommand } from '../src/core/command.js';
import help from './help.js';
import quote from './quote.js';
import search from './search.js';
import sources from './sources.js';
import timeline from './timeline.js';
import who from './who.js';

export const COMMANDS: readonly AnyCommand[] = [
  who,
  quote,
  timeline,
  search,
  sources,
  help,
] as unknown as AnyCommand[];

export function findCommand(name: string): AnyCommand | undefined {
  const n = name.replace(/^\//, '').toLowerCase();
  return COMMANDS.find((c) => c.name === n);
}
