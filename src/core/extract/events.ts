// Dated events: clauses that carry a date, one row per event. A quoted statement's dates count (a minister
// saying "In 2016, the agency was compromised"), a few quoted words woven into the reporter's sentence do
// not; a speaker's "today" is resolved against the day the statement was made (event-anchors.ts). What
// carries a date but is no event (questions, captions, targets, back-references…) is in event-filters.ts.
import type { DateContext, DateMention } from '../dates/date-rule.js';
import { findDates } from '../dates/find-dates.js';
import { openingDateline } from '../dates/parse-date.js';
import { mergeWords, sameEvent } from '../merge.js';
import type { DatedEvent, IsoDate } from '../model.js';
import { wordCount } from '../text/normalise.js';
import type { Paragraph, Sentence } from '../text/sentences.js';
import type { EntitySpan } from './entities.js';
import { type ParagraphAnchors, paragraphAnchors } from './event-anchors.js';
import { clausesOf } from './event-clauses.js';
import { NOT_EVENT_DATES, NOT_EVENT_SENTENCES, type SentenceView } from './event-filters.js';

const MIN_WORDS = 5;
/** "3.4 On 12 May 2019 …", "(2) On …": a section number is not part of the event. */
const SECTION_NUMBER = /^\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s+(?=\p{Lu})/u;
/** "WASHINGTON — Today, the Department …": the dateline's place is not part of the event either. */
const DATELINE_PLACE = /^\p{Lu}[\p{Lu}\s.,'’-]{2,40}\s[-–—]\s+(?=\p{Lu})/u;

/** The event's words without a section number or a dateline before them. */
function eventText(text: string, ctx: DateContext): string {
  const plain = text.replace(SECTION_NUMBER, '');
  const dateline = openingDateline(plain, ctx);
  return (dateline ? plain.slice(dateline.end) : plain.replace(DATELINE_PLACE, '')).trim();
}

export function extractEvents(
  paragraphs: readonly Paragraph[],
  spans: EntitySpan[],
  ctx: DateContext,
): DatedEvent[] {
  const anchors = paragraphAnchors(paragraphs, ctx);
  const lastParagraph = paragraphs.length - 1;
  const events = paragraphs.flatMap((p, paragraph) =>
    p.sentences.flatMap((s, i) => {
      const last = paragraph === lastParagraph && i === p.sentences.length - 1;
      return sentenceEvents(p, paragraph, s, last, anchors[paragraph], ctx, spans);
    }),
  );
  return withoutRepeats(events);
}

function sentenceEvents(
  p: Paragraph,
  paragraph: number,
  s: Sentence,
  last: boolean,
  anchors: ParagraphAnchors | undefined,
  ctx: DateContext,
  spans: EntitySpan[],
): DatedEvent[] {
  if (!anchors) return [];
  const visible = anchors.visible.slice(s.start, s.end);
  if (wordCount(visible) < MIN_WORDS) return [];
  const view: SentenceView = { text: s.text, paragraph: p.text, last };
  if (NOT_EVENT_SENTENCES.some((rule) => rule(view))) return [];
  const dates = datesOf(visible, s.start, anchors, ctx).filter(
    (d) => !NOT_EVENT_DATES.some((rule) => rule(d, view, ctx.published)),
  );
  return clausesOf(visible, dates).flatMap(([from, to], i) => {
    const d = dates[i];
    if (!d) return [];
    const text = eventText(
      s.text
        .slice(from, to)
        .replace(/^[,;\s]*(?:and\s+)?/i, '')
        .replace(/^["“‘]+/, ''),
      ctx,
    );
    const actors = actorsIn(spans, paragraph, s.start + from, s.start + to);
    return [{ date: d.iso as IsoDate, text, datePhrase: d.text, actors, paragraph }];
  });
}

/**
 * The sentence's dates: relative ones in the narrative against the narrative's day, relative ones inside a
 * quoted statement against the statement's day (left out when it is not known).
 */
function datesOf(
  visible: string,
  offset: number,
  anchors: ParagraphAnchors,
  ctx: DateContext,
): DateMention[] {
  const found = findDates(visible, anchors.narrative);
  return found.flatMap((d) => {
    if (!d.relative) return [d];
    const quote = anchors.quotes.find((q) => offset + d.start >= q.start && offset + d.end <= q.end);
    if (!quote) return [d];
    if (!quote.day) return [];
    const again = findDates(visible, { ...ctx, published: quote.day });
    return again.filter((x) => x.start === d.start && x.relative);
  });
}

function actorsIn(spans: EntitySpan[], paragraph: number, start: number, end: number): string[] {
  const inClause = spans.filter(
    (e) => e.paragraph === paragraph && e.start >= start && e.end <= end && e.kind !== 'country',
  );
  return [...new Set(inClause.map((e) => e.name))];
}

/** The same event told twice in one report ("On 17 May 2019 the Council adopted…" and a later recap): one row. */
function withoutRepeats(events: DatedEvent[]): DatedEvent[] {
  const kept: (DatedEvent & { words: ReturnType<typeof mergeWords> })[] = [];
  for (const e of events) {
    const shape = { ...e, words: mergeWords(e.text) };
    if (!kept.some((k) => sameEvent(k, shape))) kept.push(shape);
  }
  return kept.map(({ words: _w, ...e }) => e);
}
