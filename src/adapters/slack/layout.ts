// Block Kit units laid out into messages: text packed into sections and contexts within Slack's limits,
// units split into messages by block count and text budget, and an answer that needs more than MAX_MESSAGES
// cut visibly ("… and N more not shown here"), keeping its sources and paging lines.
import type { types } from '@slack/bolt';
import {
  MAX_BLOCKS_PER_MESSAGE,
  MAX_CONTEXT_ELEMENTS,
  MAX_FALLBACK_TEXT,
  MAX_MESSAGES,
  MAX_SECTION_TEXT,
  MESSAGE_TEXT_BUDGET,
} from './limits.js';
import { splitText, truncate } from './mrkdwn.js';

type KnownBlock = types.KnownBlock;

export interface SlackMessage {
  /** Fallback for notifications and clients that cannot show blocks; always set, escaped like the blocks. */
  text: string;
  blocks: KnownBlock[];
}

/** One Slack block with what paging needs to know about it. */
export interface Unit {
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
export interface Line {
  text: string;
  rows: number;
}

export const md = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text, verbatim: true });

/** Packs lines into section blocks of at most MAX_SECTION_TEXT characters. */
export function sections(lines: Line[]): Unit[] {
  return pack(lines, MAX_SECTION_TEXT).map((chunk) => ({
    block: { type: 'section', text: md(chunk.text) },
    fallback: chunk.text,
    chars: chunk.text.length,
    rows: chunk.rows,
    tail: false,
  }));
}

/** Lines as context elements (each ≤ MAX_SECTION_TEXT), at most MAX_CONTEXT_ELEMENTS per context block. */
export function contexts(lines: Line[], tail: boolean): Unit[] {
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

/** Splits units into messages; when they need more than MAX_MESSAGES, the end of the body is cut visibly. */
export function paginate(units: Unit[]): SlackMessage[] {
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
