// The day each paragraph's "today" means. The narrative's is the page's, unless the page reproduces a
// statement that names its own day ("today (Wednesday)", "the statement made on Tuesday 4 June is as
// follows"). A quoted statement's is the day its introduction gives it, or the page's when the page itself
// speaks of "today"; otherwise a speaker's "today" stays unresolved rather than taken for the page's.
import type { DateContext } from '../dates/date-rule.js';
import { declaredToday, introducedDate, speaksOfToday } from '../dates/statement-date.js';
import type { IsoDate } from '../model.js';
import type { Paragraph } from '../text/sentences.js';
import { maskQuotes, type QuoteSpan, quoteSpans } from './quote-spans.js';

/** A quoted statement in a paragraph and the day its relative dates resolve against. */
export interface AnchoredQuote {
  start: number;
  end: number;
  day: IsoDate | null;
}

export interface ParagraphAnchors {
  /** The paragraph with quoted fragments blanked out (quoted statements stay: their dates count). */
  visible: string;
  /** The context the narrative's relative dates resolve in. */
  narrative: DateContext;
  quotes: AnchoredQuote[];
}

/** "“has been active since 2014”" woven into a sentence is a fragment; a statement opens with a capital. */
const isStatement = (p: string, q: QuoteSpan) => /^\s*[\p{Lu}\p{N}]/u.test(p.slice(q.start, q.end));

export function paragraphAnchors(paragraphs: readonly Paragraph[], ctx: DateContext): ParagraphAnchors[] {
  const spans = paragraphs.map((p) => quoteSpans(p.text, 1));
  const narrativeText = paragraphs.map((p, i) => maskQuotes(p.text, spans[i])).join('\n\n');
  const pageDay = declaredToday(narrativeText, ctx) ?? ctx.published;
  const quoteDayByDefault = speaksOfToday(narrativeText) ? pageDay : null;
  let narrative: DateContext = { ...ctx, published: pageDay };
  let previous: AnchoredQuote | null = null;
  return paragraphs.map((p, i) => {
    const own = spans[i] ?? [];
    const statements = own.filter((q) => isStatement(p.text, q));
    const quotes: AnchoredQuote[] = [];
    for (const q of statements) {
      const day =
        previous && (quotes.length > 0 || q.start <= 1) && !leadOf(p, q, paragraphs[i - 1])
          ? previous.day
          : quoteDay(leadOf(p, q, paragraphs[i - 1]), narrative, quoteDayByDefault);
      previous = { start: q.start, end: q.end, day };
      quotes.push(previous);
    }
    if (quotes.length === 0) previous = null;
    const anchors: ParagraphAnchors = {
      visible: maskQuotes(
        p.text,
        own.filter((q) => !statements.includes(q)),
      ),
      narrative,
      quotes,
    };
    // An unquoted statement reproduced after its introduction: what follows speaks of the statement's day.
    const introduces = own.length === 0 ? introducedDate(p.text, narrative) : null;
    if (introduces) narrative = { ...ctx, published: introduces };
    return anchors;
  });
}

/**
 * What introduces a paragraph's first quote: the words before it, or the paragraph above when the quote
 * opens the paragraph and the one above ends with a colon ("… issued the following statement:").
 */
function leadOf(p: Paragraph, q: QuoteSpan, above: Paragraph | undefined): string | null {
  if (q.start > 1) return p.text.slice(0, q.start - 1);
  return above && /:\s*$/.test(above.text) ? above.text : null;
}

function quoteDay(lead: string | null, narrative: DateContext, byDefault: IsoDate | null): IsoDate | null {
  return (lead ? introducedDate(lead, narrative) : null) ?? byDefault;
}
