// Text for Discord's markdown: document- and user-derived text escaped so it forms no formatting, link or
// mention; links only to http(s); clipping that never leaves half an escape; how sources are named inline
// and in a footer.
import { type Citation, type Cited, type MarkedRun, sourcesNote } from '../../core/reply.js';
import { formatIsoDate } from '../../core/text/format-date.js';
import { CITATION_LABEL_MAX, FOOTER_BUDGET, FOOTER_MAX, ITEM_TEXT_MAX } from './limits.js';

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

/** "likely, 55–75%"; the band is left out when the wording already is the band ("almost certain"). */
export function bandText(phrase: string, band: string, range: string): string {
  const parts = phrase.toLowerCase() === band.toLowerCase() ? [range] : [band, range];
  return escapeMarkdown(parts.filter(Boolean).join(', ') || band);
}

/** The matched words in bold; whitespace stays outside the markers so Discord renders them. */
export function markedText(runs: MarkedRun[]): string {
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
export function citeLinks(cited: Cited): string {
  const sources = cited.sources;
  if (sources.length === 0) return '*no source*';
  const links = sources.map((c) => linked(escapeMarkdown(shortName(c)), c.url));
  return `${links.join(', ')}${sourcesNote(cited)}`;
}

/** A masked link where the URL is a usable http(s) one; otherwise the label alone. */
export function linked(label: string, url: string | null): string {
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
export function originText(origin: string): string {
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

/** "Sources: NCSC, 25 Mar 2024 · …" under a message: the sources its lines cite. */
export function footerText(cites: Citation[]): string {
  if (cites.length === 0) return '';
  const names = cites.map((c) => `${shortName(c)}, ${formatIsoDate(c.published)}`);
  return clip(`Sources: ${names.join(' · ')}`, Math.min(FOOTER_BUDGET, FOOTER_MAX));
}
