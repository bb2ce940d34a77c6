// A briefing: the new documents a channel follows, one item per story. Near-duplicates (the same article
// syndicated, or the same quotes and events) are one item with "also reported by"; each item says what is
// new in it: entities and aliases the corpus had not seen, quotes, dated events, assessment wording with its
// band. Every line cites its documents.
import type { Corpus } from '../corpus.js';
import { mergeAssessments, mergeEvents, mergeQuotes } from '../merge.js';
import type { Mention } from '../model.js';
import type { AssessmentRow, EventRow, QuoteRow, StoredDocument } from '../ports.js';
import { type Block, citationOf, type Reply, reply } from '../reply.js';
import { assessmentBlocks, quoteBlocks, sourcesBlock, timelineBlocks } from '../reply-blocks.js';
import { formatIsoDate } from '../text/format-date.js';
import { nameKey } from '../text/normalise.js';
import { byPublished, cluster, earlierCopies, type Profile, profile } from './same-story.js';

/** Stories per reply; a longer briefing is posted as several replies, in order. */
export const ITEMS_PER_REPLY = 5;
const QUOTES_PER_ITEM = 2;
const EVENTS_PER_ITEM = 4;
const ASSESSMENTS_PER_ITEM = 3;
const NAMES_PER_ITEM = 8;

export interface BriefingInput {
  docId: string;
  /** The follow queries this document matched. */
  matched: string[];
}

export interface BriefingPart {
  reply: Reply;
  /** Every document this part covers, near-duplicates included. */
  docIds: string[];
}

interface Story {
  docs: StoredDocument[];
  matched: string[];
  /** Earlier documents in the corpus carrying the same story. */
  earlier: StoredDocument[];
}

const KIND_LABEL: Record<string, string> = {
  person: 'person',
  organisation: 'organisation',
  threat_actor: 'threat actor',
  country: 'country',
  vulnerability: 'vulnerability',
  other: 'other',
};

/** The briefing for these documents, split into replies of at most ITEMS_PER_REPLY stories. Empty in, empty out. */
export async function buildBriefing(
  inputs: BriefingInput[],
  corpus: Corpus,
  opts: { heading?: string; context?: string } = {},
): Promise<BriefingPart[]> {
  const { docs, matched } = await documentsOf(inputs, corpus);
  if (docs.length === 0) return [];
  const profiles = new Map<string, Profile>();
  for (const d of docs) profiles.set(d.id, await profile(d, corpus));
  const inBriefing = new Set(docs.map((d) => d.id));
  const stories: Story[] = [];
  for (const group of cluster(docs, profiles))
    stories.push({
      docs: group,
      matched: [...new Set(group.flatMap((d) => matched.get(d.id) ?? []))],
      earlier: await earlierCopies(group, profiles, inBriefing, corpus),
    });
  const reports = docs.length === 1 ? '1 new report' : `${docs.length} new reports`;
  const head = opts.heading ?? `Sitrep briefing: ${reports}`;
  const count = Math.ceil(stories.length / ITEMS_PER_REPLY);
  const parts: BriefingPart[] = [];
  for (let p = 0; p < count; p++) {
    const slice = stories.slice(p * ITEMS_PER_REPLY, (p + 1) * ITEMS_PER_REPLY);
    const title = count > 1 ? `${head} (${p + 1}/${count})` : head;
    const context = p === 0 ? opts.context : undefined;
    parts.push({
      reply: reply(title, await partBlocks(title, context, slice, inBriefing, corpus)),
      docIds: slice.flatMap((s) => s.docs.map((d) => d.id)),
    });
  }
  return parts;
}

/**
 * The briefing as one answer (for /brief): the parts' stories in order under one heading, one source list
 * at the end; null when none of the documents is in the corpus.
 */
export async function briefingReply(
  inputs: BriefingInput[],
  corpus: Corpus,
  context?: string,
): Promise<Reply | null> {
  const parts = await buildBriefing(inputs, corpus, context ? { context } : {});
  const [firstPart] = parts;
  if (!firstPart) return null;
  if (parts.length === 1) return firstPart.reply;
  const blocks = parts.flatMap((p, i) =>
    p.reply.blocks
      .filter((b, j) => !(j === 0 && i > 0 && b.type === 'heading'))
      .filter((b) => b.type !== 'sources'),
  );
  const rows = new Map<string, Extract<Block, { type: 'sources' }>['rows'][number]>();
  for (const p of parts)
    for (const b of p.reply.blocks) if (b.type === 'sources') for (const r of b.rows) rows.set(r.docId, r);
  const heading = firstPart.reply.title.replace(/ \(1\/\d+\)$/, '');
  if (blocks[0]?.type === 'heading') blocks[0] = { type: 'heading', text: heading };
  return reply(heading, [...blocks, { type: 'sources', rows: [...rows.values()] }]);
}

/** The documents the inputs name that the corpus holds, oldest first, each with every query it matched. */
async function documentsOf(
  inputs: BriefingInput[],
  corpus: Corpus,
): Promise<{ docs: StoredDocument[]; matched: Map<string, string[]> }> {
  const matched = new Map<string, string[]>();
  const docs: StoredDocument[] = [];
  for (const i of inputs) {
    const doc = await corpus.document(i.docId);
    if (!doc) continue;
    const have = matched.get(doc.id);
    if (have) for (const q of i.matched) have.includes(q) || have.push(q);
    else {
      matched.set(doc.id, [...i.matched]);
      docs.push(doc);
    }
  }
  docs.sort(byPublished);
  return { docs, matched };
}

