// Named entities by rule: people, organisations, threat actors and countries, with the aliases and roles
// the text gives them. The rules live in entities/: run rules read each capitalised run in context (a title
// before a name, a head noun such as "Office", a given name, a speech verb), paragraph rules read each
// paragraph in turn, and document rules read the whole document once (names in brackets, a second look at
// what nothing recognised, the byline). Reference tables supply threat actors, countries and agencies.
import type { EntityKind, Mention } from '../model.js';
import { type Paragraph, toParagraph } from '../text/sentences.js';
import { closeBook, openBook, settleOrganisations } from './entities/book.js';
import { DOCUMENT_RULES } from './entities/document-rules.js';
import { createLookups } from './entities/lookups.js';
import { readParagraphs } from './entities/paragraph-rules.js';
import type { DocumentSetting } from './org-identity.js';

/** Where an entity is named: paragraph index and character offsets within it. */
export interface EntitySpan {
  paragraph: number;
  start: number;
  end: number;
  name: string;
  kind: EntityKind;
}

export interface EntityResult {
  mentions: Mention[];
  spans: EntitySpan[];
}

/**
 * Entities of one document, with where each is named. The title is read after the body, as a paragraph of
 * its own: someone named only there ("Deputy Attorney General Jane Q. Roe Announces …") is named in the
 * document, but the spans cover the body's paragraphs alone.
 */
export function extractEntities(
  paragraphs: readonly Paragraph[],
  author: string | null = null,
  setting: DocumentSetting = {},
  title: string | null = null,
): EntityResult {
  const read = title ? [...paragraphs, toParagraph(title)] : paragraphs;
  const book = openBook(read, author, setting, createLookups());
  readParagraphs(book);
  for (const rule of DOCUMENT_RULES) rule(book);
  settleOrganisations(book);
  const { mentions, spans } = closeBook(book);
  return { mentions, spans: spans.filter((s) => s.paragraph < paragraphs.length) };
}
