// A Markdown file to the raw material of a Document: front matter for the metadata, the body with its
// syntax taken away. Hand-written on purpose: the subset reports use (headings, emphasis, links, lists,
// quotes, fences, tables) is small, and a full parser would add a dependency for no better text.
import { declaredDate } from '../dates/parse-date.js';
import { decodeEntities } from '../text/html-entities.js';
import { foldSpace, looseKey } from '../text/normalise.js';
import { type FrontValue, splitFrontMatter } from './markdown-front-matter.js';
import { cleanByline, emptySourceText, joinNames, type SourceText } from './source-text.js';

/** Never throws: unreadable input gives an empty SourceText. */
export function markdownToSourceText(md: string): SourceText {
  try {
    return convert(typeof md === 'string' ? md : '');
  } catch {
    return emptySourceText();
  }
}

function convert(md: string): SourceText {
  const src = md.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const { fields, rest } = splitFrontMatter(src);
  const get = (...keys: string[]) => {
    for (const k of keys) {
      const v = fields.get(k);
      if (v !== undefined) return v;
    }
    return undefined;
  };

  const blocks = toBlocks(rest);
  let title = scalar(get('title', 'headline'));
  const firstH1 = blocks.findIndex((b) => b.kind === 'heading' && b.level === 1);
  if (firstH1 >= 0) {
    const h1 = blocks[firstH1];
    if (!title && h1) title = h1.text;
    if (h1 && title && looseKey(h1.text) === looseKey(title)) blocks.splice(firstH1, 1);
  }

  const source = scalar(get('source'));
  const sourceIsUrl = !!source && /^https?:\/\//i.test(source);
  let publisher = scalar(
    get('publisher', 'site', 'site_name', 'sitename', 'publication', 'outlet', 'website'),
  );
  if (!publisher && source && !sourceIsUrl) publisher = source;
  const url =
    [
      scalar(get('url', 'canonical', 'canonical_url', 'source_url', 'link', 'permalink')),
      sourceIsUrl ? source : null,
    ].find((u): u is string => !!u && /^https?:\/\/\S+$/i.test(u)) ?? null;
  const published = declaredDate(
    scalar(get('date', 'published', 'pubdate', 'publishdate', 'published_at', 'date_published', 'created')),
  );
  const author = authorOf(get('author', 'authors', 'by', 'byline', 'creator'));

  const text = blocks
    .map((b) => b.text)
    .filter(Boolean)
    .join('\n\n');
  return { text, title, publisher, author, published, url, isArticle: text.length > 0 };
}

// ---------------------------------------------------------------------------------------------------------
// Front matter values

function scalar(v: FrontValue | undefined): string | null {
  if (v === undefined) return null;
  const s = typeof v === 'string' ? v : Array.isArray(v) ? (v[0] ?? '') : (v.name ?? '');
  return foldSpace(decodeEntities(s)) || null;
}

function authorOf(v: FrontValue | undefined): string | null {
  if (v === undefined) return null;
  if (Array.isArray(v)) return joinNames(v.map((a) => cleanByline(a)).filter((a): a is string => !!a));
  return cleanByline(scalar(v));
}

// ---------------------------------------------------------------------------------------------------------
// Body

interface Block {
  kind: 'paragraph' | 'heading' | 'item' | 'code' | 'row';
  level: number;
  text: string;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX = /^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const RULE = /^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const REF_DEFINITION = /^\s{0,3}\[[^\]^]+\]:\s*\S+/;
const HARD_BREAK = /(?: {2,}|\\)$/;

/** Blocks read so far, and the paragraph or list item being gathered line by line. */
interface BlockReader {
  readonly lines: string[];
  readonly blocks: Block[];
  para: string[];
  paraKind: 'paragraph' | 'item';
}

/** Ends the paragraph or list item being gathered. */
function flush(r: BlockReader): void {
  const text = inline(r.para.join(' '));
  if (text) r.blocks.push({ kind: r.paraKind, level: 0, text });
  r.para = [];
  r.paraKind = 'paragraph';
}

const QUOTE_MARKERS = /^\s{0,3}(?:>\s?)+/;

/** Splits the body into blocks: paragraphs, headings, list items, code lines and table rows. */
function toBlocks(body: string): Block[] {
  // A comment on lines of its own goes with its line break, so it does not split the paragraph around it.
  const lines = body
    .replace(/(^|\n)[ \t]*<!--[\s\S]*?(?:-->|$)[ \t]*(?=\n|$)/g, '')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .split('\n');
  const r: BlockReader = { lines, blocks: [], para: [], paraKind: 'paragraph' };
  for (let i = 0; i < lines.length; i = readLine(r, i) + 1);
  flush(r);
  return r.blocks;
}

