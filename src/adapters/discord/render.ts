// Discord rendering of a Reply: embeds, paged into as many messages as Discord's limits need. Pure: the bot
// sends what this returns. Every message carries `allowedMentions: { parse: [] }`, so no quoted or user text
// can ever ping a person, a role, @everyone or @here.
import type { APIEmbed, APIEmbedField } from 'discord.js';
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

// Discord's documented limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
export const CONTENT_MAX = 2000;
export const TITLE_MAX = 256;
export const DESCRIPTION_MAX = 4096;
export const FIELDS_MAX = 25;
export const FIELD_NAME_MAX = 256;
export const FIELD_VALUE_MAX = 1024;
export const FOOTER_MAX = 2048;
/** Title, description, field names and values, footer and author of all embeds in one message together. */
export const EMBEDS_TOTAL_MAX = 6000;
export const EMBEDS_PER_MESSAGE_MAX = 10;

// Our own choices within those limits.
/** One edited reply plus follow-ups; beyond this an answer is cut with a visible "… not shown" line. */
export const MESSAGES_MAX = 4;
/** A single quote, passage or event longer than this is clipped, so one item never fills a message. */
const ITEM_TEXT_MAX = 1500;
/** The footer lists the message's sources; it is plain text, so the links live in the description. */
const FOOTER_BUDGET = 300;
/** Room kept in each message for the footer, a continuation title and the paging lines. */
const MESSAGE_RESERVE = FOOTER_BUDGET + TITLE_MAX + 400;
const MESSAGE_BUDGET = EMBEDS_TOTAL_MAX - MESSAGE_RESERVE;
/** A source named inline by its title (no publisher known) is cut to this. */
const CITATION_LABEL_MAX = 40;
/** Fields this short sit side by side (Discord shows up to three inline fields per row). */
const INLINE_FIELD_MAX = 40;

const COLOUR = { ok: 0x2f6fb3, 'user-error': 0xd9822b, error: 0xc0392b } as const;

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  allowedMentions: { parse: [] };
}

export interface RenderOptions {
  /**
   * Put the reply's title in the first message's content, so a push notification says what the post is
   * about (embeds alone show no text there). Used for posts to a channel, not for command answers.
   */
  headline?: boolean;
}

/**
 * Escapes the Discord markdown that text from documents or users could form: bold, italics, underline,
 * code, strikethrough, spoilers, masked links, mention and timestamp syntax (`<@id>`, `<t:…>`), and
 * line-start quotes, headings and lists. Lone characters that form nothing ("[topic]", "a | b") stay as
 * they are, so plain text reads plainly.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_`]|~~|\|\||\](?=\()|<(?=[@#:/!&a-z])/gi, (m) => m.replace(/./g, '\\$&'))
    .replace(/^(\s*)([>#-])(?=[\s#]|$)/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.');
}

/** Shortens to `max` characters with an ellipsis, never leaving half an escape or a lone surrogate. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const trailing = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailing % 2 === 1) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

type Piece =
  | { kind: 'title'; text: string }
  /** `listing`: a line of the reply's source list, which makes a footer in the same message redundant. */
  | { kind: 'line'; text: string; row: boolean; cites: Citation[]; listing?: boolean }
  | { kind: 'field'; name: string; value: string; inline: boolean };

interface EmbedDraft {
  title?: string;
  lines: string[];
  descLength: number;
  fields: APIEmbedField[];
}

interface MessageDraft {
  embeds: EmbedDraft[];
  size: number;
  cites: Map<string, Citation>;
  /** Holds lines of the source list: its footer would only repeat them. */
  listing: boolean;
}

