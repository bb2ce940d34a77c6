// Ingest with the furniture memory on a real SQLite file, so a site's own boilerplate leaves its next pages
// (the memory's own behaviour, on every engine, is conformance/knowledge.test.ts's).
import { describe, expect, it } from 'vitest';
import type { RawInput } from '../../../src/core/documents/document.js';
import { ingest, type PendingInput } from '../../../src/core/ingest.js';
import { memoryLogger } from '../../../src/infra/logger.js';
import { asStorePorts } from '../../../src/infra/sqlite/async-store.js';
import { useTempStores } from './helpers.js';

const stores = useTempStores();

const NOTICE = 'The Harbour Gazette is edited by volunteers and reviewed by the port board each quarter.';

/** A page from `host` (or a file with no address): its own story, then the site's notice. */
function page(n: number, host: string | null): PendingInput {
  const input: RawInput = {
    origin: `page-${n}.txt`,
    format: 'text',
    url: host ? `https://${host}/news/${n}` : null,
    content: [
      `Berth ${n} reopens after repairs`,
      `Engineers finished repairing berth ${n} on Thursday after a storm damaged its cranes, the harbour master said, and ships will dock there again from Monday.`,
      NOTICE,
    ].join('\n\n'),
  };
  return { origin: input.origin, load: () => input };
}

describe('ingest with the furniture memory', () => {
  it('drops the lines a host printed on its earlier pages, and only those', async () => {
    const store = stores.open();
    const ports = asStorePorts(store);
    const deps = {
      store: ports,
      furniture: ports,
      clock: { now: () => new Date('2025-01-01') },
      logger: memoryLogger(),
    };
    const bodyOf = async (input: PendingInput) => {
      const { added } = await ingest([input], deps);
      return store.getDocument(added[0]?.id ?? '')?.body ?? '';
    };
    // The first pages of a site keep the notice: nothing shows yet that it is the site's.
    for (const n of [1, 2, 3]) expect(await bodyOf(page(n, 'gazette.example'))).toContain(NOTICE);
    expect(await bodyOf(page(4, 'gazette.example'))).not.toContain(NOTICE);
    expect(await bodyOf(page(5, 'gazette.example'))).toContain('berth 5');
    // Another site, and a file with no address, have no such history.
    expect(await bodyOf(page(6, 'other.example'))).toContain(NOTICE);
    expect(await bodyOf(page(7, null))).toContain(NOTICE);
  });
});
