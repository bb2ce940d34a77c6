// Polling a TAXII 2.1 collection (ADR 13): the objects added after the source's cursor, page by page,
// `next` followed within a poll, each page's reports taken in and the cursor moved past the page in the
// same transaction as its items, so a restart neither takes a report twice nor skips one. Until the
// collection has been read to its end once, what is read is the baseline: stored, posted to nobody.
import type { IngestSummary } from '../ingest.js';
import type { SourceRecord } from '../ports.js';
import type { Intake } from '../sources/intake.js';
import { ingestItems } from '../sources/intake.js';
import { ok, type Result, refused } from '../util/result.js';
import { emptyTally, notTakenText } from './import.js';
import { classify, emptyContext, learnContext, type StixContext } from './read.js';
import { readObjects, type StixSourceContext } from './stix-source.js';
import { objectById, objectsPage, type TaxiiAuth, type TaxiiFailure } from './taxii.js';

export interface TaxiiCursor {
  /** When the last object read was added (the server's X-TAXII-Date-Added-Last); null before the first. */
  addedAfter: string | null;
  /** Whether the collection has been read to its end once: new reports are news from then on. */
  caughtUp: boolean;
}

/** Objects asked for per page, and pages read per poll: the rest waits for the next poll. */
export const PAGE_LIMIT = 100;
export const MAX_PAGES = 20;
/** Creators looked up by id per page: a page of reports by many unknown authors costs no more than this. */
const MAX_CREATOR_LOOKUPS = 10;

export function readCursor(text: string | null): TaxiiCursor {
  try {
    const c = JSON.parse(text ?? '') as Partial<TaxiiCursor>;
    return {
      addedAfter: typeof c.addedAfter === 'string' ? c.addedAfter : null,
      caughtUp: c.caughtUp === true,
    };
  } catch {
    return { addedAfter: null, caughtUp: false };
  }
}

/**
 * Where a new poll starts: a millisecond before the cursor, because `added_after` is strict and a page may
 * end between objects added in the same millisecond. What comes twice is dropped by the seen keys.
 */
export function resumeFrom(cursor: TaxiiCursor): string | null {
  if (!cursor.addedAfter) return null;
  const t = Date.parse(cursor.addedAfter);
  return Number.isFinite(t) ? new Date(t - 1).toISOString() : cursor.addedAfter;
}

function add(total: Intake, page: Intake): void {
  total.items += page.items;
  total.newItems += page.newItems;
  total.queued += page.queued;
  const s: IngestSummary = total.summary;
  s.added.push(...page.summary.added);
  s.duplicates.push(...page.summary.duplicates);
  s.failed.push(...page.summary.failed);
}

/** Reports' creators a page names but does not hold (added earlier): asked for by id, a few per page. */
async function learnCreators(
  ctx: StixSourceContext,
  source: SourceRecord,
  objects: readonly unknown[],
  context: StixContext,
  auth: TaxiiAuth,
): Promise<void> {
  for (const o of objects) learnContext(context, o);
  const unknown = new Set<string>();
  for (const o of objects) {
    const c = classify(o);
    const ref = c.kind === 'report' ? c.report.createdByRef : null;
    if (ref && !context.identities.has(ref)) unknown.add(ref);
  }
  for (const id of [...unknown].slice(0, MAX_CREATOR_LOOKUPS))
    for (const found of await objectById(ctx.fetcher, source.url, id, auth, ctx.clock.now()))
      learnContext(context, found);
}

export async function pollTaxii(
  ctx: StixSourceContext,
  source: SourceRecord,
): Promise<Result<Intake, TaxiiFailure>> {
  const start = readCursor(source.cursor);
  const auth = ctx.taxiiAuth ?? (() => null);
  const total: Intake = {
    items: 0,
    newItems: 0,
    queued: 0,
    summary: { added: [], duplicates: [], failed: [], timings: { load: 0, clean: 0, extract: 0, store: 0 } },
  };
  const tally = emptyTally();
  const context = emptyContext();
  let cursor = start;
  let query = { addedAfter: resumeFrom(start), next: null as string | null, limit: PAGE_LIMIT };
  for (let n = 0; n < MAX_PAGES; n++) {
    const got = await objectsPage(ctx.fetcher, source.url, query, auth, ctx.clock.now());
    // Pages read before a refusal are recorded already; the next poll starts after them.
    if (!got.ok) return refused(got.error);
    const page = got.value;
    await learnCreators(ctx, source, page.objects, context, auth);
    const items = await readObjects(ctx, source, page.objects, { tally, context });
    cursor = { addedAfter: page.addedLast ?? cursor.addedAfter, caughtUp: cursor.caughtUp || !page.more };
    const intake = await ingestItems(ctx, source, items, {
      first: !start.caughtUp,
      etag: null,
      lastModified: null,
      cursor: JSON.stringify(cursor),
      whole: true,
    });
    add(total, intake);
    if (!page.more) break;
    if (page.next) query = { ...query, next: page.next };
    else if (page.addedLast) query = { ...query, next: null, addedAfter: page.addedLast };
    else break;
  }
  return ok({ ...total, notTaken: notTakenText(tally, source.tlp) });
}
