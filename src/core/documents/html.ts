// A web page to the raw material of a Document: the article's text (via Readability) and the metadata the
// page declares (Open Graph, article:*, JSON-LD, <time datetime>, canonical link). Furniture that survives
// here is the plain-text cleaner's job.
import { foldSpace, looseKey } from '../text/normalise.js';
import {
  dropLeadingTitles,
  isSubstantial,
  runReadability,
  stripFurniture,
  toParagraphs,
} from './html-body.js';
import { buildDocument } from './html-dom.js';
import { jsonLd, ldArticle, ldName } from './html-linked-data.js';
import {
  docTitle,
  firstH1,
  metaMap,
  notPublisher,
  pickAuthor,
  pickPublished,
  pickPublisher,
  pickTitle,
  pickUrl,
  stripSiteSuffix,
} from './html-metadata.js';
import { cleanByline, emptySourceText, type SourceText } from './source-text.js';

export interface HtmlOptions {
  /** Where the page was fetched from: the fallback URL, and the base for a relative canonical link. */
  url?: string;
}

/** Never throws: a page that cannot be read at all gives an empty SourceText. */
export function htmlToSourceText(html: string, opts: HtmlOptions = {}): SourceText {
  try {
    return convert(typeof html === 'string' ? html : '', opts);
  } catch {
    return emptySourceText(opts.url ?? null);
  }
}

function convert(html: string, opts: HtmlOptions): SourceText {
  const doc = buildDocument(html);
  const meta = metaMap(doc);
  const ld = jsonLd(doc);
  const article = ldArticle(ld.objects);

  const publisher = pickPublisher(meta, ld, article);
  const h1 = firstH1(doc);
  const titleCandidates = [
    meta.get('og:title'),
    ldName(ld, article, 'headline'),
    h1,
    meta.get('twitter:title'),
    docTitle(doc),
  ];
  const title = pickTitle(titleCandidates, publisher);
  const url = pickUrl(doc, meta, ld, article, opts.url);
  const published = pickPublished(doc, meta, article);
  let author = pickAuthor(meta, ld, article, publisher);

  stripFurniture(doc);
  const fallback = toParagraphs(doc.body);
  let paragraphs = fallback;
  let isArticle = false;
  const found = runReadability(doc);
  if (found && isSubstantial(found.paragraphs)) {
    paragraphs = found.paragraphs;
    isArticle = true;
  }
  if (!author && found?.byline) author = notPublisher(cleanByline(found.byline), publisher);

  const headings = new Set(
    [title, ...titleCandidates]
      .filter((t): t is string => !!t)
      .map((t) => looseKey(stripSiteSuffix(foldSpace(t), publisher))),
  );
  paragraphs = dropLeadingTitles(paragraphs, headings);
  return { text: paragraphs.join('\n\n'), title, publisher, author, published, url, isArticle };
}
