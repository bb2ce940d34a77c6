// The command registry: the one list every adapter, /help and the platform manifests are built from.
import type { AnyCommand } from '../src/core/command.js';
import brief from './brief.js';
import exportBundle from './export.js';
import follow from './follow.js';
import following from './following.js';
import help from './help.js';
import knowledge from './knowledge.js';
import quote from './quote.js';
import search from './search.js';
import source from './source.js';
import sources from './sources.js';
import timeline from './timeline.js';
import unfollow from './unfollow.js';
import who from './who.js';

export const COMMANDS: readonly AnyCommand[] = [
  who,
  quote,
  timeline,
  search,
  sources,
  knowledge,
  brief,
  exportBundle,
  source,
  follow,
  unfollow,
  following,
  help,
] as unknown as AnyCommand[];
