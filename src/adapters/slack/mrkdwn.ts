// Text for Slack's mrkdwn: every document- or user-derived string escaped so that no text can become a link,
// a mention or an @channel; links only to http(s); long text cut at line or word breaks, never inside an
// entity or a link.
import type { Citation, MarkedRun } from '../../core/reply.js';
import { formatIsoDate } from '../../core/text/format-date.js';

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

/** "[1] <url|Title> — Publisher, 25 Mar 2024": the title links to the document when it has a web address. */
export function sourceLine(c: Citation): string {
  const title = escapeSlack(c.title);
  const target = linkTarget(c.url);
  const meta = [c.publisher, formatIsoDate(c.published)].filter(Boolean).map((m) => escapeSlack(m ?? ''));
  return `${target ? `<${target}|${title}>` : title} — ${meta.join(', ')}`;
}

/** Matched words in bold. Asterisks inside them are swapped for a look-alike so they cannot end the bold. */
export function marked(runs: MarkedRun[]): string {
  return runs
    .map((r) => {
      const text = escapeSlack(r.text);
      if (!r.marked || text.trim() === '') return text;
      const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(text) ?? [];
      return `${lead}*${core.replace(/\*/g, '∗')}*${trail}`;
    })
    .join('');
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

export function truncate(text: string, max: number): string {
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
