// What planning a batch needs to know of the store, read in five queries whatever the batch's size: the
// stored documents it may repeat, the entities it mentions, and the recent clusters of each date, speaker
// and assessment phrase its rows have (CANDIDATES of each, newest first).
import { z } from 'zod';
import { textHash } from '../../core/documents/identity.js';
import type { Document } from '../../core/model.js';
import type { CheckedInput } from '../store/document-input.js';
import {
  type AssessmentCandidate,
  assessmentKey,
  type EventCandidate,
  type QuoteCandidate,
  storedWords,
} from '../store/merge-steps.js';
import { CANDIDATES } from '../store/recent-clusters.js';
import { entityListsRow, eventCandidateRow, readRow } from '../store/rows.js';
import type { ClusterMemory } from './cluster-memory.js';
import type { ClusterFacts } from './cluster-plan.js';
import { rowsOf, type Sql } from './pool.js';
import { entityKey, type StoredCopy, type WriteFacts } from './write-plan.js';

const storedCopyRow = z.object({
  id: z.string(),
  url: z.string().nullable(),
  bodyHash: z.string(),
  seq: z.number(),
});
const quoteCandidateRow = z.object({
  id: z.number().int(),
  speaker: z.string(),
  length: z.number().int(),
  words: z.string(),
  role: z.string().nullable(),
});
const assessmentCandidateRow = z.object({
  id: z.number().int(),
  phrase: z.string(),
  actor: z.string().nullable(),
  words: z.string(),
});

/** Stored documents with one of these ids, URLs or (for documents without an address) text hashes. */
export async function readStoredCopies(
  sql: Sql,
  docs: readonly Pick<Document, 'id' | 'url' | 'body'>[],
): Promise<StoredCopy[]> {
  const hashes = docs.flatMap((d) => (d.url === null ? [textHash(d.body)] : []));
  const rows = await rowsOf(
    sql,
    `SELECT id, url, body_hash AS "bodyHash", seq FROM documents
     WHERE id = ANY($1::text[]) OR url = ANY($2::text[]) OR body_hash = ANY($3::text[]) ORDER BY seq`,
    [docs.map((d) => d.id), docs.flatMap((d) => (d.url === null ? [] : [d.url])), hashes],
  );
  return rows.map((row) => readRow(storedCopyRow, 'documents', row));
}

async function readEntities(sql: Sql, inputs: readonly CheckedInput[]): Promise<WriteFacts['entities']> {
  const mentions = inputs.flatMap((i) => i.extraction.entities);
  const rows = await rowsOf(
    sql,
    `SELECT e.id, e.name, e.kind, e.aliases, e.roles FROM entities e
     JOIN unnest($1::text[], $2::text[]) AS k(name, kind) ON e.name = k.name AND e.kind = k.kind`,
    [mentions.map((m) => m.name), mentions.map((m) => m.kind)],
  );
  const out: WriteFacts['entities'] = new Map();
  for (const row of rows) {
    const { name, kind } = row as { name: string; kind: string };
    out.set(entityKey(name, kind), readRow(entityListsRow, 'entities', row));
  }
  return out;
}

/** Candidates grouped by key, each list newest first. */
function byKey<T extends { id: number }>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of [...rows].sort((a, b) => b.id - a.id)) {
    const list = out.get(key(row));
    if (list) list.push(row);
    else out.set(key(row), [row]);
  }
  return out;
}

async function readEventCandidates(sql: Sql, dates: string[]): Promise<Map<string, EventCandidate[]>> {
  const rows = await rowsOf(
    sql,
    `SELECT c.id, c.date, length(c.text) AS length, c.words, c.actors FROM unnest($1::text[]) AS k(date)
     CROSS JOIN LATERAL (SELECT * FROM event_clusters WHERE date = k.date ORDER BY id DESC LIMIT $2) c`,
    [dates, CANDIDATES],
  );
  const candidates = rows.map((row): EventCandidate => {
    const c = readRow(eventCandidateRow, 'event_clusters', row);
    const { date } = row as { date: string };
    return { id: c.id, date, length: c.length, words: storedWords(c.words), actors: c.actors };
  });
  return byKey(candidates, (c) => c.date);
}

