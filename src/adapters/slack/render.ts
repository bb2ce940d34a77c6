// Block Kit rendering of a Reply: a pure, exhaustive switch over the block types, Slack's limits as named
// constants, every document- or user-derived string escaped so that no text can become a link, a mention
// or an @channel. Facts carry numbered citations ([1]) that a final sources context resolves into links.
import type { types } from '@slack/bolt';
import {
  type Block,
  type Citation,
  type Cited,
  type MarkedRun,
  moreText,
  numberSources,
  type Reply,
  sourcesNote,
  visibleReply,
} from '../../core/reply.js';
import { formatIsoDate } from '../../core/text/format-date.js';

type KnownBlock = types.KnownBlock;
type MrkdwnElement = types.MrkdwnElement;

/** Slack rejects a message with more blocks than this. */
export const MAX_BLOCKS_PER_MESSAGE = 50;
/** Longest text of a section block (and of one context element). */
export const MAX_SECTION_TEXT = 3000;
/** Longest plain text of a header block. */
export const MAX_HEADER_TEXT = 150;
/** Most fields in one section block. */
export const MAX_FIELDS_PER_SECTION = 10;
/** Longest text of one section field. */
export const MAX_FIELD_TEXT = 2000;
/** Most elements in one context block. */
export const MAX_CONTEXT_ELEMENTS = 10;
/**
 * Our own budget, not a Slack limit: the characters of text one message carries before the next message
 * starts. It keeps an answer reading like a message rather than a document (it is also Slack's cumulative
 * limit for markdown blocks, the most conservative text limit Slack documents for one message).
 */
export const MESSAGE_TEXT_BUDGET = 12_000;
/**
 * Most messages one answer may take. respond() allows five uses of a response_url; three full messages are
 * already a wall of text, so anything beyond is cut with a visible "… and N more".
 */
export const MAX_MESSAGES = 3;
/** The plain-text `text` fallback (notifications, screen readers); Slack advises at most 4,000 characters. */
export const MAX_FALLBACK_TEXT = 4000;

export interface SlackMessage {
  /** Fallback for notifications and clients that cannot show blocks; always set, escaped like the blocks. */
  text: string;
  blocks: KnownBlock[];
}

/** Escapes Slack's three control characters, so text can never open a link, a mention or <!here>. */
export function escapeSlack(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Defence in depth: mrkdwn is sent verbatim (no automatic parsing), but a word joiner after "@" also
      // keeps a literal @channel, @here or @everyone inert wherever Slack might still parse names.
      .replace(/@(channel|here|everyone)\b/gi, '@\u2060$1')
  );
}

/** A citation's link target: only http(s), with the characters that would end a Slack link encoded. */
function linkTarget(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return parsed.href.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/&/g, '&amp;');
}

const md = (text: string): MrkdwnElement => ({ type: 'mrkdwn', text, verbatim: true });

/** One Slack block with what paging needs to know about it. */
interface Unit {
  block: KnownBlock;
  /** Its text in mrkdwn, for the message's fallback `text`. */
  fallback: string;
  /** Characters of text it carries, for MESSAGE_TEXT_BUDGET. */
  chars: number;
  /** Rows of the answer it shows (timeline rows, fields, paragraphs), for "… and N more". */
  rows: number;
  /** Sources lists and the "more" line: kept at the end when an answer is cut. */
  tail: boolean;
}

/** A line of mrkdwn and how many answer rows it starts (0 for a continuation). */
interface Line {
  text: string;
  rows: number;
}

