// Any supported input (plain text, HTML, Markdown) becomes one Document through one path.
import type { Document } from '../model.js';
import { stripInvisible } from '../text/normalise.js';
import { cleanText, type KnownMetadata } from './clean-text.js';
import { htmlToSourceText } from './html.js';
import { documentId } from './identity.js';
import { markdownToSourceText } from './markdown.js';
import { hostOfInput, lineKeys } from './recurring-lines.js';

export type InputFormat = 'text' | 'html' | 'markdown';

export interface RawInput {
  content: string;
  /** Where it came from: a file's base name, a feed item's link. */
  origin: string;
  format: InputFormat;
  url?: string | null;
  /**
   * What tells this input apart from another with the same text when it has no URL: a feed item's GUID
   * within its feed. Without either, the text alone identifies it (see identity.ts).
   */
  address?: string | null;
  /** Metadata known from elsewhere (a feed item's title and date) that the text may not repeat. */
  known?: KnownMetadata;
  /** Keys of the lines its host's earlier pages share (see recurring-lines.ts): furniture on this one too. */
  recurring?: readonly string[];
}

/** A document read from its input, with the keys of its page's lines when it has a host to count them for. */
export interface ReadDocument {
  doc: Document;
  lines: string[];
}

/** Guesses the format from a file name, falling back to sniffing the content. */
export function formatOf(name: string, content: string): InputFormat {
  if (/\.html?$/i.test(name)) return 'html';
  if (/\.(?:md|markdown)$/i.test(name)) return 'markdown';
  if (/\.txt$/i.test(name)) return 'text';
  return /^\s*<(?:!doctype html|html|head|body)\b/i.test(content) ? 'html' : 'text';
}

export function toDocument(input: RawInput): Document {
  return readInput(input).doc;
}

export function readInput(input: RawInput): ReadDocument {
  let text = input.content;
  let known: KnownMetadata = { ...input.known, url: input.url ?? input.known?.url ?? null };
  if (input.format !== 'text') {
    const src =
      input.format === 'html'
        ? htmlToSourceText(input.content, input.url ? { url: input.url } : {})
        : markdownToSourceText(input.content);
    // A section front or a list of links is no report: say so rather than store its furniture.
    if (input.format === 'html' && !src.isArticle)
      throw new Error('no article on the page (a list of links or a section front?)');
    text = src.text;
    known = {
      title: known.title ?? src.title,
      publisher: known.publisher ?? src.publisher,
      author: known.author ?? src.author,
      published: known.published ?? src.published,
      url: known.url ?? src.url,
    };
  }
  const recurring = input.recurring?.length ? new Set(input.recurring) : undefined;
  const clean = cleanText(text, stripNulls(known), recurring);
  const doc: Document = {
    id: documentId(clean.body, clean.url ?? input.address ?? null),
    title: clean.title,
    publisher: clean.publisher,
    author: clean.author,
    published: clean.published,
    url: clean.url,
    origin: stripInvisible(input.origin),
    body: clean.body,
  };
  return { doc, lines: hostOfInput(input) ? lineKeys(clean.lines) : [] };
}

/**
 * Known values that are null say nothing: the cleaner may still find them in the text. The others (a feed's
 * title, a page's byline) lose their invisible characters, as the body does.
 */
function stripNulls(k: KnownMetadata): KnownMetadata {
  const out: KnownMetadata = {};
  for (const [key, v] of Object.entries(k))
    if (v != null) (out as Record<string, unknown>)[key] = typeof v === 'string' ? stripInvisible(v) : v;
  return out;
}
