// A briefing: the new documents a channel follows, one item per story. Near-duplicates (the same article
// syndicated, or the same quotes and events) are one item with "also reported by"; each item says what is
// new in it: entities and aliases the corpus had not seen, quotes, dated events, assessment wording with its
// band. Every line cites its documents.
import type { Corpus } from '../corpus.js';
import { BAND_RANGE } from '../extract/assessments.js';
import {
  type EventShape,
  mergeAssessments,
  mergeEvents,
  mergeQuotes,
  mergeWords,
  type QuoteShape,
  sameEvent,
  sameQuote,
} from '../merge.js';
import type { ProbabilityBand } from '../model.js';
import type { AssessmentRow, EventRow, QuoteRow, StoredDocument } from '../ports.js';
import { type Block, citationOf, type Reply, reply } from '../reply.js';
import { formatIsoDate } from '../text/format-date.js';
import { nameKey, wordTokens } from '../text/normalise.js';

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
  other: 'other',
};

/** The briefing for these documents, split into replies of at most ITEMS_PER_REPLY stories. Empty in, empty out. */
export function buildBriefing(
  inputs: BriefingInput[],
  corpus: Corpus,
  opts: { heading?: string; context?: string } = {},
): BriefingPart[] {
  const store = corpus.reader;
  const matched = new Map<string, string[]>();
  const docs: StoredDocument[] = [];
  for (const i of inputs) {
    const doc = corpus.document(i.docId);
    if (!doc) continue;
    const have = matched.get(doc.id);
    if (have) for (const q of i.matched) have.includes(q) || have.push(q);
    else {
      matched.set(doc.id, [...i.matched]);
      docs.push(doc);
    }
  }
  if (docs.length === 0) return [];
  docs.sort(byPublished);

  const profiles = new Map(docs.map((d) => [d.id, profile(d, corpus)]));
  const stories = cluster(docs, profiles).map<Story>((group) => ({
    docs: group,
    matched: [...new Set(group.flatMap((d) => matched.get(d.id) ?? []))],
    earlier: [],
  }));
  const inBriefing = new Set(docs.map((d) => d.id));
  for (const s of stories) s.earlier = earlierCopies(s.docs, profiles, inBriefing, corpus);

  const parts: BriefingPart[] = [];
  const total = stories.length;
  const partsCount = Math.ceil(total / ITEMS_PER_REPLY);
  for (let p = 0; p < partsCount; p++) {
    const slice = stories.slice(p * ITEMS_PER_REPLY, (p + 1) * ITEMS_PER_REPLY);
    const cited = new Map<string, StoredDocument>();
    const blocks: Block[] = [];
    const reports = docs.length === 1 ? '1 new report' : `${docs.length} new reports`;
    const head = opts.heading ?? `Sitrep briefing: ${reports}`;
    blocks.push({ type: 'heading', text: partsCount > 1 ? `${head} (${p + 1}/${partsCount})` : head });
    if (opts.context && p === 0) blocks.push({ type: 'context', text: opts.context });
    for (const s of slice) {
      for (const d of [...s.docs, ...s.earlier]) cited.set(d.id, d);
      blocks.push(...storyBlocks(s, store, inBriefing, corpus));
    }
    blocks.push({
      type: 'sources',
      rows: [...cited.values()].map((d) => ({ ...citationOf(d), origin: d.origin })),
    });
    parts.push({
      reply: reply(partsCount > 1 ? `${head} (${p + 1}/${partsCount})` : head, blocks),
      docIds: slice.flatMap((s) => s.docs.map((d) => d.id)),
    });
  }
  return parts;
}

function storyBlocks(s: Story, store: Corpus['reader'], inBriefing: Set<string>, corpus: Corpus): Block[] {
  const [lead, ...others] = s.docs;
  if (!lead) return [];
  const ids = s.docs.map((d) => d.id);
  const blocks: Block[] = [{ type: 'heading', text: lead.title ?? citationOf(lead).title }];
  const fields: { label: string; value: string }[] = [
    { label: 'Publisher', value: lead.publisher ?? 'unknown' },
    { label: 'Published', value: formatIsoDate(lead.published) },
  ];
  if (lead.url) fields.push({ label: 'Link', value: lead.url });
  const also = [...others, ...s.earlier];
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

  const { fresh, aliased } = whatIsNew(ids, inBriefing, store);
  if (fresh.length > 0) fields.push({ label: 'New in the corpus', value: fresh.join(', ') });
  if (aliased.length > 0) fields.push({ label: 'New aliases', value: aliased.join('; ') });
  blocks.push({ type: 'fields', fields });

  const quotes: QuoteRow[] = [];
  const events: EventRow[] = [];
  const assessments: AssessmentRow[] = [];
  for (const id of ids) {
    const x = store.extractionOf(id);
    quotes.push(...x.quotes.map((q) => ({ ...q, docId: id })));
    events.push(...x.events.map((e) => ({ ...e, docId: id })));
    assessments.push(...x.assessments.map((a) => ({ ...a, docId: id })));
  }
  for (const q of mergeQuotes(quotes).slice(0, QUOTES_PER_ITEM))
    blocks.push({
      type: 'quote',
      text: q.text,
      speaker: q.speaker,
      role: q.role,
      sources: corpus.citations(q.docIds),
    });
  const dated = mergeEvents(events).slice(0, EVENTS_PER_ITEM);
  if (dated.length > 0)
    blocks.push({
      type: 'timeline',
      rows: dated.map((e) => ({ date: e.date, text: e.text, sources: corpus.citations(e.docIds) })),
    });
  const assessed = mergeAssessments(assessments).slice(0, ASSESSMENTS_PER_ITEM);
  if (assessed.length > 0)
    blocks.push({
      type: 'assessments',
      rows: assessed.map((a) => ({
        phrase: a.phrase,
        band: a.band,
        range: BAND_RANGE[a.band as ProbabilityBand] ?? '',
        text: a.text,
        sources: corpus.citations(a.docIds),
      })),
    });
  return blocks;
}