export function renderSlack(reply: Reply): SlackMessage[] {
  reply = visibleReply(reply);
  // One numbered list for the whole reply: where its sources block stands, or at the end.
  const sources = numberSources(reply);
  const refs = sources.list;
  /** A fact with its citations: "text [1][2] (2 sources)". */
  const cited = (text: string, c: Cited): string =>
    c.sources.length === 0
      ? text
      : `${text} ${sources
          .numbers(c)
          .map((n) => `[${n}]`)
          .join('')}${sourcesNote(c)}`;
  let listed = false;
  const onlyList = reply.blocks.every(
    (x) => x.type === 'heading' || x.type === 'sources' || x.type === 'more',
  );

  const units: Unit[] = [];
  for (const b of reply.blocks) units.push(...renderBlock(b));
  if (!listed && refs.length > 0) units.push(...sourcesContext(sourceLines()));
  if (units.length === 0) units.push(...sections([{ text: escapeSlack(reply.title || ' '), rows: 1 }]));
  return paginate(units);

  function renderBlock(b: Block): Unit[] {
    switch (b.type) {
      case 'heading': {
        const text = truncate(escapeSlack(b.text), MAX_HEADER_TEXT);
        return [
          {
            block: { type: 'header', text: { type: 'plain_text', text, emoji: true } },
            fallback: `*${text}*`,
            chars: text.length,
            rows: 1,
            tail: false,
          },
        ];
      }
      case 'text':
        return sections(paragraphs(escapeSlack(b.text)));
      case 'context':
        return contexts(paragraphs(escapeSlack(b.text)), false);
      case 'fields': {
        const out: Unit[] = [];
        for (let i = 0; i < b.fields.length; i += MAX_FIELDS_PER_SECTION) {
          const group = b.fields
            .slice(i, i + MAX_FIELDS_PER_SECTION)
            .map((f) => truncate(`*${escapeSlack(f.label)}*\n${escapeSlack(f.value)}`, MAX_FIELD_TEXT));
          out.push({
            block: { type: 'section', fields: group.map(md) },
            fallback: group.map((g) => g.replace('\n', ': ')).join('\n'),
            chars: group.reduce((n, g) => n + g.length, 0),
            rows: group.length,
            tail: false,
          });
        }
        return out;
      }
      case 'quote': {
        const quoted = `“${b.text.trim()}”`
          .split('\n')
          .flatMap((l) => splitText(escapeSlack(l), MAX_SECTION_TEXT - 1))
          .map((l, i) => ({ text: `>${l}`, rows: i === 0 ? 1 : 0 }));
        const by = cited(`— *${escapeSlack(b.speaker)}*${b.role ? `, ${escapeSlack(b.role)}` : ''}`, b);
        return sections([...quoted, { text: by, rows: 0 }]);
      }
      case 'timeline':
        return sections(
          b.rows.map((r) => ({
            text: cited(`*${escapeSlack(formatIsoDate(r.date))}* — ${escapeSlack(r.text)}`, r),
            rows: 1,
          })),
        );
      case 'assessments':
        return sections([
          { text: '*Assessed*', rows: 0 },
          ...b.rows.map((a) => ({
            text: cited(
              `• _${escapeSlack(a.phrase)}_ (${escapeSlack(a.band)}, ${escapeSlack(a.range)}): ${escapeSlack(a.text)}`,
              a,
            ),
            rows: 1,
          })),
        ]);
      case 'passages':
        return sections(
          b.rows.map((p, i) => ({
            text: cited(`${i + 1}. ${marked(p.runs)}`, { sources: [p.source] }),
            rows: 1,
          })),
        );
      case 'sources': {
        if (listed) return [];
        listed = true;
        const lines = sourceLines();
        // A /sources listing is the answer itself; anywhere else the list is the small print under it.
        return onlyList ? sections(lines.map((text) => ({ text, rows: 1 }))) : sourcesContext(lines);
      }
      case 'more':
        return sections([{ text: `${moreText(b)}: ${escapeSlack(b.command)}`, rows: 0 }]).map((u) => ({
          ...u,
          tail: true,
        }));
      default:
        return assertNever(b);
    }
  }

  function sourceLines(): string[] {
    return refs.map(
      (s, i) =>
        `[${i + 1}] ${sourceLine(s)}${s.origin && s.origin !== s.url ? ` — ${escapeSlack(s.origin)}` : ''}`,
    );
  }
}

function assertNever(b: never): never {
  throw new Error(`Unknown reply block ${JSON.stringify(b)}`);
}

/** "[1] <url|Title> — Publisher, 25 Mar 2024": the title links to the document when it has a web address. */
function sourceLine(c: Citation): string {
  const title = escapeSlack(c.title);
  const target = linkTarget(c.url);
  const meta = [c.publisher, formatIsoDate(c.published)].filter(Boolean).map((m) => escapeSlack(m ?? ''));
  return `${target ? `<${target}|${title}>` : title} — ${meta.join(', ')}`;
}

/** Matched words in bold. Asterisks inside them are swapped for a look-alike so they cannot end the bold. */
function marked(runs: MarkedRun[]): string {
  return runs
    .map((r) => {
      const text = escapeSlack(r.text);
      if (!r.marked || text.trim() === '') return text;
      const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(text) ?? [];
      return `${lead}*${core.replace(/\*/g, '∗')}*${trail}`;
    })
    .join('');
}

function paragraphs(text: string): Line[] {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ text: p, rows: 1 }));
}

/** Packs lines into section blocks of at most MAX_SECTION_TEXT characters. */
function sections(lines: Line[]): Unit[] {
  return pack(lines, MAX_SECTION_TEXT).map((chunk) => ({
    block: { type: 'section', text: md(chunk.text) },
    fallback: chunk.text,
    chars: chunk.text.length,
    rows: chunk.rows,
    tail: false,
  }));
}

