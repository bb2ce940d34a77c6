// Sources, follows and briefings behind one interface the commands and the scheduler share, made of four
// modules: the registry (sources and the audit log), the poller, the follows and the delivery. The flow of
// a poll: fetch → parse → drop what this source has seen (GUID, link or content hash) → ingest through the
// one ingestion path → match new documents against follows → record the seen items and queue deliveries in
// one transaction. Delivery drains that queue (the outbox): nothing lost on a restart, nothing twice.
import { changeListeners, type SourcesDeps, withDefaults } from './context.js';
import { type Delivery, delivery } from './delivery.js';
import { type Follows, follows } from './follows.js';
import { type Poller, poller } from './poller.js';
import { type SourceRegistry, sourceRegistry } from './registry.js';

export type SourcesService = SourceRegistry &
  Poller &
  Follows &
  Delivery & {
    /** Called after a source or follow is added, removed, paused or resumed (the scheduler re-syncs). */
    onChange(listener: () => void): () => void;
  };

export function createSourcesService(deps: SourcesDeps): SourcesService {
  const { sources, options, ...ports } = deps;
  const listeners = changeListeners(deps.logger);
  const ctx = { ...ports, db: sources, opt: withDefaults(options), changed: listeners.notify };
  return {
    ...sourceRegistry(ctx),
    ...poller(ctx),
    ...follows(ctx),
    ...delivery(ctx),
    onChange: listeners.subscribe,
  };
}