/**
 * Entities no document outside this briefing mentions, and aliases no document outside it uses for an
 * entity the corpus already knew.
 */
function whatIsNew(
  ids: string[],
  inBriefing: Set<string>,
  store: Corpus['reader'],
): { fresh: string[]; aliased: string[] } {
  const own = ids.flatMap((id) => store.extractionOf(id).entities.map((m) => ({ ...m, docId: id })));
  const named = own.filter((m) => !(m.roles.length > 0 && m.roles.every((r) => r === 'author')));
  const names = [...new Set(named.map((m) => m.name))];
  const known = new Map<string, Set<string>>();
  for (const [name, aliases] of store.aliasesElsewhere(names, [...inBriefing]))
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

// ─── Near-duplicates ────────────────────────────────────────────────────────────────────────────────

interface Profile {
  shingles: Set<string>;
  /** Its quotes and events as the merge rules compare them. */
  quotes: QuoteShape[];
  events: EventShape[];
}

const SHINGLE = 4;
const BODY_CHARS = 40_000;

function profile(doc: StoredDocument, corpus: Corpus): Profile {
  const tokens = wordTokens(doc.body.slice(0, BODY_CHARS));
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE <= tokens.length; i++) shingles.add(tokens.slice(i, i + SHINGLE).join(' '));
  const x = corpus.reader.extractionOf(doc.id);
  return {
    shingles,
    quotes: x.quotes
      .map((q) => ({ speaker: q.speaker, words: mergeWords(q.text) }))
      .filter((q) => q.words.words.length >= 6),
    // Wording and date only: a story's events are told apart by what they say, not by who is named.
    events: x.events.map((e) => ({ date: e.date, words: mergeWords(e.text), actors: [] })),
  };
}

/** Same story: mostly the same text, or the same quotes and events. */
function sameStory(a: Profile, b: Profile): boolean {
  let shared = 0;
  for (const s of a.shingles) if (b.shingles.has(s)) shared++;
  const union = a.shingles.size + b.shingles.size - shared;
  if (union > 0 && shared / union >= 0.5) return true;
  // Containment catches the syndicated copy that cut or added a paragraph.
  const smaller = Math.min(a.shingles.size, b.shingles.size);
  if (smaller >= 30 && shared / smaller >= 0.8) return true;
  const quotes = a.quotes.filter((q) => b.quotes.some((r) => sameQuote(q, r))).length;
  const events = a.events.filter((e) => b.events.some((f) => sameEvent(e, f))).length;
  return quotes >= 2 || (quotes >= 1 && events >= 1);
}

function cluster(docs: StoredDocument[], profiles: Map<string, Profile>): StoredDocument[][] {
  const groups: StoredDocument[][] = [];
  for (const d of docs) {
    const p = profiles.get(d.id);
    const home = p
      ? groups.find((g) =>
          g.some((o) => {
            const q = profiles.get(o.id);
            return q ? sameStory(p, q) : false;
          }),
        )
      : undefined;
    if (home) home.push(d);
    else groups.push([d]);
  }
  return groups;
}

/** Earlier documents a story is checked against: enough for "also reported by", bounded at any corpus size. */
const EARLIER_CANDIDATES = 20;

/**
 * Documents already in the corpus (not in this briefing) that carry the same story: copies of the same
 * text at other addresses, and those reporting the same quotes, checked with `sameStory`.
 */
function earlierCopies(
  story: StoredDocument[],
  profiles: Map<string, Profile>,
  inBriefing: Set<string>,
  corpus: Corpus,
): StoredDocument[] {
  const own = story.map((d) => profiles.get(d.id)).filter((p): p is Profile => p !== undefined);
  const ids = story.map((d) => d.id);
  const limit = EARLIER_CANDIDATES + inBriefing.size;
  const candidates = [
    ...new Set([
      ...corpus.reader.documentsWithSameText(ids, limit),
      ...corpus.reader.documentsSharingQuotes(ids, limit),
    ]),
  ]
    .filter((id) => !inBriefing.has(id))
    .slice(0, EARLIER_CANDIDATES);
  const out: StoredDocument[] = [];
  for (const id of candidates) {
    const doc = corpus.document(id);
    if (!doc) continue;
    const p = profile(doc, corpus);
    if (own.some((o) => sameStory(o, p))) out.push(doc);
  }
  return out.sort(byPublished).slice(0, 5);
}

function byPublished(a: StoredDocument, b: StoredDocument): number {
  const x = a.published ?? a.ingestedAt;
  const y = b.published ?? b.ingestedAt;
  return x < y ? -1 : x > y ? 1 : a.ingestedAt < b.ingestedAt ? -1 : a.ingestedAt > b.ingestedAt ? 1 : 0;
}
