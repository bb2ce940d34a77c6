// One document's extraction: entities first (speakers and actors depend on them), then quotes, events
// and assessments over the same paragraphs.
import { writesMonthFirst } from '../dates/calendar.js';
import type { Document, Extraction } from '../model.js';
import { paragraphsOf } from '../text/sentences.js';
import { extractAssessments } from './assessments.js';
import { extractEntities } from './entities.js';
import { extractEvents } from './events.js';
import { extractQuotes } from './quotes.js';

export function extractDocument(
  doc: Pick<Document, 'body' | 'published' | 'author'> &
    Partial<Pick<Document, 'url' | 'publisher' | 'title'>>,
): Extraction {
  const paragraphs = paragraphsOf(doc.body);
  // Where the document comes from tells which country's body a shared name such as "NCSC" means.
  const setting = { url: doc.url ?? null, publisher: doc.publisher ?? null };
  const { mentions, spans } = extractEntities(paragraphs, doc.author, setting, doc.title ?? null);
  const quotes = extractQuotes(paragraphs, spans, mentions);
  const events = extractEvents(paragraphs, spans, {
    published: doc.published,
    dayFirst: !writesMonthFirst(doc.body),
  });
  const assessments = extractAssessments(paragraphs, spans);
  return { entities: mentions, quotes, events, assessments };
}
