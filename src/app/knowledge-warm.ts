// The field's knowledge at start-up, as `npm start` does it: one line saying how to load a catalogue when
// none is, or the stored snapshot read in the background once everything answers. Apart from serve.ts so
// the benchmark's start-up child measures the same path without loading the chat platforms.
import type { Logger } from '../core/ports.js';
import type { Runtime } from './runtime.js';

/** Said at start when no catalogue is loaded: what is missing, and the one command that loads them. */
export const NO_KNOWLEDGE_HINT =
  'No knowledge catalogue is loaded, so /who knows Sitrep’s own table of actors: `npx sitrep knowledge update` loads MITRE ATT&CK, MISP galaxy and CISA KEV (or `knowledge import DIR`, from a mirror).';

/**
 * Returns the hint when no catalogue is loaded. Otherwise a long-running bot (a terminal, a chat) starts
 * reading the stored snapshot in the background (a few hundred milliseconds of CPU), once everything
 * answers; commands piped in are a script's, and read it only if one of them needs it. A store that cannot
 * list its catalogues is logged and start-up goes on.
 */
export async function warmKnowledge(
  rt: Runtime,
  logger: Logger,
  { background }: { background: boolean },
): Promise<{ hint: string | null; warming: Promise<void> }> {
  try {
    if ((await rt.knowledgeStore.knowledgeCatalogues()).length === 0)
      return { hint: NO_KNOWLEDGE_HINT, warming: Promise.resolve() };
  } catch (err) {
    logger.warn('the knowledge catalogues cannot be listed', { error: String(err) });
    return { hint: null, warming: Promise.resolve() };
  }
  if (!background) return { hint: null, warming: Promise.resolve() };
  // After the console and the chats are up; shutdown waits for it, so the store is not closed under it.
  const warming = new Promise<void>((done) => setImmediate(done))
    .then(() => rt.knowledge.load())
    .then(
      () => undefined,
      (err: unknown) => logger.warn('the stored knowledge cannot be read', { error: String(err) }),
    );
  return { hint: null, warming };
}
