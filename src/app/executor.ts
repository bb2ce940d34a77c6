// The executor every adapter is given: the registry, the runtime's services, and admin rights from
// configuration. Adapters get this, never the runtime itself.
import { COMMANDS } from '../../commands/index.js';
import type { CallerId } from '../core/command.js';
import { type Executor, createExecutor as executorOf } from '../core/executor.js';
import type { SourcesService } from '../core/sources/service.js';
import type { BundleFiles } from '../core/stix/bundle-files.js';
import type { Runtime } from './runtime.js';

export type { Executor };

export function createExecutor(
  rt: Runtime,
  admins: readonly string[],
  sources?: SourcesService,
  bundles?: BundleFiles,
): Executor {
  const { corpus, knowledge, clock, logger } = rt;
  return executorOf({
    registry: COMMANDS,
    services: {
      corpus,
      knowledge,
      clock,
      logger,
      ...(sources ? { sources } : {}),
      ...(bundles ? { bundles } : {}),
    },
    // The person at the terminal runs Sitrep on their own machine: they are its admin.
    isAdmin: (caller: CallerId) =>
      caller.platform === 'terminal' || admins.includes(`${caller.platform}:${caller.userId}`),
  });
}
