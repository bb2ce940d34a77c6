// What several outlets report, merged: the same quote (small wording differences, truncation), the same
// event (same date, overlapping words or actors), the same entity. Confidence wording is never merged
// across sources: each source keeps its own phrase.
import type { AssessmentRow, EventRow, QuoteRow } from './ports.js';
import { contentWords, overlap } from './text/normalise.js';

export interface MergedQuote {
  speaker: string;
  role: string | null;
  text: string;
  docIds: string[];
}

export interface MergedEvent {
  date: string;
  text: string;
  actors: string[];
  docIds: string[];
}

export interface MergedAssessment {
  phrase: string;
  band: string;
  text: string;
  actor: string | null;
  docIds: string[];
}

/** Quotes by the same speaker whose words mostly coincide are one quote; the longest wording is kept. */
export function mergeQuotes(rows: QuoteRow[]): MergedQuote[] {
  const out: (MergedQuote & { words: string[] })[] = [];
  // Longest first, so a truncated or split quote joins the full one instead of starting its own row.
  for (const q of [...rows].sort((a, b) => b.text.length - a.text.length)) {
    const words = contentWords(q.text);
    const twin = out.find((m) => m.speaker === q.speaker && overlap(words, m.words) >= 0.8);
    if (twin) {
      if (!twin.docIds.includes(q.docId)) twin.docIds.push(q.docId);
      if (q.text.length > twin.text.length) Object.assign(twin, { text: q.text, words });
      twin.role ??= q.role;
      continue;
    }
    out.push({ speaker: q.speaker, role: q.role, text: q.text, docIds: [q.docId], words });
  }
  // Back in reading order: the first source's order of paragraphs.
  return out.map(({ words: _w, ...m }) => m).sort((a, b) => firstIndex(rows, a) - firstIndex(rows, b));
}

function firstIndex(rows: QuoteRow[], q: MergedQuote): number {
  return rows.findIndex(
    (r) =>
      q.docIds.includes(r.docId) &&
      q.speaker === r.speaker &&
      overlap(contentWords(r.text), contentWords(q.text)) >= 0.8,
  );
}

/** Events on the same date that share most words or an actor and half their words are one row. */
export function mergeEvents(rows: EventRow[]): MergedEvent[] {
  const out: (MergedEvent & { words: string[] })[] = [];
  // Only events on the same date can merge: compare within each date, not across the whole corpus.
  const byDate = new Map<string, (MergedEvent & { words: string[] })[]>();
  for (const e of [...rows].sort((a, b) => b.text.length - a.text.length)) {
    const words = contentWords(e.text);
    const sameDate = byDate.get(e.date) ?? [];
    byDate.set(e.date, sameDate);
    const twin = sameDate.find((m) => {
      const o = overlap(words, m.words);
      const sharedActor = e.actors.some((a) => m.actors.includes(a));
      return o >= 0.6 || (sharedActor && o >= 0.4);
    });
    if (twin) {
      if (!twin.docIds.includes(e.docId)) twin.docIds.push(e.docId);
      for (const a of e.actors) if (!twin.actors.includes(a)) twin.actors.push(a);
      continue;
    }
    const merged = { date: e.date, text: e.text, actors: [...e.actors], docIds: [e.docId], words };
    out.push(merged);
    sameDate.push(merged);
  }
  // Oldest first; a range sorts by its start, and a year before the months inside it.
  return out.map(({ words: _w, ...m }) => m).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Identical wording about the same claim is merged; different wording stays side by side. */
export function mergeAssessments(rows: AssessmentRow[]): MergedAssessment[] {
  const out: (MergedAssessment & { words: string[] })[] = [];
  for (const a of rows) {
    const words = contentWords(a.text);
    const twin = out.find(
      (m) => m.phrase === a.phrase && m.actor === a.actor && overlap(words, m.words) >= 0.6,
    );
    if (twin) {
      if (!twin.docIds.includes(a.docId)) twin.docIds.push(a.docId);
      continue;
    }
    out.push({ phrase: a.phrase, band: a.band, text: a.text, actor: a.actor, docIds: [a.docId], words });
  }
  return out.map(({ words: _w, ...m }) => m);
}
