// A report's text as the cleaning passes work on it: paragraphs rejoined from hard-wrapped lines, each with
// the role the passes give it (text, furniture, title, byline, date), and the metadata found so far.
import { writesMonthFirst } from '../dates/calendar.js';
import type { DateContext } from '../dates/date-rule.js';
import type { Document } from '../model.js';
import { collapseSpaces, stripInvisible, wordCount } from '../text/normalise.js';
import { isLinkBar, isSeparatorBar } from './furniture.js';

export type Role = 'text' | 'furniture' | 'title' | 'byline' | 'date';

export interface Para {
  text: string;
  role: Role;
  /** Word count and whether the paragraph reads as prose: asked of every paragraph by several passes. */
  words: number;
  prose: boolean;
}

/** What a page header tells about its report: the document's metadata. */
export type PageMetadata = Pick<Document, 'title' | 'publisher' | 'author' | 'published' | 'url'>;

/** Metadata a richer format (HTML, front matter, a feed) already gave: the passes keep it. */
export type KnownMetadata = Partial<PageMetadata>;

export interface Page extends PageMetadata {
  /** The whole text, line endings and odd characters normalised. */
  readonly text: string;
  readonly paras: Para[];
  readonly known: KnownMetadata;
  readonly dates: DateContext;
  /** The site's domain as the page prints it ("www.ncsc.gov.uk"), else the URL's host. */
  domain: string | null;
  /** An organisation's name on its own line above the headline: the issuing body. */
  issuer: string | null;
  /** The last part of a piped title that names an organisation ("… | Department of Justice"). */
  pipedPublisher: string | null;
  /** Keys of the lines the host's earlier pages share (recurring-lines.ts): its furniture. */
  readonly recurring: ReadonlySet<string>;
}

export const BULLET = /^\s*(?:[*•·▪◦‣]|-(?=\s)|\d{1,2}[.)](?=\s))\s*/;
/** "Image source:", "Photo: Reuters": a caption's label line, never part of a paragraph. */
export const CAPTION_LABEL = /^(?:image|photo|picture|video|graphic)(?: source| credit| caption)?s?\s*:/i;
export const TERMINAL = /[.!?…:;]["'”’)\]]*$/;

/** Ligatures from PDF and OCR text spelled out, odd spaces made plain. */
const RAW_CHARACTERS = /[\ufb00-\ufb04\u00a0\u2009\u202f\t]/g;
const RAW_REPLACEMENT: Readonly<Record<string, string>> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\t': ' ',
};

/** Normalises line endings, drops invisible characters; keeps curly quotes as they are. */
function normaliseRaw(raw: string): string {
  return stripInvisible(raw.replace(/\r\n?/g, '\n'))
    .replace(RAW_CHARACTERS, (c) => RAW_REPLACEMENT[c] ?? '')
    .replace(/[ ]+$/gm, '');
}

/** Whether a line ended on purpose: a bullet or caption comes next, or the line had room for the next word. */
function endsLine(lines: string[], i: number, width: number): boolean {
  const raw = lines[i] ?? '';
  const line = raw.trim();
  const prev = (lines[i - 1] ?? '').trim();
  return (
    i === 0 ||
    BULLET.test(raw) ||
    CAPTION_LABEL.test(line) ||
    // A bar of links or menu items is a line of its own, however wide.
    isLinkBar(prev) ||
    isSeparatorBar(prev) ||
    isSeparatorBar(line) ||
    // A wrapped line is as full as the next word allows; a line that had room for the next word ended on
    // purpose (a heading, a dateline, the end of a paragraph).
    prev.length + 1 + (line.split(/\s/)[0]?.length ?? 0) < 0.9 * width ||
    (TERMINAL.test(prev) && prev.length < 0.85 * width)
  );
}

/** `cur` and the next wrapped line joined; a word broken at the line end keeps a hyphen the text spells. */
function joinWrapped(cur: string, line: string, wholeText: string): string {
  if (!(/\p{Ll}-$/u.test(cur) && /^\p{Ll}/u.test(line))) return `${cur} ${line}`;
  const head = cur.match(/(\p{L}+)-$/u)?.[1] ?? '';
  const tail = line.match(/^(\p{L}+)/u)?.[1] ?? '';
  const keep =
    wholeText.replace(/-\n\s*/g, '').includes(`${head}-${tail}`) && !wholeText.includes(head + tail);
  return keep ? cur + line : cur.slice(0, -1) + line;
}

