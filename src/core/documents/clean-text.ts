// Turns the text of a report (a .txt file, or what the HTML/Markdown readers produced) into a clean body
// and the metadata its page header gives: title, byline, dateline, publisher, URL. The work is a list of
// named cleaning passes over the page's paragraphs (page.ts), each marking furniture or reading metadata;
// what is still text at the end is the body.
import {
  type CleaningPass,
  captions,
  endOfArticle,
  furnitureLines,
  menus,
  pullQuotes,
  repeats,
  selfPromotion,
  strandedLabels,
} from './furniture-passes.js';
import {
  bylines,
  datelines,
  headline,
  issuer,
  knownTitle,
  labelledDate,
  pipedTitle,
  publisher,
} from './metadata-passes.js';
import { openingDatelines } from './opening-dateline.js';
import { type KnownMetadata, type PageMetadata, readPage } from './page.js';
import { publisherFromDomain, unshout } from './page-header.js';

export type { KnownMetadata } from './page.js';

export interface CleanText extends PageMetadata {
  /** Paragraphs separated by one blank line. */
  body: string;
}

/** The passes in the order they run: later passes read the roles and metadata earlier ones set. */
export const CLEANING_PASSES: readonly CleaningPass[] = [
  furnitureLines,
  captions,
  labelledDate,
  datelines,
  openingDatelines,
  bylines,
  menus,
  strandedLabels,
  endOfArticle,
  pullQuotes,
  issuer,
  headline,
  pipedTitle,
  knownTitle,
  publisher,
  selfPromotion,
  repeats,
];

/** Cleans a report's text. `known` carries metadata a richer format (HTML, front matter) already gave. */
export function cleanText(raw: string, known: KnownMetadata = {}): CleanText {
  const page = readPage(raw, known);
  for (const pass of CLEANING_PASSES) pass(page);
  const body = page.paras
    .filter((p) => p.role === 'text')
    .map((p) => p.text)
    .join('\n\n');
  const { author, published, url, domain } = page;
  let publisherName = page.publisher;
  if (!publisherName && domain) publisherName = publisherFromDomain(domain, body);
  const title = page.title ? unshout(page.title, body) : page.title;
  return { title, publisher: publisherName, author, published, url, body };
}
