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
  const lists = listItems(paragraphs);
  const lastParagraph = paragraphs.length - 1;
  const events = paragraphs.flatMap((p, paragraph) =>
    p.sentences.flatMap((s, i) => {
      const view: Located = {
        text: s.text,
        paragraph: p.text,
        last: paragraph === lastParagraph && i === p.sentences.length - 1,
        listItem: lists[paragraph] === true,
        at: paragraph,
        sentence: s,
      };
      const own = anchors[paragraph];
      return own ? sentenceEvents(view, own, ctx, spans) : [];
    }),
  );
  return withoutRepeats(events);
}

/** A sentence as the event rules read it, and where it stands. */
interface Located extends SentenceView {
  at: number;
  sentence: Sentence;
}

/**
 * The items of a list a paragraph ending in a colon introduces ("The actors:" / "exfiltrated data in
 * 2020."): they go on the sentence above, so they may open in lower case.
 */
function listItems(paragraphs: readonly Paragraph[]): boolean[] {
  const out: boolean[] = [];
  paragraphs.forEach((p, i) => {
    const above = paragraphs[i - 1]?.text ?? '';
    const continues = out[i - 1] === true && wordCount(above) <= 40 && /^\p{Ll}/u.test(p.text);
    out.push(/:\s*$/.test(above) || continues);
  });
  return out;
}

function sentenceEvents(
  view: Located,
  anchors: ParagraphAnchors,
  ctx: DateContext,
  spans: EntitySpan[],
): DatedEvent[] {
  const s = view.sentence;
  const visible = anchors.visible.slice(s.start, s.end);
  if (wordCount(visible) < MIN_WORDS || NOT_EVENT_SENTENCES.some((rule) => rule(view))) return [];
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
    const actors = actorsIn(spans, view.at, s.start + from, s.start + to);
    return [{ date: d.iso as IsoDate, text, datePhrase: d.text, actors, paragraph: view.at }];
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
