// A batch of documents planned in memory before anything is written (ADR 14): which are duplicates, and
// every row the others add or change (documents, passages and their words, mentions and entities, rows and
// their clusters). Planning reads only the facts read for the batch (write-facts.ts), so the whole batch
// costs a fixed number of round trips, however many documents and rows it has.
import { textHash } from '../../core/documents/identity.js';
import type { Document, Mention } from '../../core/model.js';
import { passagesOf } from '../../core/passages.js';
import type { AddResult } from '../../core/ports.js';
import { foldedWords, nameKey } from '../../core/text/normalise.js';
import { dateBounds } from '../store/dates.js';
import type { CheckedInput } from '../store/document-input.js';
import { authoredBy, countMention, type EntityLists } from '../store/merge-steps.js';
import { familyOf } from '../store/search-policy.js';
import { type ClusterFacts, ClusterPlans } from './cluster-plan.js';
import { tsvectorOf } from './text-search.js';

/** A stored document a document of the batch may repeat. */
export interface StoredCopy {
  id: string;
  url: string | null;
  bodyHash: string;
  seq: number;
}

/** What planning a batch needs to know of the store. */
export interface WriteFacts extends ClusterFacts {
  /** Stored documents with one of the batch's ids, URLs or text hashes, first stored first. */
  stored: StoredCopy[];
  /** Stored entities the batch mentions, by `entityKey`. */
  entities: Map<string, { id: number } & EntityLists>;
}

export const entityKey = (name: string, kind: string) => `${kind}\u0000${name}`;

