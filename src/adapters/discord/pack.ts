// Pieces fitted into embeds and messages in order, opening a new embed or message whenever a Discord limit
// would be passed; past MESSAGES_MAX the rest is counted and said ("… 12 more items not shown here"), and
// the paging lines always close the last message.
import type { APIEmbedField } from 'discord.js';
import type { Citation } from '../../core/reply.js';
import {
  CLOSING_LINE_MAX,
  DESCRIPTION_MAX,
  EMBEDS_PER_MESSAGE_MAX,
  FIELDS_MAX,
  MESSAGE_BUDGET,
  MESSAGES_MAX,
} from './limits.js';
import { clip } from './markdown.js';
import type { Piece } from './pieces.js';

export interface EmbedDraft {
  title?: string;
  lines: string[];
  descLength: number;
  fields: APIEmbedField[];
}

export interface MessageDraft {
  embeds: EmbedDraft[];
  size: number;
  cites: Map<string, Citation>;
  /** Holds lines of the source list: its footer would only repeat them. */
  listing: boolean;
}

interface Packing {
  messages: MessageDraft[];
  /** MESSAGES_MAX is reached: what is left is only counted. */
  full: boolean;
  dropped: number;
}

/** Fills embeds and messages in order; `tail` (the paging lines) closes the last message. */
export function pack(pieces: Piece[], tail: string[]): MessageDraft[] {
  const p: Packing = { messages: [], full: false, dropped: 0 };
  for (const piece of pieces) packPiece(p, piece);
  if (p.messages.length === 0) place(p.messages, 0, () => false);
  const closing = [...(p.full ? [notShown(p.dropped)] : []), ...tail.map((t) => clip(t, CLOSING_LINE_MAX))];
  const m = p.messages[p.messages.length - 1];
  if (m && closing.length > 0) appendClosing(m, closing.join('\n'));
  return p.messages;
}

function packPiece(p: Packing, piece: Piece): void {
  const counted = piece.kind === 'field' || (piece.kind === 'line' && piece.row);
  if (p.full) {
    if (counted) p.dropped++;
    return;
  }
  if (piece.kind === 'title') {
    if (!place(p.messages, piece.text.length, () => false, piece.text)) p.full = true;
    return;
  }
  if (piece.kind === 'line') {
    packLine(p, piece, counted);
    return;
  }
  const size = piece.name.length + piece.value.length;
  const at = place(
    p.messages,
    size,
    (e, m) => e.fields.length < FIELDS_MAX && m.size + size <= MESSAGE_BUDGET,
  );
  if (!at) {
    p.full = true;
    p.dropped++;
    return;
  }
  at.e.fields.push({ name: piece.name, value: piece.value, inline: piece.inline });
  at.m.size += size;
}

function packLine(p: Packing, piece: Extract<Piece, { kind: 'line' }>, counted: boolean): void {
  const text = clip(piece.text, DESCRIPTION_MAX);
  if (text === '') {
    // A separator: only between lines of one description, never opening an embed of its own.
    const m = p.messages[p.messages.length - 1];
    const e = m?.embeds[m.embeds.length - 1];
    if (m && e && e.lines.length > 0 && e.fields.length === 0) addLine(m, e, '');
    return;
  }
  const at = place(
    p.messages,
    text.length,
    // A line after fields opens a new embed, so the reading order survives (fields render below).
    (e, m) =>
      e.fields.length === 0 &&
      e.descLength + 1 + text.length <= DESCRIPTION_MAX &&
      m.size + 1 + text.length <= MESSAGE_BUDGET,
  );
  if (!at) {
    p.full = true;
    if (counted) p.dropped++;
    return;
  }
  addLine(at.m, at.e, text);
  for (const c of piece.cites) at.m.cites.set(c.docId, c);
  if (piece.listing) at.m.listing = true;
}

/**
 * Where `size` more characters go: the last embed if `fits` it, else a new embed, else a new message;
 * null when that would pass MESSAGES_MAX.
 */
function place(
  messages: MessageDraft[],
  size: number,
  fits: (e: EmbedDraft, m: MessageDraft) => boolean,
  title?: string,
): { m: MessageDraft; e: EmbedDraft } | null {
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
}

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

/** The paging lines go at the very end of the last message; MESSAGE_BUDGET keeps room for them. */
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