export function renderDiscord(reply: Reply, opts: RenderOptions = {}): DiscordMessage[] {
  reply = visibleReply(reply);
  const pieces = toPieces(reply);
  const tail = reply.blocks.flatMap((b) =>
    b.type === 'more' ? [`${moreText(b)}: ${escapeMarkdown(b.command)}`] : [],
  );
  const drafts = pack(pieces, tail);
  const colour = COLOUR[reply.status];
  const mainTitle = drafts[0]?.embeds[0]?.title ?? clip(escapeMarkdown(reply.title), TITLE_MAX);
  return drafts.map((m, i) => {
    const embeds = m.embeds.map((e, j) => {
      const embed: APIEmbed = { color: colour };
      const title =
        e.title ??
        (j === 0 && i > 0 ? clip(`${mainTitle} (${i + 1}/${drafts.length})`, TITLE_MAX) : undefined);
      if (title) embed.title = title;
      const description = e.lines.join('\n').replace(/\n+$/, '');
      if (description) embed.description = description;
      if (e.fields.length > 0) embed.fields = e.fields;
      return embed;
    });
    const last = embeds[embeds.length - 1];
    const footer = m.listing ? '' : footerText([...m.cites.values()]);
    if (last && footer) last.footer = { text: footer };
    const message: DiscordMessage = { embeds, allowedMentions: { parse: [] } };
    if (opts.headline && i === 0) message.content = clip(escapeMarkdown(reply.title), CONTENT_MAX);
    return message;
  });
}

/** Blocks → titles, description lines and fields, in reading order. */
function toPieces(reply: Reply): Piece[] {
  const pieces: Piece[] = [];
  const blocks = reply.blocks;
  const first = blocks[0];
  const titled = blocks.some((b) => b.type === 'heading');
  // Without a heading the reply's title leads, unless the first line already says exactly that.
  const autoTitled = !titled && !(first?.type === 'text' && first.text === reply.title);
  if (autoTitled) pieces.push({ kind: 'title', text: clip(escapeMarkdown(reply.title), TITLE_MAX) });
  const onlyList = blocks.every((b) => b.type === 'heading' || b.type === 'sources' || b.type === 'more');
  const line = (text: string, row = false, cites: Citation[] = []) =>
    pieces.push({ kind: 'line', text, row, cites });
  // One list of every source the reply cites or lists, where its (first) sources block stands.
  let listed = false;

  blocks.forEach((b, i) => {
    const prev = blocks[i - 1]?.type;
    // A section label, unless the section opens right under a title that already names it.
    const label = (text: string) => {
      if (prev !== 'heading' && !(i === 0 && autoTitled)) line(`**${text}**`);
    };
    renderBlock(b, prev, label);
  });
  // A short answer to a mistake reads best as one embed: what was wrong and the hint, then suggestions.
  if (reply.status !== 'ok')
    return [...pieces.filter((p) => p.kind !== 'field'), ...pieces.filter((p) => p.kind === 'field')];
  return pieces;

  function renderBlock(b: Block, prev: Block['type'] | undefined, label: (text: string) => void): void {
    switch (b.type) {
      case 'heading':
        pieces.push({ kind: 'title', text: clip(escapeMarkdown(b.text), TITLE_MAX) });
        return;
      case 'text':
        line(escapeMarkdown(clip(b.text, ITEM_TEXT_MAX)));
        return;
      case 'context':
        line(`*${escapeMarkdown(clip(b.text, ITEM_TEXT_MAX))}*`);
        return;
      case 'fields':
        for (const f of b.fields) {
          const name = clip(escapeMarkdown(f.label), FIELD_NAME_MAX) || '\u200b';
          const value = clip(escapeMarkdown(f.value), FIELD_VALUE_MAX) || '—';
          pieces.push({
            kind: 'field',
            name,
            value,
            inline: f.value.length <= INLINE_FIELD_MAX && f.label.length <= INLINE_FIELD_MAX,
          });
        }
        return;
      case 'quote': {
        // A blank line ends the previous block quote, so each quote stands on its own.
        if (prev === 'quote') line('');
        else label('Quotes');
        const said = escapeMarkdown(clip(b.text, ITEM_TEXT_MAX))
          .split('\n')
          .map((l, n) => `> ${n === 0 ? '“' : ''}${l}`)
          .join('\n');
        const who = `**${escapeMarkdown(b.speaker)}**${b.role ? `, ${escapeMarkdown(b.role)}` : ''}`;
        line(`${said}”\n> — ${who} · ${citeLinks(b)}`, true, b.sources);
        return;
      }
      case 'timeline':
        label('Timeline');
        for (const r of b.rows)
          line(
            `**${formatIsoDate(r.date)}** — ${escapeMarkdown(clip(r.text, ITEM_TEXT_MAX))} · ${citeLinks(r)}`,
            true,
            r.sources,
          );
        return;
      case 'assessments':
        label('Assessed');
        for (const a of b.rows)
          line(
            `• **${escapeMarkdown(a.phrase)}** (${bandText(a.phrase, a.band, a.range)}): ${escapeMarkdown(clip(a.text, ITEM_TEXT_MAX))} · ${citeLinks(a)}`,
            true,
            a.sources,
          );
        return;
      case 'passages':
        b.rows.forEach((p, n) => {
          line(`${n + 1}. ${markedText(p.runs)} · ${citeLinks({ sources: [p.source] })}`, true, [p.source]);
        });
        return;
      case 'sources':
        if (listed) return;
        listed = true;
        if (!onlyList) label('Sources');
        for (const s of numberSources(reply).list) {
          const title = escapeMarkdown(clip(s.title, 200));
          const named = linked(title, s.url);
          const meta = [s.publisher ? escapeMarkdown(s.publisher) : null, formatIsoDate(s.published)]
            .filter(Boolean)
            .join(', ');
          const origin = s.origin && s.origin !== s.url ? ` · ${originText(s.origin)}` : '';
          pieces.push({
            kind: 'line',
            text: `• ${named} — ${meta}${onlyList ? origin : ''}`,
            row: true,
            cites: [s],
            listing: true,
          });
        }
        return;
      case 'more':
        // Rendered last, always visible: see `tail` in renderDiscord.
        return;
    }
  }
}

