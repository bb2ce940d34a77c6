// What several outlets report, merged: the same quote (small wording differences, truncation), the same
// event (same date, overlapping words or actors), the same entity. Confidence wording is never merged
// across sources: each source keeps its own phrase.
//
// The rules are the `same…` predicates below. The store applies them as each row is stored (a row joins
// the cluster of an earlier row it matches), so commands read merged rows with LIMIT; the `merge…`
// functions apply the same rules to a handful of rows in memory (a briefing's new documents).
import type { AssessmentBand } from './model.js';
import type { AssessmentRow, EventRow, QuoteRow } from './ports.js';
import { bagOverlap, contentWords, type WordBag, wordBag } from './text/normalise.js';

export interface MergedQuote {
  speaker: string;
  role: string | null;
  text: string;
  /** The reporting documents, first reporter first; at most the first few when read from the store. */
  docIds: string[];
  /** How many documents report it (≥ docIds.length). */
  sourceCount: number;
}

export interface MergedEvent {
  date: string;
  text: string;
  actors: string[];
  docIds: string[];
  sourceCount: number;
}

export interface MergedAssessment {
  phrase: string;
  band: AssessmentBand;
  text: string;
  actor: string | null;
  docIds: string[];
  sourceCount: number;
}

/** What the rules compare: the content words of a row's text, plus the keys that must be equal. */
export interface QuoteShape {
  speaker: string;
  words: WordBag;
}
export interface EventShape {
  date: string;
  words: WordBag;
  actors: readonly string[];
}
export interface AssessmentShape {
  phrase: string;
  actor: string | null;
  words: WordBag;
}

/** The words the rules compare, counted; computed once per row (the store keeps them as `words.words`). */
export const mergeWords = (text: string): WordBag => wordBag(contentWords(text));

/** Same speaker, and the shorter wording is (nearly) contained in the longer: a truncation or re-quote. */
export function sameQuote(a: QuoteShape, b: QuoteShape): boolean {
  return a.speaker === b.speaker && bagOverlap(a.words, b.words) >= 0.8;
}

/** Same date, and most words shared, or an actor shared and half the words. */
export function sameEvent(a: EventShape, b: EventShape): boolean {
  if (a.date !== b.date) return false;
  const o = bagOverlap(a.words, b.words);
  return o >= 0.6 || (o >= 0.4 && a.actors.some((x) => b.actors.includes(x)));
}

/** Same wording about the same actor, and mostly the same sentence. */
export function sameAssessment(a: AssessmentShape, b: AssessmentShape): boolean {
  return a.phrase === b.phrase && a.actor === b.actor && bagOverlap(a.words, b.words) >= 0.6;
}

/** Quotes by the same speaker whose words mostly coincide are one quote; the longest wording is kept. */
export function mergeQuotes(rows: QuoteRow[]): MergedQuote[] {
  const out: (MergedQuote & QuoteShape & { first: number })[] = [];
  // Longest first, so a truncated or split quote joins the full one instead of starting its own row.
  const order = rows.map((q, i) => ({ q, i })).sort((a, b) => b.q.text.length - a.q.text.length);
  for (const { q, i } of order) {
    const shape = { speaker: q.speaker, words: mergeWords(q.text) };
    const twin = out.find((m) => sameQuote(shape, m));
    if (twin) {
      if (!twin.docIds.includes(q.docId)) twin.docIds.push(q.docId);
      twin.role ??= q.role;
      twin.first = Math.min(twin.first, i);
      continue;
    }
    out.push({ ...shape, role: q.role, text: q.text, docIds: [q.docId], sourceCount: 0, first: i });
  }
  // Back in reading order: where the quote first appears among the rows.
  return out
    .sort((a, b) => a.first - b.first)
    .map(({ words: _w, first: _f, ...m }) => ({ ...m, sourceCount: m.docIds.length }));
}

/** Events on the same date that share most words or an actor and half their words are one row. */
export function mergeEvents(rows: EventRow[]): MergedEvent[] {
  const out: (MergedEvent & EventShape)[] = [];
  // Only events on the same date can merge: compare within each date, not across the whole list.
  const byDate = new Map<string, (MergedEvent & EventShape)[]>();
  for (const e of [...rows].sort((a, b) => b.text.length - a.text.length)) {
    const shape = { date: e.date, words: mergeWords(e.text), actors: e.actors };
    const sameDate = byDate.get(e.date) ?? [];
    byDate.set(e.date, sameDate);
    const twin = sameDate.find((m) => sameEvent(shape, m));
    if (twin) {
      if (!twin.docIds.includes(e.docId)) twin.docIds.push(e.docId);
      for (const a of e.actors) if (!twin.actors.includes(a)) twin.actors.push(a);
      continue;
    }
    const merged = { ...shape, text: e.text, actors: [...e.actors], docIds: [e.docId], sourceCount: 0 };
    out.push(merged);
    sameDate.push(merged);
  }
  // Oldest first; a range sorts by its start, and a year before the months inside it.
  return out
    .map(({ words: _w, ...m }) => ({ ...m, sourceCount: m.docIds.length }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Identical wording about the same claim is merged; different wording stays side by side. */
export function mergeAssessments(rows: AssessmentRow[]): MergedAssessment[] {
  const out: (MergedAssessment & AssessmentShape)[] = [];
  for (const a of rows) {
    const shape = { phrase: a.phrase, actor: a.actor, words: mergeWords(a.text) };
    const twin = out.find((m) => sameAssessment(shape, m));
    if (twin) {
      if (!twin.docIds.includes(a.docId)) twin.docIds.push(a.docId);
      continue;
    }
    out.push({ ...shape, band: a.band, text: a.text, docIds: [a.docId], sourceCount: 0 });
  }
  return out.map(({ words: _w, ...m }) => ({ ...m, sourceCount: m.docIds.length }));
}