async function partBlocks(
  title: string,
  context: string | undefined,
  stories: Story[],
  inBriefing: Set<string>,
  corpus: Corpus,
): Promise<Block[]> {
  const blocks: Block[] = [{ type: 'heading', text: title }];
  if (context) blocks.push({ type: 'context', text: context });
  const cited = new Map<string, StoredDocument>();
  for (const s of stories) {
    for (const d of [...s.docs, ...s.earlier]) cited.set(d.id, d);
    blocks.push(...(await storyBlocks(s, inBriefing, corpus)));
  }
  blocks.push(sourcesBlock([...cited.values()]));
  return blocks;
}

async function storyBlocks(s: Story, inBriefing: Set<string>, corpus: Corpus): Promise<Block[]> {
  const [lead] = s.docs;
  if (!lead) return [];
  return [
    { type: 'heading', text: lead.title ?? citationOf(lead).title },
    { type: 'fields', fields: await storyFields(s, lead, inBriefing, corpus.reader) },
    ...(await evidenceBlocks(
      s.docs.map((d) => d.id),
      corpus,
    )),
  ];
}

async function storyFields(
  s: Story,
  lead: StoredDocument,
  inBriefing: Set<string>,
  store: Corpus['reader'],
): Promise<{ label: string; value: string }[]> {
  const fields = [
    { label: 'Publisher', value: lead.publisher ?? 'unknown' },
    { label: 'Published', value: formatIsoDate(lead.published) },
  ];
  if (lead.url) fields.push({ label: 'Link', value: lead.url });
  const also = [...s.docs.slice(1), ...s.earlier];
  if (also.length > 0)
    fields.push({
      label: 'Also reported by',
      value: also
        .map(
          (d) =>
            `${d.publisher ?? 'unknown'}: ${d.title ?? citationOf(d).title}${d.url ? ` <${d.url}>` : ''}`,
        )
        .join('; '),
    });
  if (s.matched.length > 0) fields.push({ label: 'Matches', value: s.matched.join(' · ') });
  const { fresh, aliased } = await whatIsNew(
    s.docs.map((d) => d.id),
    inBriefing,
    store,
  );
  if (fresh.length > 0) fields.push({ label: 'New in the corpus', value: fresh.join(', ') });
  if (aliased.length > 0) fields.push({ label: 'New aliases', value: aliased.join('; ') });
  return fields;
}

/** The story's quotes, dated events and assessments, merged across its documents. */
async function evidenceBlocks(ids: string[], corpus: Corpus): Promise<Block[]> {
  const quotes: QuoteRow[] = [];
  const events: EventRow[] = [];
  const assessments: AssessmentRow[] = [];
  for (const id of ids) {
    const x = await corpus.reader.extractionOf(id);
    quotes.push(...x.quotes.map((q) => ({ ...q, docId: id })));
    events.push(...x.events.map((e) => ({ ...e, docId: id })));
    assessments.push(...x.assessments.map((a) => ({ ...a, docId: id })));
  }
  return [
    ...(await quoteBlocks(mergeQuotes(quotes).slice(0, QUOTES_PER_ITEM), corpus)),
    ...(await timelineBlocks(mergeEvents(events).slice(0, EVENTS_PER_ITEM), corpus)),
    ...(await assessmentBlocks(mergeAssessments(assessments).slice(0, ASSESSMENTS_PER_ITEM), corpus)),
  ];
}

/**
 * Entities no document outside this briefing mentions, and aliases no document outside it uses for an
 * entity the corpus already knew.
 */
async function whatIsNew(
  ids: string[],
  inBriefing: Set<string>,
  store: Corpus['reader'],
): Promise<{ fresh: string[]; aliased: string[] }> {
  const own: (Mention & { docId: string })[] = [];
  for (const id of ids)
    own.push(...(await store.extractionOf(id)).entities.map((m) => ({ ...m, docId: id })));
  const named = own.filter((m) => !(m.roles.length > 0 && m.roles.every((r) => r === 'author')));
  const names = [...new Set(named.map((m) => m.name))];
  const known = new Map<string, Set<string>>();
  for (const [name, aliases] of await store.aliasesElsewhere(names, [...inBriefing]))
    known.set(name, new Set([nameKey(name), ...aliases.map(nameKey)]));
  const fresh: string[] = [];
  const aliased: string[] = [];
  const seen = new Set<string>();
  for (const m of named) {
    if (seen.has(m.name)) continue;
    seen.add(m.name);
    const keys = known.get(m.name);
    if (!keys) {
      // Countries are context, not news; the actors, people and organisations are.
      if (m.kind !== 'other' && m.kind !== 'country')
        fresh.push(`${m.name} (${KIND_LABEL[m.kind] ?? m.kind})`);
      continue;
    }
    const aliases = named
      .filter((x) => x.name === m.name)
      .flatMap((x) => x.aliases)
      .filter((a, i, all) => !keys.has(nameKey(a)) && all.findIndex((b) => nameKey(b) === nameKey(a)) === i);
    if (aliases.length > 0) aliased.push(`${m.name}: also “${aliases.join('”, “')}”`);
  }
  return { fresh: fresh.slice(0, NAMES_PER_ITEM), aliased: aliased.slice(0, NAMES_PER_ITEM) };
}