/** "likely, 55–75%"; the band is left out when the wording already is the band ("almost certain"). */
function bandText(phrase: string, band: string, range: string): string {
  const parts = phrase.toLowerCase() === band.toLowerCase() ? [range] : [band, range];
  return escapeMarkdown(parts.filter(Boolean).join(', ') || band);
}

/** The matched words in bold; whitespace stays outside the markers so Discord renders them. */
function markedText(runs: MarkedRun[]): string {
  let used = 0;
  return runs
    .map((r) => {
      const room = ITEM_TEXT_MAX - used;
      if (room <= 0) return '';
      const text = clip(r.text, room);
      used += text.length;
      if (!r.marked) return escapeMarkdown(text);
      const m = /^(\s*)(.*?)(\s*)$/s.exec(text);
      const [lead, core, trail] = [m?.[1] ?? '', m?.[2] ?? text, m?.[3] ?? ''];
      return core ? `${lead}**${escapeMarkdown(core)}**${trail}` : text;
    })
    .join('');
}

/** "NCSC" linked to the report where its URL is known; several sources say how many. */
function citeLinks(cited: Cited): string {
  const sources = cited.sources;
  if (sources.length === 0) return '*no source*';
  const links = sources.map((c) => {
    return linked(escapeMarkdown(shortName(c)), c.url);
  });
  return `${links.join(', ')}${sourcesNote(cited)}`;
}

/** A masked link where the URL is a usable http(s) one; otherwise the label alone. */
function linked(label: string, url: string | null): string {
  const href = url === null ? null : safeUrl(url);
  return href ? `[${label}](${href})` : label;
}

/** A URL usable in a link: only http(s), and no bracket or space that would end the link early. */
function safeUrl(url: string): string | null {
  return /^https?:\/\/\S/i.test(url)
    ? url.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    : null;
}

/** Where a report came from: a URL shown without a preview, a file name as code. */
function originText(origin: string): string {
  const href = safeUrl(origin);
  return href ? `<${href}>` : `\`${origin.replace(/`/g, "'")}\``;
}