async function readQuoteCandidates(sql: Sql, speakers: string[]): Promise<Map<string, QuoteCandidate[]>> {
  const rows = await rowsOf(
    sql,
    `SELECT c.id, c.speaker, length(c.text) AS length, c.words, c.role FROM unnest($1::text[]) AS k(speaker)
     CROSS JOIN LATERAL (SELECT * FROM quote_clusters WHERE speaker = k.speaker ORDER BY id DESC LIMIT $2) c`,
    [speakers, CANDIDATES],
  );
  const candidates = rows.map((row): QuoteCandidate => {
    const c = readRow(quoteCandidateRow, 'quote_clusters', row);
    return { ...c, words: storedWords(c.words) };
  });
  return byKey(candidates, (c) => c.speaker);
}

async function readAssessmentCandidates(
  sql: Sql,
  keys: { phrase: string; actor: string | null }[],
): Promise<Map<string, AssessmentCandidate[]>> {
  // Two lookups, so that each one is an index range: `actor = NULL` matches nothing and IS NOT DISTINCT FROM
  // uses no index.
  const withActor = keys.filter((k) => k.actor !== null);
  const rows = await rowsOf(
    sql,
    `SELECT c.id, c.phrase, c.actor, c.words FROM unnest($1::text[], $2::text[]) AS k(phrase, actor)
     CROSS JOIN LATERAL (SELECT * FROM assessment_clusters
       WHERE phrase = k.phrase AND actor = k.actor ORDER BY id DESC LIMIT $4) c
     UNION ALL
     SELECT c.id, c.phrase, c.actor, c.words FROM unnest($3::text[]) AS k(phrase)
     CROSS JOIN LATERAL (SELECT * FROM assessment_clusters
       WHERE phrase = k.phrase AND actor IS NULL ORDER BY id DESC LIMIT $4) c`,
    [
      withActor.map((k) => k.phrase),
      withActor.map((k) => k.actor),
      keys.filter((k) => k.actor === null).map((k) => k.phrase),
      CANDIDATES,
    ],
  );
  const candidates = rows.map((row): AssessmentCandidate => {
    const c = readRow(assessmentCandidateRow, 'assessment_clusters', row);
    return { ...c, words: storedWords(c.words) };
  });
  return byKey(candidates, (c) => assessmentKey(c.phrase, c.actor));
}

const distinct = <T>(items: T[]) => [...new Set(items)];

/** Each key's candidates: those the memory holds, the others read with `read`. */
async function candidates<K extends keyof ClusterFacts>(
  kind: K,
  keys: string[],
  memory: ClusterMemory | null,
  read: (keys: string[]) => Promise<ClusterFacts[K]>,
): Promise<ClusterFacts[K]> {
  if (!memory) return read(keys);
  const { held, missing } = memory.recall(kind, keys);
  if (missing.length === 0) return held;
  for (const [key, list] of await read(missing)) held.set(key, list as never);
  return held;
}

/**
 * Everything planning `inputs` reads; run inside the write transaction, after taking the writer lock. The
 * memory, when given, answers for the candidates of the keys it holds.
 */
export async function readWriteFacts(
  sql: Sql,
  inputs: readonly CheckedInput[],
  memory: ClusterMemory | null,
): Promise<WriteFacts> {
  const extraction = inputs.map((i) => i.extraction);
  const assessmentKeys = new Map<string, { phrase: string; actor: string | null }>();
  for (const a of extraction.flatMap((x) => x.assessments))
    assessmentKeys.set(assessmentKey(a.phrase, a.actor), { phrase: a.phrase, actor: a.actor });
  const dates = distinct(extraction.flatMap((x) => x.events.map((e) => e.date)));
  const speakers = distinct(extraction.flatMap((x) => x.quotes.map((q) => q.speaker)));
  return {
    stored: await readStoredCopies(
      sql,
      inputs.map((i) => i.doc),
    ),
    entities: await readEntities(sql, inputs),
    events: await candidates('events', dates, memory, (keys) => readEventCandidates(sql, keys)),
    quotes: await candidates('quotes', speakers, memory, (keys) => readQuoteCandidates(sql, keys)),
    assessments: await candidates('assessments', [...assessmentKeys.keys()], memory, (keys) =>
      readAssessmentCandidates(
        sql,
        keys.map((k) => assessmentKeys.get(k) as { phrase: string; actor: string | null }),
      ),
    ),
  };
}
