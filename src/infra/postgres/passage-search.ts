// Passage search on PostgreSQL (ADR 14): a GIN index over each passage's `tsvector`, ranked with ts_rank
// and limited in SQL. Planning is core's (query-plans.ts); what to read for a plan is decided as SQLite
// decides it (../store/search-steps.ts); this file reads it: ranked, or newest first when every word is
// very common, pages cut from one order.
import type { PassagePage } from '../../core/passages.js';
import { correctionsOf, type QueryPlan, type QueryWord } from '../../core/search-query.js';
import { BEST_WINDOW, NEWEST_WINDOW, type PassageRow, pageOfFirst } from '../store/passage-pages.js';
import { COMMON_MIN_PASSAGES, COUNT_CAP, commonThreshold } from '../store/search-policy.js';
import { everyWordRead, type Found, hitsOf, markCommon, worthAnyWord } from '../store/search-steps.js';
import { firstValue, inTransaction, type Pool, rowsOf } from './pool.js';
import { toTsQuery } from './text-search.js';

/**
 * ts_rank's length normalisation: 1 divides a passage's rank by 1 + the logarithm of its length, as bm25
 * lets a long passage's many words count for less (ADR 14 measures the orders against FTS5's bm25).
 */
export const RANK_NORMALIZATION = 1;

// Orders read as ids (and documents, which cutting a page needs), the id breaking ties so every page sees
// one order; the text of a page's passages is read after, for them alone: the newest-first window is 240
// passages, and their text is most of what a search would carry. The ranked read counts its matches in the
// same pass (every match is read to be ranked anyway: reading them twice was half a ranked search).
const BEST = `SELECT id, "docId", rank, count(*) OVER () AS total FROM (
    SELECT id, doc_id AS "docId", -ts_rank(tsv, $1::tsquery, ${RANK_NORMALIZATION}) AS rank FROM passages
    WHERE tsv @@ $1::tsquery) AS m
  ORDER BY rank, id LIMIT $2 OFFSET $3`;

/**
 * How many of the newest passages a newest-first read walks back through in id order, testing each one:
 * very common words' matches are dense there, so the page is found after a few thousand (1.4 ms for 240 of
 * 52,906 matches at 100,000 documents), where the index hands over every match to be sorted by id
 * (0.4-1.2 s). Matches older than the walk are few when the walk found too few, and read from the index.
 */
export const NEWEST_WALK = 50_000;

type Page = { offset: number; limit: number };
type Ranked = { id: number; docId: string; rank: number; total?: number };

/** The ids of a page cut from an order whose first `window` rows put each document's first row ahead. */
async function cut(
  read: (n: number, at: number) => Promise<Ranked[]>,
  window: number,
  { offset, limit }: Page,
) {
  if (offset >= window) return read(limit, offset);
  return pageOfFirst(await read(Math.max(window, offset + limit), 0), window, offset, limit);
}

/**
 * Matches `at` to `at + n` newest first: walked back from the newest passage down to the passage after
 * `floor`, then the older from the index.
 */
async function newestMatches(
  pool: Pool,
  query: string,
  floor: number,
  n: number,
  at: number,
): Promise<Ranked[]> {
  const wanted = n + at;
  const select = `SELECT id, doc_id AS "docId", 0 AS rank FROM passages WHERE tsv @@ $1::tsquery`;
  // The planner, misjudging how many passages a tsquery matches, would take every match from the index.
  const walked = (await inTransaction(pool, async (client) => {
    await client.query('SET LOCAL enable_bitmapscan = off');
    return rowsOf(client, `${select} AND id > $2 ORDER BY id DESC LIMIT $3`, [query, floor, wanted]);
  })) as Ranked[];
  const older =
    walked.length < wanted && floor > 0
      ? ((await rowsOf(pool, `${select} AND id <= $2 ORDER BY id DESC LIMIT $3`, [
          query,
          floor,
          wanted - walked.length,
        ])) as Ranked[])
      : [];
  return [...walked, ...older].slice(at);
}

