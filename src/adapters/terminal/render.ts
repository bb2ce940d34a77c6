// Plain-text rendering of a Reply, for the console and one-shot CLI output: a pure, exhaustive switch over
// the block types. Facts carry numbered citations ([1]) that the source list resolves.
import type { Block, Citation, MarkedRun } from '../../core/reply.js';
import { moreText, type Reply } from '../../core/reply.js';
import { type ReplyView, unknownBlock, viewOf } from '../../core/reply-view.js';
import { formatIsoDate } from '../../core/text/format-date.js';

export interface TerminalStyle {
  /** Bold the matched words and headings with ANSI escapes (only on a real terminal). */
  ansi: boolean;
  width: number;
}

const PLAIN: TerminalStyle = { ansi: false, width: 100 };
/** Field labels are padded to the longest, up to this, so their values line up. */
const LABEL_WIDTH_MAX = 24;

export function renderText(r: Reply, style: TerminalStyle = PLAIN): string {
  const view = viewOf(r);
  const lines = view.reply.blocks.flatMap((b, i) => textBlock(b, i, view, style));
  // One numbered list for the whole reply: where its sources block stands, or at the end.
  if (view.listAt < 0 && view.sources.length > 0) lines.push(...sourcesSection(view, style, true));
  // The terminal runs where the file is: its path is the hand-over.
  if (r.file) lines.push(`Written to ${r.file.path}`);
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

function textBlock(b: Block, i: number, view: ReplyView, style: TerminalStyle): string[] {
  const { width } = style;
  switch (b.type) {
    case 'heading':
      return [bold(b.text, style), '─'.repeat(Math.min(b.text.length, width))];
    case 'text':
      return [wrap('', b.text, width, '')];
    case 'context':
      return [wrap('', `(${b.text})`, width, '')];
    case 'fields': {
      const w = Math.min(LABEL_WIDTH_MAX, Math.max(...b.fields.map((f) => f.label.length)));
      return b.fields.map((f) => wrap(`${f.label.padEnd(w)}  `, f.value, width, ' '.repeat(w + 2)));
    }
    case 'quote':
      return [
        '',
        wrap('  ', `“${b.text}”`, width, '  '),
        `    — ${b.speaker}${b.role ? `, ${b.role}` : ''} ${view.marks(b)}`,
      ];
    case 'timeline': {
      const dates = b.rows.map((r) => formatIsoDate(r.date));
      const w = Math.max(...dates.map((d) => d.length));
      const row = (r: (typeof b.rows)[number], n: number) =>
        wrap(`${(dates[n] ?? '').padEnd(w)}  `, `${r.text} ${view.marks(r)}`, width, ' '.repeat(w + 2));
      return ['', ...b.rows.map(row)];
    }
    case 'assessments':
      return [
        '',
        'Assessed:',
        ...b.rows.map((a) =>
          wrap('• ', `${a.phrase} (${a.band}, ${a.range}): ${a.text} ${view.marks(a)}`, width, '  '),
        ),
      ];
    case 'passages':
      return b.rows.flatMap((p, n) => [
        '',
        wrap(`${n + 1}. `, `${marked(p.runs, style)} ${view.marks({ sources: [p.source] })}`, width, '   '),
      ]);
    case 'sources':
      // The /sources listing is the answer itself and needs no label.
      return i === view.listAt ? sourcesSection(view, style, !view.onlyList) : [];
    case 'more':
      return ['', `${moreText(b)}: ${b.command}`];
    default:
      return unknownBlock(b);
  }
}

function sourcesSection(view: ReplyView, style: TerminalStyle, labelled: boolean): string[] {
  return [
    '',
    ...(labelled ? ['Sources:'] : []),
    ...view.sources.map((c, i) =>
      wrap(`  [${i + 1}] `, `${sourceLine(c)}${c.origin ? ` — ${c.origin}` : ''}`, style.width, '      '),
    ),
  ];
}

const bold = (s: string, style: TerminalStyle) => (style.ansi ? `\x1b[1m${s}\x1b[0m` : s);

function marked(runs: MarkedRun[], style: TerminalStyle): string {
  return runs.map((r) => (r.marked ? (style.ansi ? bold(r.text, style) : `*${r.text}*`) : r.text)).join('');
}

function sourceLine(c: Citation): string {
  const meta = [c.publisher, formatIsoDate(c.published)].filter(Boolean).join(', ');
  return `${c.title} — ${meta}${c.url ? ` <${c.url}>` : ''}`;
}

/** Word-wraps `text` after `prefix` (kept as is); continuation lines start with `indent`. */
function wrap(prefix: string, text: string, width: number, indent: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = prefix;
  let empty = true;
  for (const w of words) {
    if (!empty && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = indent + w;
    } else cur = empty ? cur + w : `${cur} ${w}`;
    empty = false;
  }
  if (!empty) lines.push(cur);
  return lines.join('\n');
}
