// Merged events in timeline order, a page at a time with their total: every event, an actor's or a
// topic's, within a period or not. Each case reads through an index in timeline order and stops at the
// page, so an answer costs the same at 1,000 documents and at 1,000,000 (ADR 7, docs/benchmark.md).
import type { MergedEvent } from '../../core/merge.js';
import type { ClusterPage } from '../../core/ports.js';
import { OPEN_END, OPEN_START, periodBounds } from '../store/dates.js';
import { withCorrections } from '../store/merged-pages.js';
import { eventClusterRow, readRow } from '../store/rows.js';
import { citedDocuments, type TopicMatch } from './clusters.js';
import type { Db } from './database.js';
import { type EventPart, type EventQueries, type PeriodParts, prepareEventQueries } from './event-queries.js';
import type { CorpusReader } from './synchronous.js';

/**
 * Reading one matching event cluster (and sorting it into place) costs about as much as walking this many
 * entries of the timeline index: 3.5 µs against 0.1 µs, measured at 2.3M clusters.
 */
const MATCH_READ_COST_IN_WALKED = 35;

/**
 * Whether finding `wanted` of a topic's `matches` in timeline order reads less by walking the timeline
 * index and keeping the matches (about wanted × clusters / matches entries passed) than by reading every
 * match and sorting. A common word's first page comes from a short walk; a rare word's from its few rows.
 */
export function walkReadsLess(matches: number, clusters: number, wanted: number): boolean {
  return wanted * clusters < matches * matches * MATCH_READ_COST_IN_WALKED;
}

type Period = { from: string; to: string; actor?: string; match?: string };
/** One stretch of a period's timeline: its rows from an offset, and its count, read at most once. */
type Segment = { rows(limit: number, offset: number): unknown[]; count(): number };
type Page = { rows: unknown[]; total: number };

function segment(part: EventPart, bound: object): Segment {
  let counted: number | undefined;
  return {
    rows: (limit, offset) => part.rows.all({ ...bound, limit, offset }),
    count: () => (counted ??= part.count.get(bound) ?? 0),
  };
}

/** A year as its dates' prefix; past every date string after 9999, which a year 10000 would not sort. */
const yearKey = (y: number) => (y > 9999 ? '\uffff' : String(y).padStart(4, '0'));

/**
 * A period's segments in timeline order: ranges begun in earlier years, then the period's years. Where
 * whole years read cheaper unchecked, a year the period starts or ends within is its own segment.
 */
function segmentsOf(parts: PeriodParts, period: Period): Segment[] {
  const first = Number(period.from.slice(0, 4));
  const last = Number(period.to.slice(0, 4));
  // An open start has no earlier years: its years take every date string, even an open range
  // ('../2021') that sorts before '0000'.
  const openStart = period.from === OPEN_START;
  const years = (lo: number, hi: number, part: EventPart) =>
    segment(part, { ...period, lo: lo === first && openStart ? '' : yearKey(lo), hi: yearKey(hi + 1) });
  const early = openStart ? [] : [segment(parts.early, { ...period, firstYear: yearKey(first) })];
  const startsWithin = period.from !== `${yearKey(first)}-01-01`;
  const endsWithin = period.to !== `${yearKey(last)}-12-31`;
  const { whole } = parts;
  if (!whole) return [...early, years(first, last, parts.checked)];
  if (first === last)
    return [...early, years(first, last, startsWithin || endsWithin ? parts.checked : whole)];
  const inner = { lo: startsWithin ? first + 1 : first, hi: endsWithin ? last - 1 : last };
  return [
    ...early,
    ...(startsWithin ? [years(first, first, parts.checked)] : []),
    ...(inner.lo <= inner.hi ? [years(inner.lo, inner.hi, whole)] : []),
    ...(endsWithin ? [years(last, last, parts.checked)] : []),
  ];
}

/** A page across segments, counting only the segments it skips whole. */
function pageOf(segments: Segment[], limit: number, offset: number): unknown[] {
  const rows: unknown[] = [];
  let skip = offset;
  for (const s of segments) {
    if (rows.length === limit) break;
    const got = s.rows(limit - rows.length, skip);
    rows.push(...got);
    skip = got.length > 0 ? 0 : Math.max(0, skip - s.count());
  }
  return rows;
}

const countOf = (segments: Segment[]) => segments.reduce((n, s) => n + s.count(), 0);

function inPeriod(parts: PeriodParts, period: Period, limit: number, offset: number): Page {
  const segments = segmentsOf(parts, period);
  return { rows: pageOf(segments, limit, offset), total: countOf(segments) };
}

/** The event clusters whose wording matches, in timeline order, each part read whichever way reads less. */
function withWords(
  q: EventQueries,
  period: Period & { match: string },
  open: boolean,
  page: { limit: number; offset: number },
): Page {
  const { limit, offset } = page;
  const matches = q.words.matches.get(period.match) ?? 0;
  if (matches === 0) return { rows: [], total: 0 };
  const clusters = q.words.clusters.get() ?? 0;
  const walk = (wanted: number) => walkReadsLess(matches, clusters, wanted);
  const segments = segmentsOf(q.period.matching, period);
  return {
    rows: walk(offset + limit)
      ? pageOf(segments, limit, offset)
      : q.words.each.rows.all({ ...period, limit, offset }),
    // Counting a period wants every match in it.
    total: open ? matches : walk(matches) ? countOf(segments) : (q.words.each.count.get(period) ?? 0),
  };
}

/** One page of event clusters: an actor's, a topic's (`match`), or all; within the period. */
function eventPage(
  q: EventQueries,
  { actor, range, limit, offset = 0 }: Parameters<CorpusReader['eventClusters']>[0],
  match: string | null,
): Page {
  const { from, to } = periodBounds(range);
  const open = from === OPEN_START && to === OPEN_END;
  if (actor !== undefined && open) {
    const e = q.actorEverything;
    return { rows: e.rows.all({ actor, limit, offset }), total: e.count.get(actor) ?? 0 };
  }
  if (actor === undefined && !match && open) {
    return { rows: q.everything.rows.all({ limit, offset }), total: q.everything.count.get() ?? 0 };
  }
  if (actor !== undefined) return inPeriod(q.period.actor, { from, to, actor }, limit, offset);
  if (!match) return inPeriod(q.period.all, { from, to }, limit, offset);
  return withWords(q, { from, to, match }, open, { limit, offset });
}

export function createEventReader(db: Db, topicMatch: TopicMatch): Pick<CorpusReader, 'eventClusters'> {
  const q = prepareEventQueries(db);
  const cited = citedDocuments(db, 'events');
  const toEvent = (row: unknown): MergedEvent => {
    const r = readRow(eventClusterRow, 'event_clusters', row);
    return { date: r.date, text: r.text, actors: r.actors, docIds: cited(r.id), sourceCount: r.docs };
  };
  return {
    eventClusters(query): ClusterPage<MergedEvent> {
      const topic = query.words ? topicMatch(query.words) : null;
      if (query.words && !topic) return { rows: [], total: 0 };
      const page = eventPage(q, query, topic?.expression ?? null);
      return withCorrections({ rows: page.rows.map(toEvent), total: page.total }, topic);
    },
  };
}
