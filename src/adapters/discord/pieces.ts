// A Reply as Discord pieces, in reading order: embed titles, description lines and fields. A pure,
// exhaustive switch over the block types; pack.ts fits the pieces into embeds and messages.
import type { Block, Citation } from '../../core/reply.js';
import { type ReplyView, unknownBlock } from '../../core/reply-view.js';
import { formatIsoDate } from '../../core/text/format-date.js';
import { FIELD_NAME_MAX, FIELD_VALUE_MAX, INLINE_FIELD_MAX, ITEM_TEXT_MAX, TITLE_MAX } from './limits.js';
import { bandText, citeLinks, clip, escapeMarkdown, linked, markedText, originText } from './markdown.js';

export type Piece =
  | { kind: 'title'; text: string }
  /** `listing`: a line of the reply's source list, which makes a footer in the same message redundant. */
  | { kind: 'line'; text: string; row: boolean; cites: Citation[]; listing?: boolean }
  | { kind: 'field'; name: string; value: string; inline: boolean };

/** Where a block stands: what came before it, and whether a section label there would say something new. */
interface At {
  view: ReplyView;
  index: number;
  prev: Block['type'] | undefined;
  /** A section label, unless the section opens right under a title that already names it. */
  labelled: boolean;
}

export function toPieces(view: ReplyView): Piece[] {
  const { reply } = view;
  const blocks = reply.blocks;
  const first = blocks[0];
  // Without a heading the reply's title leads, unless the first line already says exactly that.
  const autoTitled =
    !blocks.some((b) => b.type === 'heading') && !(first?.type === 'text' && first.text === reply.title);
  const pieces: Piece[] = autoTitled ? [title(reply.title)] : [];
  blocks.forEach((b, index) => {
    const prev = blocks[index - 1]?.type;
    const labelled = prev !== 'heading' && !(index === 0 && autoTitled);
    pieces.push(...blockPieces(b, { view, index, prev, labelled }));
  });
  // A short answer to a mistake reads best as one embed: what was wrong and the hint, then suggestions.
  if (reply.status !== 'ok')
    return [...pieces.filter((p) => p.kind !== 'field'), ...pieces.filter((p) => p.kind === 'field')];
  return pieces;
}

function blockPieces(b: Block, at: At): Piece[] {
  const label = (text: string) => (at.labelled ? [line(`**${text}**`)] : []);
  switch (b.type) {
    case 'heading':
      return [title(b.text)];
    case 'text':
      return [line(escapeMarkdown(clip(b.text, ITEM_TEXT_MAX)))];
    case 'context':
      return [line(`*${escapeMarkdown(clip(b.text, ITEM_TEXT_MAX))}*`)];
    case 'fields':
      return b.fields.map(field);
    case 'quote':
      // A blank line ends the previous block quote, so each quote stands on its own.
      return [...(at.prev === 'quote' ? [line('')] : label('Quotes')), quote(b)];
    case 'timeline':
      return [
        ...label('Timeline'),
        ...b.rows.map((r) =>
          line(
            `**${formatIsoDate(r.date)}** — ${escapeMarkdown(clip(r.text, ITEM_TEXT_MAX))} · ${citeLinks(r)}`,
            true,
            r.sources,
          ),
        ),
      ];
    case 'assessments':
      return [
        ...label('Assessed'),
        ...b.rows.map((a) =>
          line(
            `• **${escapeMarkdown(a.phrase)}** (${bandText(a.phrase, a.band, a.range)}): ${escapeMarkdown(clip(a.text, ITEM_TEXT_MAX))} · ${citeLinks(a)}`,
            true,
            a.sources,
          ),
        ),
      ];
    case 'passages':
      return b.rows.map((p, n) =>
        line(`${n + 1}. ${markedText(p.runs)} · ${citeLinks({ sources: [p.source] })}`, true, [p.source]),
      );
    case 'sources':
      // One list of every source the reply cites or lists, where its first sources block stands.
      if (at.index !== at.view.listAt) return [];
      return [...(at.view.onlyList ? [] : label('Sources')), ...sourceListing(at.view)];
    case 'more':
      // Rendered last, always visible: see `tail` in renderDiscord.
      return [];
    default:
      return unknownBlock(b);
  }
}

const title = (text: string): Piece => ({ kind: 'title', text: clip(escapeMarkdown(text), TITLE_MAX) });

const line = (text: string, row = false, cites: Citation[] = []): Piece => ({
  kind: 'line',
  text,
  row,
  cites,
});

function field(f: { label: string; value: string }): Piece {
  return {
    kind: 'field',
    name: clip(escapeMarkdown(f.label), FIELD_NAME_MAX) || '\u200b',
    value: clip(escapeMarkdown(f.value), FIELD_VALUE_MAX) || '—',
    inline: f.value.length <= INLINE_FIELD_MAX && f.label.length <= INLINE_FIELD_MAX,
  };
}

function quote(b: Extract<Block, { type: 'quote' }>): Piece {
  const said = escapeMarkdown(clip(b.text, ITEM_TEXT_MAX))
    .split('\n')
    .map((l, n) => `> ${n === 0 ? '“' : ''}${l}`)
    .join('\n');
  const who = `**${escapeMarkdown(b.speaker)}**${b.role ? `, ${escapeMarkdown(b.role)}` : ''}`;
  return line(`${said}”\n> — ${who} · ${citeLinks(b)}`, true, b.sources);
}

/** "• [Title](url) — Publisher, 25 Mar 2024", with where it came from when the reply is only the list. */
function sourceListing(view: ReplyView): Piece[] {
  return view.sources.map((s) => {
    const named = linked(escapeMarkdown(clip(s.title, 200)), s.url);
    const meta = [s.publisher ? escapeMarkdown(s.publisher) : null, formatIsoDate(s.published)]
      .filter(Boolean)
      .join(', ');
    const origin = s.origin && s.origin !== s.url ? ` · ${originText(s.origin)}` : '';
    return {
      kind: 'line',
      text: `• ${named} — ${meta}${view.onlyList ? origin : ''}`,
      row: true,
      cites: [s],
      listing: true,
    };
  });
}
