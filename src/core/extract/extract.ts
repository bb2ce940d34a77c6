// One document's extraction: entities first (speakers and actors depend on them), then quotes, events
// and assessments over the same paragraphs.
import type { Document, Extraction } from '../model.js';
import { paragraphsOf } from '../text/normalise.js';
import { extractAssessments } from './assessments.js';
import { extractEntities } from './entities.js';
import { extractEvents } from './events.js';
import { extractQuotes } from './quotes.js';

/** US sources write "March 26, 2024" and read 3/4 as March 4; most others write day first. */
const MONTH_FIRST =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/;

export function extractDocument(
  doc: Pick<Document, 'body' | 'published' | 'author'> & Partial<Pick<Document, 'url' | 'publisher'>>,
): Extraction {
  const paragraphs = paragraphsOf(doc.body);
  // Where the document comes from tells which country's body a shared name such as "NCSC" means.
  const { mentions, spans } = extractEntities(paragraphs, doc.author, {
    url: doc.url ?? null,
    publisher: doc.publisher ?? null,
  });
  const quotes = extractQuotes(paragraphs, spans, mentions);
  const events = extractEvents(paragraphs, spans, {
    published: doc.published,
    dayFirst: !MONTH_FIRST.test(doc.body),
  });
  const assessments = extractAssessments(paragraphs, spans);
  return { entities: mentions, quotes, events, assessments };
}