/** The page's passages, in its order. */
async function passages(pool: Pool, page: Ranked[]): Promise<PassageRow[]> {
  if (page.length === 0) return [];
  const rows = (await rowsOf(
    pool,
    'SELECT id, paragraph, title, text FROM passages WHERE id = ANY($1::int[])',
    [page.map((r) => r.id)],
  )) as { id: number; paragraph: number; title: string | null; text: string }[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return page.flatMap(({ id, docId, rank }) => {
    const p = byId.get(id);
    return p ? [{ docId, paragraph: p.paragraph, title: p.title, text: p.text, rank }] : [];
  });
}

/** Ranked: every match counted, the page cut from the ranked order. */
async function readBest(pool: Pool, query: string, page: Page): Promise<Found> {
  let total: number | undefined;
  const read = async (n: number, at: number) => {
    const rows = (await rowsOf(pool, BEST, [query, n, at])) as Ranked[];
    total = rows[0]?.total === undefined ? undefined : Number(rows[0].total);
    return rows;
  };
  const rows = await cut(read, BEST_WINDOW, page);
  // A page past the last match has no row to carry the count.
  total ??=
    (await firstValue<number>(pool, 'SELECT count(*) FROM passages WHERE tsv @@ $1::tsquery', [query])) ?? 0;
  return { rows: await passages(pool, rows), total: Number(total), exact: true, order: 'best' };
}

/**
 * Newest first: counted up to COUNT_CAP, or to the page asked for, so a page past the end is told exactly;
 * the count takes matches in the index's order, which needs no sorting and stops at the cap.
 */
async function readNewest(pool: Pool, query: string, page: Page, floor: number): Promise<Found> {
  const cap = Math.max(COUNT_CAP, page.offset + page.limit);
  const [counted, rows] = await Promise.all([
    firstValue<number>(
      pool,
      'SELECT count(*) FROM (SELECT 1 FROM passages WHERE tsv @@ $1::tsquery LIMIT $2) AS m',
      [query, cap + 1],
    ),
    cut((n, at) => newestMatches(pool, query, floor, n, at), NEWEST_WINDOW, page),
  ]);
  const n = Number(counted ?? 0);
  return { rows: await passages(pool, rows), total: Math.min(n, cap), exact: n <= cap, order: 'newest' };
}

const commonKey = (w: QueryWord) => `${w.prefix ? '*' : ''}${w.term}`;

/**
 * The words of the plan (as typed, and as prefixes) in more passages than a very common word is: counted
 * from `passage_terms`, a word with its forms and corrections, a prefix with every word it begins. Nothing
 * is very common in a corpus of fewer than COMMON_MIN_PASSAGES passages. Also the newest passage's id.
 */
async function commonWords(pool: Pool, plan: QueryPlan): Promise<{ words: Set<string>; last: number }> {
  if (plan.words.length === 0) return { words: new Set(), last: 0 };
  const asked = plan.words.flatMap((w) => [{ ...w, prefix: false }, ...(w.prefix ? [w] : [])]);
  const exact = asked.flatMap((w, i) =>
    [w.term, ...w.forms, ...w.alternatives].map((term) => [i, term] as const),
  );
  const prefixes = asked.flatMap((w, i) => (w.prefix ? [[i, w.term] as const] : []));
  // The newest passage's id stands for how many there are (row -1): counting them all reads them all.
  const rows = (await rowsOf(
    pool,
    `SELECT -1 AS i, coalesce(max(id), 0) AS passages FROM passages
     UNION ALL
     SELECT i, sum(n) FROM (
       SELECT k.i, t.passages AS n FROM unnest($1::int[], $2::text[]) AS k(i, term)
       JOIN passage_terms t ON t.term = k.term
       UNION ALL
       SELECT k.i, (SELECT sum(passages) FROM passage_terms t WHERE t.term > k.term AND t.term < k.term || chr(1114111))
       FROM unnest($3::int[], $4::text[]) AS k(i, term)
     ) AS counts GROUP BY i`,
    [exact.map(([i]) => i), exact.map(([, t]) => t), prefixes.map(([i]) => i), prefixes.map(([, t]) => t)],
  )) as { i: number; passages: number | null }[];
  const last = Number(rows.find((r) => r.i === -1)?.passages ?? 0);
  if (last < COMMON_MIN_PASSAGES) return { words: new Set(), last };
  const threshold = commonThreshold(last, last);
  const words = new Set(
    rows
      .filter((r) => r.i >= 0 && (r.passages ?? 0) > threshold)
      .map((r) => commonKey(asked[r.i] as QueryWord)),
  );
  return { words, last };
}

/** The matches of a plan whose every word holds, read as `everyWordRead` says. */
async function readEvery(
  pool: Pool,
  p: QueryPlan,
  common: QueryWord[],
  page: Page,
  floor: number,
): Promise<Found> {
  const read = everyWordRead(p, common);
  const query = toTsQuery(read.plan, 'AND') ?? '';
  return read.order === 'newest' ? readNewest(pool, query, page, floor) : readBest(pool, query, page);
}

/** A page of the passages matching a plan; `walk` is how far a newest-first read walks (NEWEST_WALK). */
export async function searchPassages(
  pool: Pool,
  planned: QueryPlan,
  page: Page,
  walk = NEWEST_WALK,
): Promise<PassagePage> {
  const { words: common, last } = await commonWords(pool, planned);
  const { plan: p, common: marked } = markCommon(planned, (w) => common.has(commonKey(w)));
  const and = toTsQuery(p, 'AND');
  const corrected = correctionsOf(p);
  if (and === null) return { hits: [], total: 0, exact: true, order: 'best', every: true, corrected };
  // The newest passage came with the word counts: a newest-first read walks back from it.
  let found = await readEvery(pool, p, marked, page, Math.max(0, last - walk));
  let every = true;
  if (found.total === 0 && worthAnyWord(p)) {
    found = await readBest(pool, toTsQuery(p, 'OR') ?? and, page);
    every = false;
  }
  return {
    hits: hitsOf(found.rows, p),
    total: found.total,
    exact: found.exact,
    order: found.order,
    every,
    corrected,
  };
}