/** Lines as context elements (each ≤ MAX_SECTION_TEXT), at most MAX_CONTEXT_ELEMENTS per context block. */
function contexts(lines: Line[], tail: boolean): Unit[] {
  const chunks = pack(lines, MAX_SECTION_TEXT);
  const out: Unit[] = [];
  for (let i = 0; i < chunks.length; i += MAX_CONTEXT_ELEMENTS) {
    const group = chunks.slice(i, i + MAX_CONTEXT_ELEMENTS);
    out.push({
      block: { type: 'context', elements: group.map((c) => md(c.text)) },
      fallback: group.map((c) => c.text).join('\n'),
      chars: group.reduce((n, c) => n + c.text.length, 0),
      rows: group.reduce((n, c) => n + c.rows, 0),
      tail,
    });
  }
  return out;
}

function sourcesContext(lines: string[]): Unit[] {
  return contexts([{ text: '*Sources*', rows: 0 }, ...lines.map((text) => ({ text, rows: 1 }))], true);
}

/** Joins lines with newlines into chunks of at most `max` characters; a longer line is split. */
function pack(lines: Line[], max: number): Line[] {
  const out: Line[] = [];
  let cur: Line | null = null;
  for (const line of lines) {
    const pieces = splitText(line.text, max).map((text, i) => ({ text, rows: i === 0 ? line.rows : 0 }));
    for (const piece of pieces) {
      if (cur && cur.text.length + 1 + piece.text.length <= max) {
        cur.text += `\n${piece.text}`;
        cur.rows += piece.rows;
      } else {
        if (cur) out.push(cur);
        cur = { ...piece };
      }
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Splits text into pieces of at most `max` characters at line or word breaks, never inside an entity or link. */
export function splitText(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = cutPoint(rest, max);
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '' || out.length === 0) out.push(rest);
  return out.filter((p, i) => p !== '' || i === 0);
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, cutPoint(text, max - 1)).trimEnd()}…`;
}

/** Where to cut `text` to at most `max` characters: a line break, else a space, never mid-entity or mid-link. */
function cutPoint(text: string, max: number): number {
  let cut = max;
  const newline = text.lastIndexOf('\n', max);
  const space = text.lastIndexOf(' ', max);
  if (newline >= max / 2) cut = newline;
  else if (space >= max / 2) cut = space;
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp >= 0) {
    const entity = /^&(?:amp|lt|gt);/.exec(text.slice(amp, amp + 5));
    if (entity && amp + entity[0].length > cut) cut = amp;
  }
  const open = text.lastIndexOf('<', cut - 1);
  if (open >= 0 && text.lastIndexOf('>', cut - 1) < open) cut = open;
  return cut > 0 ? cut : max;
}

/** Splits units into messages; when they need more than MAX_MESSAGES, the end of the body is cut visibly. */
function paginate(units: Unit[]): SlackMessage[] {
  const all = layout(units);
  if (all.length <= MAX_MESSAGES) return all.map(message);
  const body = units.filter((u) => !u.tail);
  const tail = units.filter((u) => u.tail);
  for (const [kept, rest] of [
    [body, tail],
    [units, []],
  ] as const) {
    for (let keep = kept.length - 1; keep >= 0; keep--) {
      const dropped = kept.slice(keep).reduce((n, u) => n + u.rows, 0);
      const pages = layout([...kept.slice(0, keep), ...cutNotice(dropped), ...rest]);
      if (pages.length <= MAX_MESSAGES) return pages.map(message);
    }
  }
  return layout(cutNotice(units.reduce((n, u) => n + u.rows, 0))).map(message);
}

function cutNotice(dropped: number): Unit[] {
  const what = dropped > 0 ? `… and ${dropped} more` : '… and the rest';
  return sections([
    {
      text: `_${what} not shown here: the answer is longer than Slack allows. Narrow the question._`,
      rows: 0,
    },
  ]);
}

function layout(units: Unit[]): Unit[][] {
  const pages: Unit[][] = [];
  let page: Unit[] = [];
  let chars = 0;
  for (const u of units) {
    if (page.length > 0 && (page.length >= MAX_BLOCKS_PER_MESSAGE || chars + u.chars > MESSAGE_TEXT_BUDGET)) {
      pages.push(page);
      page = [];
      chars = 0;
    }
    page.push(u);
    chars += u.chars;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

function message(units: Unit[]): SlackMessage {
  const lines: string[] = [];
  let length = 0;
  for (const u of units) {
    // Two characters stay free for the "…" that says the text goes on in the blocks.
    if (length + u.fallback.length + 1 > MAX_FALLBACK_TEXT - 2) {
      if (lines.length === 0) lines.push(truncate(u.fallback, MAX_FALLBACK_TEXT));
      else lines.push('…');
      break;
    }
    lines.push(u.fallback);
    length += u.fallback.length + 1;
  }
  const text = lines.join('\n').trim();
  return { text: text === '' ? ' ' : text, blocks: units.map((u) => u.block) };
}
