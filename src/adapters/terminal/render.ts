// Plain-text rendering of a Reply, for the console and one-shot CLI output. Facts carry numbered
// citations ([1]) that the source list at the end resolves.
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

export interface TerminalStyle {
  /** Bold the matched words and headings with ANSI escapes (only on a real terminal). */
  ansi: boolean;
  width: number;
}

const PLAIN: TerminalStyle = { ansi: false, width: 100 };

export function renderText(r: Reply, style: TerminalStyle = PLAIN): string {
  r = visibleReply(r);
  // One numbered list for the whole reply: where its sources block stands, or at the end.
  const sources = numberSources(r);
  const refs = sources.list;
  const cites = (c: Cited) =>
    sources
      .numbers(c)
      .map((n) => `[${n}]`)
      .join('') + sourcesNote(c);
  const bold = (s: string) => (style.ansi ? `\x1b[1m${s}\x1b[0m` : s);
  const lines: string[] = [];
  let listed = false;
  for (const b of r.blocks) lines.push(...renderBlock(b));
  if (!listed && refs.length > 0) lines.push(...sourcesSection(true));
  // The terminal runs where the file is: its path is the hand-over.
  if (r.file) lines.push(`Written to ${r.file.path}`);
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;

  function renderBlock(b: Block): string[] {
    switch (b.type) {
      case 'heading':
        return [bold(b.text), '─'.repeat(Math.min(b.text.length, style.width))];
      case 'text':
        return [wrap('', b.text, style.width, '')];
      case 'context':
        return [wrap('', `(${b.text})`, style.width, '')];
      case 'fields': {
        const w = Math.min(24, Math.max(...b.fields.map((f) => f.label.length)));
        return b.fields.map((f) => wrap(`${f.label.padEnd(w)}  `, f.value, style.width, ' '.repeat(w + 2)));
      }
      case 'quote':
        return [
          '',
          wrap('  ', `“${b.text}”`, style.width, '  '),
          `    — ${b.speaker}${b.role ? `, ${b.role}` : ''} ${cites(b)}`,
        ];
      case 'timeline': {
        const dates = b.rows.map((r) => formatIsoDate(r.date));
        const w = Math.max(...dates.map((d) => d.length));
        return [
          '',
          ...b.rows.map((r, i) =>
            wrap(`${(dates[i] ?? '').padEnd(w)}  `, `${r.text} ${cites(r)}`, style.width, ' '.repeat(w + 2)),
          ),
        ];
      }
      case 'assessments':
        return [
          '',
          'Assessed:',
          ...b.rows.map((a) =>
            wrap('• ', `${a.phrase} (${a.band}, ${a.range}): ${a.text} ${cites(a)}`, style.width, '  '),
          ),
        ];
      case 'passages':
        return b.rows.flatMap((p, i) => [
          '',
          wrap(`${i + 1}. `, `${marked(p.runs)} ${cites({ sources: [p.source] })}`, style.width, '   '),
        ]);
      case 'sources': {
        if (listed) return [];
        listed = true;
        // The /sources listing is the answer itself and needs no label.
        return sourcesSection(
          !r.blocks.every((x) => x.type === 'heading' || x.type === 'sources' || x.type === 'more'),
        );
      }
      case 'more':
        return ['', `${moreText(b)}: ${b.command}`];
    }
  }

  function sourcesSection(labelled: boolean): string[] {
    return [
      '',
      ...(labelled ? ['Sources:'] : []),
      ...refs.map((c, i) =>
        wrap(`  [${i + 1}] `, `${sourceLine(c)}${c.origin ? ` — ${c.origin}` : ''}`, style.width, '      '),
      ),
    ];
  }

  function marked(runs: MarkedRun[]): string {
    return runs.map((r) => (r.marked ? (style.ansi ? bold(r.text) : `*${r.text}*`) : r.text)).join('');
  }
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