/** Rejoins hard-wrapped lines of one block into paragraphs; bullets and short lines stay separate. */
function unwrapBlock(lines: string[], wholeText: string): string[] {
  const width = Math.max(...lines.map((l) => l.trim().length));
  // Nobody hard-wraps prose this narrow: short lines are separate items (menus, share bars, labels).
  if (width < 45) return lines.map((l) => l.trim().replace(BULLET, '')).filter(Boolean);
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (endsLine(lines, i, width)) {
      if (cur) out.push(cur);
      cur = line.replace(BULLET, '');
    } else cur = joinWrapped(cur, line, wholeText);
  }
  if (cur) out.push(cur);
  return out.map((p) => collapseSpaces(p).trim()).filter(Boolean);
}

/** A short line without a sentence's end: a heading, a label, a name. */
const isShortLine = (p: string, words: number) => wordCount(p) <= words && !TERMINAL.test(p);

/**
 * A heading a layout broke before a connector ("Official Journal" / "of the European Union") is one heading:
 * the piece that starts with a lower-case "of", "for" or "and" continues the short line above it.
 */
function joinBrokenHeadings(paras: string[]): string[] {
  const out: string[] = [];
  for (const p of paras) {
    const prev = out[out.length - 1];
    if (
      prev &&
      /^(?:of|for|and) \p{L}/u.test(p) &&
      isShortLine(p, 8) &&
      isShortLine(prev, 6) &&
      /^\p{Lu}/u.test(prev)
    )
      out[out.length - 1] = `${prev} ${p}`;
    else out.push(p);
  }
  return out;
}

function toParagraphs(text: string): string[] {
  const paras = text.split(/\n\s*\n/).flatMap((b) => {
    const lines = b.split('\n').filter((l) => l.trim().length > 0);
    return lines.length ? unwrapBlock(lines, text) : [];
  });
  return joinBrokenHeadings(paras);
}

function toPara(text: string): Para {
  const words = wordCount(text);
  return { text, role: 'text', words, prose: words >= 25 || (words >= 8 && TERMINAL.test(text)) };
}

const ADDRESS_LINE = /^\s*(?:URL|Source|Link)\s*:\s*(https?:\/\/\S+)/i;

/** The page's URL from a "URL:" line near the top, and the site's domain as printed on a line of its own. */
function addressOf(text: string, known: KnownMetadata): { url: string | null; domain: string | null } {
  let url = known.url ?? null;
  let domain: string | null = null;
  for (const line of text.split('\n').slice(0, 30)) {
    const u = ADDRESS_LINE.exec(line);
    if (u?.[1] && !url) url = u[1];
    const d = /^\s*((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?:\s|$)/i.exec(line);
    // A domain with a few words beside it is an address line; with more, a sentence that names a site.
    if (d?.[1] && !domain && !/(?:\s\S+){5}/.test(line.trim())) domain = d[1];
  }
  if (url && !domain) domain = new URL(url).hostname;
  return { url, domain };
}

const NOTHING_RECURS: ReadonlySet<string> = new Set();

/** The raw text read into paragraphs, every one still 'text', with the metadata `known` gives. */
export function readPage(raw: string, known: KnownMetadata, recurring = NOTHING_RECURS): Page {
  const text = normaliseRaw(raw);
  const paras = toParagraphs(text)
    .filter((p) => !/^\s*(?:URL|Source|Link)\s*:\s*https?:\/\//i.test(p))
    .map(toPara);
  return {
    text,
    paras,
    known,
    dates: { published: null, dayFirst: !writesMonthFirst(text) },
    title: known.title ?? null,
    publisher: known.publisher ?? null,
    author: known.author ?? null,
    published: known.published ?? null,
    ...addressOf(text, known),
    issuer: null,
    pipedPublisher: null,
    recurring,
  };
}

/** The first paragraphs, where the header's title, byline and dateline stand. */
export const headOf = (page: Page): Para[] => page.paras.slice(0, 14);
