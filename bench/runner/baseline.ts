// Plain SQLite FTS5 on the product's own database, as a baseline for /search, two ways:
// - same order: for each query, the work /search chose. A query of only very common words lists the
//   newest passages (`ORDER BY rowid DESC LIMIT 6`); a query with rarer words ranks them by bm25 with its
//   very common words dropped, as /search does; any other query ranks all its words. This is the
//   like-with-like comparison.
// - every match ranked: all the words, every match ranked by bm25. What /search would cost without its
//   very-common-word rule: not the same work for common words, and labelled so.
// Both match passage text only and rank by text alone, as /search does; neither has word forms, typo
// corrections, the OR fallback, counts, highlighting or citations.
import type Database from 'better-sqlite3';
import { parseQuery, type QueryWord, toMatchExpression } from '../../src/core/search-query.js';
import type { SqliteStore } from '../../src/infra/sqlite/store.js';
import type { QuerySets } from './queries.js';
import type { BaselineSeries, Latency } from './types.js';
import { progress, round, summarise } from './util.js';

type Order = 'best' | 'newest';

/** One /search query as plain FTS5: its MATCH, its order, and which way /search planned it. */
interface PlainQuery {
  match: string;
  order: Order;
  plan: 'newest' | 'ranked' | 'rarerWords';
}

/** A MATCH restricted to passage text, as /search matches (a passage is found for its own words). */
const inText = (expression: string) => `text : (${expression})`;

/**
 * The form in which /search takes `w` as a very common word, or null when it does not. Asked of /search
 * itself, so the harness holds no copy of its rule: a query of one word lists the newest passages exactly
 * when that word is very common. A word typed in full counts first (then it is no prefix); a prefix
 * counts when it begins very common words.
 */
function commonForm(
  w: QueryWord,
  orderOf: (q: string) => Order,
  held: (term: string) => boolean,
): QueryWord | null {
  // A trailing space ends the word: /search takes it as typed, not as a prefix.
  if (held(w.term) && orderOf(`${w.term} `) === 'newest') return { ...w, prefix: false };
  if (w.prefix && orderOf(w.term) === 'newest') return w;
  return null;
}

/** The plain query doing what /search does for `q`, or null when `q` has nothing to search for. */
export function sameOrderQuery(
  q: string,
  orderOf: (q: string) => Order,
  held: (term: string) => boolean,
): PlainQuery | null {
  const parsed = parseQuery(q);
  const forms = parsed.words.map((w) => commonForm(w, orderOf, held));
  const words = parsed.words.map((w, i) => forms[i] ?? w);
  const all = toMatchExpression({ words, phrases: parsed.phrases }, 'AND');
  if (all === null) return null;
  const common = forms.filter((f) => f !== null).length;
  if (common === 0) return { match: inText(all), order: 'best', plan: 'ranked' };
  if (common === words.length && parsed.phrases.length === 0)
    return { match: inText(all), order: 'newest', plan: 'newest' };
  const rarer = words.filter((_, i) => forms[i] === null);
  const match = toMatchExpression({ words: rarer, phrases: parsed.phrases }, 'AND') ?? all;
  return { match: inText(match), order: 'best', plan: 'rarerWords' };
}

/** Times `fn` over `asked` until done or `budgetMs` has passed; a query whose `fn` found no row counts as a user error. */
function timeSeries(asked: string[], budgetMs: number, fn: (q: string) => number): Latency {
  const times: number[] = [];
  let empty = 0;
  const start = performance.now();
  for (const q of asked) {
    const t0 = performance.now();
    const rows = fn(q);
    times.push(performance.now() - t0);
    if (rows === 0) empty++;
    if (performance.now() - start > budgetMs) break;
  }
  return summarise(times, asked, { userErrors: empty, cut: times.length < asked.length });
}

const memo = <T>(fn: (k: string) => T): ((k: string) => T) => {
  const cache = new Map<string, T>();
  return (k) => {
    if (!cache.has(k)) cache.set(k, fn(k));
    return cache.get(k) as T;
  };
};

type Statement = Database.Statement<[string], number>;

