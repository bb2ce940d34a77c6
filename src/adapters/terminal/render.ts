// Plain-text rendering of a Reply, for the console and one-shot CLI output. Facts carry numbered
// citations ([1]) that the source list at the end resolves.
import {
  type Block,
  type Citation,
  type Cited,
  type MarkedRun,
  moreText,
  type Reply,
  sourcesNote,
} from '../../core/reply.js';
import { formatIsoDate } from '../../core/text/format-date.js';

export interface TerminalStyle {
  /** Bold the matched words and headings with ANSI escapes (only on a real terminal). */
  ansi: boolean;
  width: number;
}

const PLAIN: TerminalStyle = { ansi: false, width: 100 };

export function renderText(r: Reply, style: TerminalStyle = PLAIN): string {
  const refs: Citation[] = [];
  const ref = (c: Citation) => {
    let i = refs.findIndex((x) => x.docId === c.docId);
    if (i < 0) i = refs.push(c) - 1;
    return `[${i + 1}]`;
  };
  const cites = (c: Cited) => c.sources.map(ref).join('') + sourcesNote(c);
  const bold = (s: string) => (style.ansi ? `\x1b[1m${s}\x1b[0m` : s);
  const lines: string[] = [];
  const listed = new Set<string>();
  for (const b of r.blocks) lines.push(...renderBlock(b));
  const unlisted = refs.filter((c) => !listed.has(c.docId));
  if (unlisted.length > 0) {
    lines.push('', 'Sources:');
    for (const c of unlisted) lines.push(wrap(`  ${ref(c)} `, sourceLine(c), style.width, '      '));
  }
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
        // Numbered in the order the answer cited them; the /sources listing needs no label.
        const onlyList = r.blocks.every(
          (x) => x.type === 'heading' || x.type === 'sources' || x.type === 'more',
        );
        const rows = b.rows.map((s) => ({ s, n: Number(ref(s).slice(1, -1)) })).sort((x, y) => x.n - y.n);
        for (const { s } of rows) listed.add(s.docId);
        return [
          '',
          ...(onlyList ? [] : ['Sources:']),
          ...rows.map(({ s, n }) =>
            wrap(`  [${n}] `, `${sourceLine(s)}${s.origin ? ` — ${s.origin}` : ''}`, style.width, '      '),
          ),
        ];
      }
      case 'more':
        return ['', `${moreText(b)}: ${b.command}`];
    }
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