/** An entity this batch changes: `id` is negative for one the batch creates. */
export interface EntityChange extends EntityLists {
  id: number;
  name: string;
  kind: string;
  docs: number;
  authored: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface WritePlan {
  /** For each input, in order. */
  results: AddResult[];
  documents: (Document & { publishedStart: string | null; bodyHash: string; ingestedAt: string })[];
  passages: { docId: string; paragraph: number; title: string | null; text: string; tsv: string }[];
  /** Each word of the new passages: its family and how many of them hold it. */
  terms: Map<string, { family: string | null; passages: number }>;
  mentions: (Mention & { docId: string })[];
  entities: Map<string, EntityChange>;
  freshEntities: number;
  entityKeys: [string, number][];
  events: (CheckedInput['extraction']['events'][number] & {
    docId: string;
    dateStart: string;
    dateEnd: string;
    cluster: number;
  })[];
  quotes: (CheckedInput['extraction']['quotes'][number] & { docId: string; cluster: number })[];
  assessments: (CheckedInput['extraction']['assessments'][number] & { docId: string; cluster: number })[];
  clusters: ClusterPlans;
}

/** Documents the batch has added so far, found as the store finds a stored one. */
class Copies {
  private readonly byId = new Map<string, string>();
  private readonly byUrl = new Map<string, string>();
  private readonly byHash = new Map<string, string>();
  constructor(stored: readonly StoredCopy[]) {
    for (const s of [...stored].sort((a, b) => a.seq - b.seq)) this.add(s.id, s.url, s.bodyHash);
  }
  add(id: string, url: string | null, hash: string): void {
    this.byId.set(id, id);
    if (url !== null && !this.byUrl.has(url)) this.byUrl.set(url, id);
    if (!this.byHash.has(hash)) this.byHash.set(hash, id);
  }
  /** The document this one repeats: same id, same URL, or, without an address, the same text anywhere. */
  duplicateOf(doc: Pick<Document, 'id' | 'url' | 'body'>, hash = textHash(doc.body)): string | undefined {
    const same = this.byId.get(doc.id) ?? (doc.url === null ? undefined : this.byUrl.get(doc.url));
    if (same !== undefined || doc.url !== null || doc.id !== hash) return same;
    return this.byHash.get(hash);
  }
}

/** The stored document `doc` repeats, among `stored` (read for it), or undefined. */
export const duplicateOf = (stored: readonly StoredCopy[], doc: Pick<Document, 'id' | 'url' | 'body'>) =>
  new Copies(stored).duplicateOf(doc);

function planPassages(plan: WritePlan, doc: Document): void {
  for (const p of passagesOf(doc)) {
    plan.passages.push({
      docId: doc.id,
      paragraph: p.paragraph,
      title: p.title,
      text: p.text,
      tsv: tsvectorOf(p.text),
    });
    for (const word of new Set(foldedWords(p.text))) {
      const term = plan.terms.get(word);
      if (term) term.passages++;
      else plan.terms.set(word, { family: familyOf(word), passages: 1 });
    }
  }
}

function addKeys(plan: WritePlan, entity: number, names: readonly string[]): void {
  for (const n of names) {
    const key = nameKey(n);
    if (key) plan.entityKeys.push([key, entity]);
  }
}

/** Counts one mention into its entity, as SQLite's entity writer does row by row. */
function planMention(plan: WritePlan, facts: WriteFacts, published: string | null, m: Mention): void {
  const key = entityKey(m.name, m.kind);
  let change = plan.entities.get(key);
  const isNew = !change && !facts.entities.has(key);
  if (!change) {
    const stored = facts.entities.get(key);
    const lists = stored ?? { aliases: [], roles: {} };
    const id = stored?.id ?? -++plan.freshEntities;
    change = {
      ...lists,
      id,
      name: m.name,
      kind: m.kind,
      docs: 0,
      authored: 0,
      firstSeen: null,
      lastSeen: null,
    };
    plan.entities.set(key, change);
  }
  const fresh = countMention(change, m);
  change.docs++;
  change.authored += authoredBy(m);
  if (published !== null) {
    if (change.firstSeen === null || published < change.firstSeen) change.firstSeen = published;
    if (change.lastSeen === null || published > change.lastSeen) change.lastSeen = published;
  }
  addKeys(plan, change.id, isNew ? [m.name, ...m.aliases] : fresh);
}

function planRows(plan: WritePlan, facts: WriteFacts, { doc, extraction }: CheckedInput): void {
  const docId = doc.id;
  plan.clusters.nextDocument();
  for (const m of extraction.entities) {
    planMention(plan, facts, doc.published, m);
    plan.mentions.push({ ...m, docId });
  }
  for (const q of extraction.quotes)
    plan.quotes.push({ ...q, docId, cluster: plan.clusters.quoteCluster(q) });
  for (const e of extraction.events) {
    const bounds = dateBounds(e.date);
    if (!bounds) throw new Error(`event date "${e.date}" is not an ISO 8601 date`); // checked before
    const dated = { ...e, dateStart: bounds.start, dateEnd: bounds.end };
    plan.events.push({ ...dated, docId, cluster: plan.clusters.eventCluster(dated) });
  }
  for (const a of extraction.assessments)
    plan.assessments.push({ ...a, docId, cluster: plan.clusters.assessmentCluster(a) });
}

/** Plans the batch: each input a duplicate (of a stored document or of an earlier input) or added. */
export function planWrites(inputs: readonly CheckedInput[], facts: WriteFacts): WritePlan {
  const plan: WritePlan = {
    results: [],
    documents: [],
    passages: [],
    terms: new Map(),
    mentions: [],
    entities: new Map(),
    freshEntities: 0,
    entityKeys: [],
    events: [],
    quotes: [],
    assessments: [],
    clusters: new ClusterPlans(facts),
  };
  const copies = new Copies(facts.stored);
  for (const input of inputs) {
    const { doc, ingestedAt } = input;
    const bodyHash = textHash(doc.body);
    const existing = copies.duplicateOf(doc, bodyHash);
    if (existing !== undefined) {
      plan.results.push({ added: false, id: existing, reason: 'duplicate' });
      continue;
    }
    copies.add(doc.id, doc.url, bodyHash);
    const publishedStart = doc.published === null ? null : (dateBounds(doc.published)?.start ?? null);
    plan.documents.push({ ...doc, publishedStart, bodyHash, ingestedAt });
    planPassages(plan, doc);
    planRows(plan, facts, input);
    plan.results.push({ added: true, id: doc.id });
  }
  return plan;
}
