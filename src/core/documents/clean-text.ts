// Turns the text of a report (a .txt file, or what the HTML/Markdown readers produced) into a clean body
// and the metadata its page header gives: title, byline, dateline, publisher, URL. The work is a list of
// named cleaning passes over the page's paragraphs (page.ts), each marking furniture or reading metadata;
// what is still text at the end is the body.
import {
  aboveSkipLink,
  type CleaningPass,
  captions,
  endOfArticle,
  furnitureLines,
  menus,
  notesPointingBack,
  pullQuotes,
  repeats,
  selfPromotion,
  strandedLabels,
  trailingLinks,
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
  recordTitle,
} from './metadata-passes.js';
import { openingDatelines } from './opening-dateline.js';
import { type KnownMetadata, type PageMetadata, readPage } from './page.js';
import { unshout } from './page-header.js';
import { recurringLines } from './recurring-lines.js';

export type { KnownMetadata } from './page.js';

export interface CleanText extends PageMetadata {
  /** Paragraphs separated by one blank line. */
  body: string;
  /** Every paragraph of the page as read, before cleaning: the lines its host's memory counts. */
  lines: readonly string[];
}

/** The passes in the order they run: later passes read the roles and metadata earlier ones set. */
export const CLEANING_PASSES: readonly CleaningPass[] = [
  recurringLines,
  furnitureLines,
  aboveSkipLink,
  notesPointingBack,
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
  recordTitle,
  pipedTitle,
  knownTitle,
  publisher,
  selfPromotion,
  trailingLinks,
  repeats,
];

/**
 * Cleans a report's text. `known` carries metadata a richer format (HTML, front matter) already gave;
 * `recurring` the keys of the lines its host prints on every page.
 */
export function cleanText(
  raw: string,
  known: KnownMetadata = {},
  recurring?: ReadonlySet<string>,
): CleanText {
  const page = readPage(raw, known, recurring);
  const lines = page.paras.map((p) => p.text);
  for (const pass of CLEANING_PASSES) pass(page);
  const body = page.paras
    .filter((p) => p.role === 'text')
    .map((p) => p.text)
    .join('\n\n');
  const { author, published, url, publisher } = page;
  const title = page.title ? unshout(page.title, body) : page.title;
  return { title, publisher, author, published, url, body, lines };
}
