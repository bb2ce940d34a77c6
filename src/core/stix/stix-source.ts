// STIX as a source's items: a bundle at an address, or a TAXII page, read into the sources' intake like a
// feed (seen keys, budget, the linked article of a short description, briefings for new reports). Its
// reports become items, cited to the source; its actor, malware and tool names are kept with provenance
// "from <source name>"; a report marked stricter than the source's TLP is not taken.
import type { ImportedName, SourceRecord } from '../ports.js';
import type { SourcesContext } from '../sources/context.js';
import type { FeedItem } from '../sources/feed.js';
import { type Intake, ingestFetched, ingestItems, type PollState } from '../sources/intake.js';
import type { Fetched } from '../sources/probe.js';
import { ok, type Result, refused } from '../util/result.js';
import { emptyTally, notTakenText, sortObject, type Tally } from './import.js';
import { emptyContext, learnContext, reportItem, type StixContext } from './read.js';

export type StixSourceContext = Pick<
  SourcesContext,
  'corpus' | 'db' | 'ingest' | 'fetcher' | 'schedules' | 'clock' | 'logger' | 'opt' | 'names' | 'taxiiAuth'
>;

/**
 * Reads objects in memory (a TAXII page, a bundle within the fetch cap) with what earlier ones taught
 * `context`: the report items; names are kept and what is not taken is counted in `tally`.
 */
export async function readObjects(
  ctx: StixSourceContext,
  source: SourceRecord,
  objects: readonly unknown[],
  { tally, context }: { tally: Tally; context: StixContext },
): Promise<FeedItem[]> {
  for (const o of objects) learnContext(context, o);
  const items: FeedItem[] = [];
  const names: ImportedName[] = [];
  for (const o of objects) {
    const { report, name } = sortObject(o, context, source.tlp, tally);
    if (name) names.push({ ...name, provenance: `from ${source.name}` });
    if (report) items.push(reportItem(report, context, source.name));
  }
  if (names.length > 0) await ctx.names?.keepImportedNames(names, ctx.clock.now().toISOString());
  return items;
}

/** The objects of a fetched STIX bundle, or why it is not one. */
function bundleOf(res: Fetched): Result<unknown[], string> {
  try {
    const json = JSON.parse(res.body) as { type?: unknown; objects?: unknown };
    if (json?.type !== 'bundle' || !Array.isArray(json.objects))
      return refused('the address no longer serves a STIX bundle');
    return ok(json.objects);
  } catch (err) {
    return refused(`the STIX bundle is not valid JSON (${(err as Error).message})`);
  }
}

/** A fetched body into the corpus: a STIX bundle's reports, or a feed's or page's items. */
export async function ingestBody(
  ctx: StixSourceContext,
  source: SourceRecord,
  res: Fetched,
  first: boolean,
): Promise<Result<Intake, string>> {
  if (source.kind !== 'stix') return ingestFetched(ctx, source, res, first);
  const objects = bundleOf(res);
  if (!objects.ok) return objects;
  const tally = emptyTally();
  const items = await readObjects(ctx, source, objects.value, { tally, context: emptyContext() });
  const poll: PollState = { first, etag: res.etag, lastModified: res.lastModified };
  return ok({ ...(await ingestItems(ctx, source, items, poll)), notTaken: notTakenText(tally, source.tlp) });
}