/** Reads the block that starts at line `i`; the index of the last line it took. */
function readLine(r: BlockReader, i: number): number {
  const rawLine = r.lines[i] ?? '';
  if (FENCE.test(rawLine)) return readFence(r, i);
  // Blockquote markers go; what they held is read like any other text.
  const line = rawLine.replace(QUOTE_MARKERS, '');
  const quoted = line !== rawLine;
  const prevQuoted = i > 0 && /^\s{0,3}>/.test(r.lines[i - 1] ?? '');
  if (quoted !== prevQuoted && r.para.length) flush(r);
  if (/^\s*$/.test(line)) flush(r);
  else if (!readHeading(r, line)) {
    if (RULE.test(line)) flush(r);
    else if (REF_DEFINITION.test(line) && r.para.length === 0) return i;
    else if (isTableStart(r, i, line)) return readTable(r, i);
    else readText(r, line);
  }
  return i;
}

/** A fenced code block: each line a code block of its own, up to the closing fence. */
function readFence(r: BlockReader, i: number): number {
  flush(r);
  const marker = FENCE.exec(r.lines[i] ?? '')?.[1] ?? '```';
  const close = new RegExp(`^\\s{0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
  let j = i + 1;
  for (; j < r.lines.length && !close.test(r.lines[j] ?? ''); j++) {
    const code = foldSpace(r.lines[j] ?? '');
    if (code) r.blocks.push({ kind: 'code', level: 0, text: code });
  }
  return j;
}

/** An ATX heading ("## Title"), or a setext underline turning the paragraph above into one. */
function readHeading(r: BlockReader, line: string): boolean {
  const atx = ATX.exec(line);
  if (atx) {
    flush(r);
    const text = inline(atx[2] ?? '');
    if (text) r.blocks.push({ kind: 'heading', level: atx[1]?.length ?? 1, text });
    return true;
  }
  const setext = SETEXT.exec(line);
  if (!setext || !r.para.length || r.paraKind !== 'paragraph') return false;
  const text = inline(r.para.join(' '));
  r.para = [];
  if (text) r.blocks.push({ kind: 'heading', level: setext[1]?.startsWith('=') ? 1 : 2, text });
  return true;
}

function isTableStart(r: BlockReader, i: number, line: string): boolean {
  const next = r.lines[i + 1] ?? '';
  return line.includes('|') && TABLE_SEPARATOR.test(next) && next.includes('-');
}

/** A table: each row one block of its cells; the separator row goes. */
function readTable(r: BlockReader, i: number): number {
  flush(r);
  let j = i;
  for (; j < r.lines.length && (r.lines[j] ?? '').includes('|'); j++) {
    const row = (r.lines[j] ?? '').replace(QUOTE_MARKERS, '');
    if (TABLE_SEPARATOR.test(row)) continue;
    const cells = splitRow(row).map(inline).filter(Boolean);
    if (cells.length) r.blocks.push({ kind: 'row', level: 0, text: cells.join(' | ') });
  }
  return j - 1;
}

/** A line of a paragraph or list item; a list marker starts a new item. */
function readText(r: BlockReader, line: string): void {
  if (ITEM.test(line)) {
    flush(r);
    r.paraKind = 'item';
    r.para.push(line.replace(ITEM, '').replace(HARD_BREAK, ''));
  } else {
    r.para.push(line.replace(HARD_BREAK, ''));
  }
  // A hard break ends the paragraph, as <br> does in HTML; what follows a broken list item is plain text.
  if (HARD_BREAK.test(line)) flush(r);
}

function splitRow(row: string): string[] {
  const t = row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return t.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|'));
}

const PLACEHOLDER = '\u0000';

/** Inline syntax to plain text: links keep their words, images go, emphasis and code marks go. */
export function inline(s: string): string {
  const codes: string[] = [];
  let t = s
    // Code spans first, so nothing inside them is read as syntax.
    .replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks: string, code: string) => {
      codes.push(code.trim());
      return `${PLACEHOLDER}${codes.length - 1}${PLACEHOLDER}`;
    })
    .replace(/\s*!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])?/g, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto|ftp):[^>\s]+)>/gi, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-zA-Z][\w-]*(?:\s+[^<>]*)?\/?>/g, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2');
  // These two open with a lookbehind, which is tried at every position: run them only where they can match.
  if (t.includes('*'))
    t = t.replace(/(?<![\p{L}\p{N}*])\*(?=[^\s*])([^*]*?[^\s*])\*(?![\p{L}\p{N}*])/gu, '$1');
  if (t.includes('_')) t = t.replace(/(?<![\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}_])/gu, '$1');
  t = t.replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1').replace(/\\([\\`*_{}[\]()#+\-.!|>~<"'])/g, '$1');
  t = decodeEntities(t);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the placeholder is a control character on purpose
  t = t.replace(/\u0000(\d+)\u0000/g, (_, n: string) => codes[Number(n)] ?? '');
  return foldSpace(t);
}
