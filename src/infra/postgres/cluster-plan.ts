// Merged rows planned in memory for a batch of documents (ADR 7, ADR 14): each event, quote and assessment
// compared with core's rules against the recent clusters of its key (read once for the batch), joining one
// or starting one. Clusters started here get temporary ids (-1, -2, …) that the flush replaces with ids
// from the table's sequence, in the order the clusters were started.
import { mergeWords, sameAssessment, sameEvent, sameQuote } from '../../core/merge.js';
import type { Assessment, AssessmentBand, DatedEvent, Quote } from '../../core/model.js';
import {
  type AssessmentCandidate,
  assessmentKey,
  type EventCandidate,
  joinEvent,
  joinQuote,
  type QuoteCandidate,
} from '../store/merge-steps.js';
import { RecentClusters } from '../store/recent-clusters.js';

/** A cluster this batch changes: started here (`fresh`) or joined; `text` is its new wording, if any. */
export interface ClusterChange<C> {
  candidate: C;
  fresh: boolean;
  text: string | null;
  /** Documents it gains. */
  docs: number;
}
export type EventChange = ClusterChange<EventCandidate> & { dateStart: string; dateEnd: string };
export type AssessmentChange = ClusterChange<AssessmentCandidate> & { band: AssessmentBand };

/** The recent clusters of each key as read for the batch, newest first. */
export interface ClusterFacts {
  events: Map<string, EventCandidate[]>;
  quotes: Map<string, QuoteCandidate[]>;
  assessments: Map<string, AssessmentCandidate[]>;
}

/** A list of the map's that stays the same object, so what a batch adds to it is never lost. */
function listOf<T>(map: Map<string, T[]>, key: string): T[] {
  const list = map.get(key) ?? [];
  map.set(key, list);
  return list;
}

/** One kind of cluster through a batch: the candidates, the changes, and the next temporary id. */
class ClusterPlan<C extends { id: number }, Change extends ClusterChange<C>> {
  readonly recent: RecentClusters<C>;
  readonly changes = new Map<number, Change>();
  private fresh = 0;
  /** The clusters the current document's rows are in already: it counts once in each. */
  private ofDocument = new Set<number>();
  constructor(facts: Map<string, C[]>) {
    this.recent = new RecentClusters((key) => listOf(facts, key));
  }
  nextDocument(): void {
    this.ofDocument = new Set();
  }
  /** 1 the first time the current document has a row in cluster `id`, else 0. */
  countDocument(id: number): number {
    if (this.ofDocument.has(id)) return 0;
    this.ofDocument.add(id);
    return 1;
  }
  /** How many clusters the batch starts: the temporary ids -1 … -count. */
  get started(): number {
    return this.fresh;
  }
  start(key: string, candidate: Omit<C, 'id'>, change: Omit<Change, 'candidate' | 'fresh' | 'docs'>): C {
    const c = { ...candidate, id: -++this.fresh } as C;
    this.recent.started(key, c);
    this.changes.set(c.id, {
      ...change,
      candidate: c,
      fresh: true,
      docs: this.countDocument(c.id),
    } as Change);
    return c;
  }
  /** Gives the clusters the batch started their stored ids (`allocated[0]` for -1, …). */
  settle(allocated: readonly number[]): void {
    for (const change of this.changes.values())
      if (change.fresh) change.candidate.id = allocated[-change.candidate.id - 1] ?? Number.NaN;
  }
  /** The change of a joined cluster, made when first joined. */
  joined(c: C, extra: Omit<Change, 'candidate' | 'fresh' | 'docs' | 'text'>): Change {
    let change = this.changes.get(c.id);
    if (!change) {
      change = { ...extra, candidate: c, fresh: false, text: null, docs: 0 } as Change;
      this.changes.set(c.id, change);
    }
    return change;
  }
}

/** The merged clusters of a batch: every row's cluster, and what each cluster gains. */
export class ClusterPlans {
  readonly events: ClusterPlan<EventCandidate, EventChange>;
  readonly quotes: ClusterPlan<QuoteCandidate, ClusterChange<QuoteCandidate>>;
  readonly assessments: ClusterPlan<AssessmentCandidate, AssessmentChange>;
  /** Event actors to index: actor, date, cluster, and the cluster's bounds. */
  readonly actors: [string, string, number, { dateStart: string; dateEnd: string }][] = [];

  constructor(facts: ClusterFacts) {
    this.events = new ClusterPlan(facts.events);
    this.quotes = new ClusterPlan(facts.quotes);
    this.assessments = new ClusterPlan(facts.assessments);
  }

  /** After the flush: the started clusters' candidates carry their stored ids, so a memory may keep them. */
  settle(ids: Record<'events' | 'quotes' | 'assessments', readonly number[]>): void {
    this.events.settle(ids.events);
    this.quotes.settle(ids.quotes);
    this.assessments.settle(ids.assessments);
  }

  /** Starts the rows of another document. */
  nextDocument(): void {
    for (const plan of [this.events, this.quotes, this.assessments]) plan.nextDocument();
  }

  eventCluster(
    e: Pick<DatedEvent, 'date' | 'text' | 'actors'> & { dateStart: string; dateEnd: string },
  ): number {
    const words = mergeWords(e.text);
    // A cluster's bounds follow from its date, which every row joining it shares.
    const bounds = { dateStart: e.dateStart, dateEnd: e.dateEnd };
    const twin = this.events.recent
      .of(e.date)
      .find((c) => sameEvent({ date: e.date, words, actors: e.actors }, c));
    if (!twin) {
      const c = this.events.start(
        e.date,
        { date: e.date, length: e.text.length, words, actors: [...e.actors] },
        { text: e.text, ...bounds },
      );
      for (const a of new Set(e.actors)) this.actors.push([a, e.date, c.id, bounds]);
      return c.id;
    }
    const change = this.events.joined(twin, bounds);
    const { longer, added } = joinEvent(twin, e, words);
    if (longer) change.text = e.text;
    change.docs += this.events.countDocument(twin.id);
    for (const a of added) this.actors.push([a, e.date, twin.id, bounds]);
    return twin.id;
  }

  quoteCluster(q: Pick<Quote, 'speaker' | 'role' | 'text'>): number {
    const words = mergeWords(q.text);
    const c = this.quotes.recent.of(q.speaker).find((c) => sameQuote({ speaker: q.speaker, words }, c));
    if (!c) {
      const started = this.quotes.start(
        q.speaker,
        { speaker: q.speaker, length: q.text.length, words, role: q.role },
        { text: q.text },
      );
      return started.id;
    }
    const change = this.quotes.joined(c, {});
    if (joinQuote(c, q, words)) change.text = q.text;
    change.docs += this.quotes.countDocument(c.id);
    return c.id;
  }

  assessmentCluster(a: Pick<Assessment, 'phrase' | 'band' | 'actor' | 'text'>): number {
    const shape = { phrase: a.phrase, actor: a.actor, words: mergeWords(a.text) };
    const key = assessmentKey(a.phrase, a.actor);
    const c = this.assessments.recent.of(key).find((c) => sameAssessment(shape, c));
    if (!c) {
      return this.assessments.start(key, shape, { text: a.text, band: a.band }).id;
    }
    this.assessments.joined(c, { band: a.band }).docs += this.assessments.countDocument(c.id);
    return c.id;
  }
}
