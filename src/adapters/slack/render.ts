// Block Kit rendering of a Reply: a pure, exhaustive switch over the block types, Slack's limits as named
// constants (limits.ts), every document- or user-derived string escaped (mrkdwn.ts). Facts carry numbered
// citations ([1]) that a final sources context resolves into links; layout.ts pages the blocks into messages.
import type { Block, Cited } from '../../core/reply.js';
import { moreText, type Reply } from '../../core/reply.js';
import { type ReplyView, unknownBlock, viewOf } from '../../core/reply-view.js';
import { formatIsoDate } from '../../core/text/format-date.js';
import { contexts, type Line, md, paginate, type SlackMessage, sections, type Unit } from './layout.js';
import { MAX_FIELD_TEXT, MAX_FIELDS_PER_SECTION, MAX_HEADER_TEXT, MAX_SECTION_TEXT } from './limits.js';
import { escapeSlack, marked, sourceLine, splitText, truncate } from './mrkdwn.js';

export function renderSlack(reply: Reply): SlackMessage[] {
  const view = viewOf(reply);
  const units = view.reply.blocks.flatMap((b, i) => slackBlock(b, i, view));
  // One numbered list for the whole reply: where its sources block stands, or at the end.
  if (view.listAt < 0 && view.sources.length > 0) units.push(...sourcesContext(sourceLines(view)));
  if (units.length === 0) units.push(...sections([{ text: escapeSlack(view.reply.title || ' '), rows: 1 }]));
  return paginate(units);
}

function slackBlock(b: Block, i: number, view: ReplyView): Unit[] {
  /** A fact with its citations: "text [1][2] (2 sources)". */
  const cited = (text: string, c: Cited) => (c.sources.length === 0 ? text : `${text} ${view.marks(c)}`);
  switch (b.type) {
    case 'heading':
      return [header(b.text)];
    case 'text':
      return sections(paragraphs(escapeSlack(b.text)));
    case 'context':
      return contexts(paragraphs(escapeSlack(b.text)), false);
    case 'fields':
      return fieldUnits(b.fields);
    case 'quote': {
      const quoted = `“${b.text.trim()}”`
        .split('\n')
        .flatMap((l) => splitText(escapeSlack(l), MAX_SECTION_TEXT - 1))
        .map((l, n) => ({ text: `>${l}`, rows: n === 0 ? 1 : 0 }));
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
    case 'assessments': {
      const line = (a: (typeof b.rows)[number]) =>
        `• _${escapeSlack(a.phrase)}_ (${escapeSlack(a.band)}, ${escapeSlack(a.range)}): ${escapeSlack(a.text)}`;
      return sections([
        { text: '*Assessed*', rows: 0 },
        ...b.rows.map((a) => ({ text: cited(line(a), a), rows: 1 })),
      ]);
    }
    case 'passages':
      return sections(
        b.rows.map((p, n) => ({
          text: cited(`${n + 1}. ${marked(p.runs)}`, { sources: [p.source] }),
          rows: 1,
        })),
      );
    case 'sources':
      if (i !== view.listAt) return [];
      // A /sources listing is the answer itself; anywhere else the list is the small print under it.
      return view.onlyList
        ? sections(sourceLines(view).map((text) => ({ text, rows: 1 })))
        : sourcesContext(sourceLines(view));
    case 'more':
      return sections([{ text: `${moreText(b)}: ${escapeSlack(b.command)}`, rows: 0 }]).map((u) => ({
        ...u,
        tail: true,
      }));
    default:
      return unknownBlock(b);
  }
}

function header(text: string): Unit {
  const plain = truncate(escapeSlack(text), MAX_HEADER_TEXT);
  return {
    block: { type: 'header', text: { type: 'plain_text', text: plain, emoji: true } },
    fallback: `*${plain}*`,
    chars: plain.length,
    rows: 1,
    tail: false,
  };
}

/** Fields as sections of at most MAX_FIELDS_PER_SECTION, each "*Label*\nvalue". */
function fieldUnits(fields: readonly { label: string; value: string }[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < fields.length; i += MAX_FIELDS_PER_SECTION) {
    const group = fields
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

function paragraphs(text: string): Line[] {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ text: p, rows: 1 }));
}

function sourceLines(view: ReplyView): string[] {
  return view.sources.map(
    (s, i) =>
      `[${i + 1}] ${sourceLine(s)}${s.origin && s.origin !== s.url ? ` — ${escapeSlack(s.origin)}` : ''}`,
  );
}

function sourcesContext(lines: string[]): Unit[] {
  return contexts([{ text: '*Sources*', rows: 0 }, ...lines.map((text) => ({ text, rows: 1 }))], true);
}