/** How many queries `/search` planned each way, and how many it answered in another order than planned. */
function countPlans(
  plain: Map<string, PlainQuery | null>,
  answered: Map<string, Order>,
): BaselineSeries['plans'] {
  const plans = { newest: 0, ranked: 0, rarerWords: 0, mismatched: 0 };
  for (const [q, p] of plain) {
    if (p) plans[p.plan]++;
    const actual = answered.get(q);
    if (actual !== undefined && actual !== (p?.order ?? 'best')) plans.mismatched++;
  }
  return plans;
}

/** SQLite's own passage search, timed without the Promise the core receives it in. */
type Search = Pick<SqliteStore, 'searchPassages'>;

/** One kind's three series: every match ranked, plain FTS5 in /search's order, the store's search alone. */
function kindSeries(
  asked: string[],
  e2e: Latency | undefined,
  sql: { ranked: Statement; newest: Statement; plain: Map<string, PlainQuery | null> },
  store: Search,
  budgetMs: number,
): BaselineSeries {
  const f = timeSeries(asked, budgetMs, (q) => {
    const expression = toMatchExpression(parseQuery(q), 'AND');
    return expression === null ? 0 : sql.ranked.all(inText(expression)).length;
  });
  const same = timeSeries(asked, budgetMs, (q) => {
    const p = sql.plain.get(q);
    return p ? (p.order === 'newest' ? sql.newest : sql.ranked).all(p.match).length : 0;
  });
  const answered = new Map<string, Order>();
  const s = timeSeries(asked, budgetMs, (q) => {
    const page = store.searchPassages(q, { offset: 0, limit: 5 });
    answered.set(q, page.order);
    return page.hits.length;
  });
  const ratio = (a: number | undefined, b: Latency) => round((a ?? 0) / Math.max(b.p50, 0.001), 2);
  return {
    fts5: f,
    sameOrder: same,
    plans: countPlans(sql.plain, answered),
    store: s,
    ratioP50: ratio(e2e?.p50, f),
    ratioP50Store: ratio(s.p50, f),
    sameOrderRatioP50: ratio(e2e?.p50, same),
    sameOrderRatioP50Store: ratio(s.p50, same),
  };
}

/**
 * Each /search kind as plain FTS5 queries on `db`, for as many queries as its /search series asked (the
 * same time budget can stop them earlier), with the product's store search alone for comparison.
 */
export function runBaselines(
  db: Database.Database,
  store: Search,
  queries: QuerySets['search'],
  opts: { commands: Record<string, Latency>; budgetMs: number },
): Record<string, BaselineSeries> {
  const ranked: Statement = db.prepare(
    'SELECT rowid FROM passages WHERE passages MATCH ? ORDER BY bm25(passages, 0.0, 1.0) LIMIT 6',
  );
  const newest: Statement = db.prepare(
    'SELECT rowid FROM passages WHERE passages MATCH ? ORDER BY rowid DESC LIMIT 6',
  );
  const any = db.prepare<[string], number>('SELECT 1 FROM passages WHERE passages MATCH ? LIMIT 1').pluck();
  const held = memo((term) => any.get(inText(`"${term.replace(/"/g, '""')}"`)) !== undefined);
  const orderOf = memo((q) => store.searchPassages(q, { offset: 0, limit: 1 }).order);
  const series: Record<string, BaselineSeries> = {};
  for (const [kind, list] of Object.entries(queries)) {
    const e2e = opts.commands[`search:${kind}`];
    const asked = list.slice(0, e2e?.n ?? list.length);
    const tp = performance.now();
    const plain = new Map(asked.map((q) => [q, sameOrderQuery(q, orderOf, held)]));
    const planSeconds = round((performance.now() - tp) / 1000, 1);
    const x = kindSeries(asked, e2e, { ranked, newest, plain }, store, opts.budgetMs);
    series[kind] = x;
    const { plans, sameOrder: same, fts5: f, store: s } = x;
    progress(
      `  fts5 ${kind.padEnd(7)} same order p50=${same.p50} p99=${same.p99} (newest ${plans.newest}, ranked ${plans.ranked}, rarer words ${plans.rarerWords}, planned unlike /search ${plans.mismatched}; planning ${planSeconds} s, not measured); every match ranked p50=${f.p50} p99=${f.p99} (no rows ${f.userErrors}); store.searchPassages p50=${s.p50} p99=${s.p99} ms`,
    );
  }
  return series;
}