/** How a source is named in a line and in the footer: its publisher, or the start of its title. */
function shortName(c: Citation): string {
  const name = c.publisher ?? c.title;
  if (name.length <= CITATION_LABEL_MAX) return name;
  const cut = name.slice(0, CITATION_LABEL_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > CITATION_LABEL_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}

function footerText(cites: Citation[]): string {
  if (cites.length === 0) return '';
  const names = cites.map((c) => `${shortName(c)}, ${formatIsoDate(c.published)}`);
  return clip(`Sources: ${names.join(' · ')}`, Math.min(FOOTER_BUDGET, FOOTER_MAX));
}

/** Fills embeds and messages in order, opening a new embed or message whenever a limit would be passed. */
function pack(pieces: Piece[], tail: string[]): MessageDraft[] {
  const messages: MessageDraft[] = [];
  let full = false;
  let dropped = 0;

  /** Where `size` more characters go: the last embed if `fits` it, else a new embed, else a new message. */
  const place = (
    size: number,
    fits: (e: EmbedDraft, m: MessageDraft) => boolean,
    title?: string,
  ): { m: MessageDraft; e: EmbedDraft } | null => {
    let m = messages[messages.length - 1];
    const last = m?.embeds[m.embeds.length - 1];
    if (m && last && title === undefined && fits(last, m)) return { m, e: last };
    if (!m || m.embeds.length >= EMBEDS_PER_MESSAGE_MAX || m.size + size > MESSAGE_BUDGET) {
      if (messages.length >= MESSAGES_MAX) return null;
      m = { embeds: [], size: 0, cites: new Map(), listing: false };
      messages.push(m);
    }
    const e: EmbedDraft = { lines: [], descLength: 0, fields: [] };
    if (title !== undefined) {
      e.title = title;
      m.size += title.length;
    }
    m.embeds.push(e);
    return { m, e };
  };

  for (const p of pieces) {
    const counted = p.kind === 'field' || (p.kind === 'line' && p.row);
    if (full) {
      if (counted) dropped++;
      continue;
    }
    if (p.kind === 'title') {
      if (!place(p.text.length, () => false, p.text)) full = true;
      continue;
    }
    if (p.kind === 'line') {
      const text = clip(p.text, DESCRIPTION_MAX);
      if (text === '') {
        // A separator: only between lines of one description, never opening an embed of its own.
        const m = messages[messages.length - 1];
        const e = m?.embeds[m.embeds.length - 1];
        if (m && e && e.lines.length > 0 && e.fields.length === 0) addLine(m, e, '');
        continue;
      }
      const at = place(
        text.length,
        // A line after fields opens a new embed, so the reading order survives (fields render below).
        (e, m) =>
          e.fields.length === 0 &&
          e.descLength + 1 + text.length <= DESCRIPTION_MAX &&
          m.size + 1 + text.length <= MESSAGE_BUDGET,
      );
      if (!at) {
        full = true;
        if (counted) dropped++;
        continue;
      }
      addLine(at.m, at.e, text);
      for (const c of p.cites) at.m.cites.set(c.docId, c);
      if (p.listing) at.m.listing = true;
      continue;
    }
    const size = p.name.length + p.value.length;
    const at = place(size, (e, m) => e.fields.length < FIELDS_MAX && m.size + size <= MESSAGE_BUDGET);
    if (!at) {
      full = true;
      dropped++;
      continue;
    }
    at.e.fields.push({ name: p.name, value: p.value, inline: p.inline });
    at.m.size += size;
  }

  if (messages.length === 0) place(0, () => false);
  const closing = [...(full ? [notShown(dropped)] : []), ...tail.map((t) => clip(t, CLOSING_LINE_MAX))];
  const m = messages[messages.length - 1];
  if (m && closing.length > 0) appendClosing(m, closing.join('\n'));
  return messages;
}

const CLOSING_LINE_MAX = 250;

function notShown(n: number): string {
  const what = n > 0 ? `${n} more ${n === 1 ? 'item' : 'items'}` : 'the rest';
  return `… ${what} not shown here: Discord limits how long an answer can be. Ask a narrower question.`;
}

function addLine(m: MessageDraft, e: EmbedDraft, text: string): void {
  const sep = e.lines.length > 0 ? 1 : 0;
  e.lines.push(text);
  e.descLength += sep + text.length;
  m.size += sep + text.length;
}

/** The paging lines go at the very end of the last message; MESSAGE_RESERVE keeps room for them. */
function appendClosing(m: MessageDraft, text: string): void {
  let e = m.embeds[m.embeds.length - 1];
  if (!e || e.fields.length > 0 || e.descLength + 1 + text.length > DESCRIPTION_MAX) {
    if (e && m.embeds.length >= EMBEDS_PER_MESSAGE_MAX) {
      // No room for another embed: the closing lines replace the end of the last description.
      while (e.lines.length > 0 && e.descLength + 1 + text.length > DESCRIPTION_MAX) {
        const gone = e.lines.pop() ?? '';
        const sep = e.lines.length > 0 ? 1 : 0;
        e.descLength -= gone.length + sep;
        m.size -= gone.length + sep;
      }
    } else {
      e = { lines: [], descLength: 0, fields: [] };
      m.embeds.push(e);
    }
  }
  addLine(m, e, text);
}
