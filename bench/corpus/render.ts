// A generated report laid out as an outlet would publish it: an HTML page with its navigation and
// metadata, a Markdown post, or plain text with the header each kind of source uses (press release,
// vendor blog, wire copy, news), sometimes hard-wrapped, sometimes with page furniture around it.
import type { Day } from './dates.js';
import { isoDay, monthName, pad } from './dates.js';
import type { Rng } from './rng.js';
import { type Cast, headline } from './sentences.js';
import { escapeHtml, wrap } from './text.js';

export type Style = 'news' | 'release' | 'wire' | 'blog';
export type Format = 'text' | 'html' | 'markdown';

/** What a layout needs, drawn before it: the rendering draws its own few choices from the same `rng`. */
export interface Report {
  title: string;
  publisher: string;
  reporter: string | null;
  style: Style;
  pub: Day;
  /** The dateline as printed. */
  date: string;
  paragraphs: string[];
  /** A line of page furniture ("Share this article") to leave in the body, or none. */
  furniture: string | null;
  cast: Cast;
}

export function renderHtml(rng: Rng, r: Report): string {
  const ps = r.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`);
  if (r.furniture) ps.splice(Math.min(2, ps.length), 0, `<aside><p>${escapeHtml(r.furniture)}</p></aside>`);
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(r.title)} | ${escapeHtml(r.publisher)}</title>`,
    `<meta property="og:site_name" content="${escapeHtml(r.publisher)}">`,
    r.reporter ? `<meta name="author" content="${escapeHtml(r.reporter)}">` : '',
    `<meta property="article:published_time" content="${isoDay(r.pub)}T${pad(rng.range(6, 22))}:00:00Z">`,
    `</head><body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/security">Security</a></nav></header>`,
    `<main><article><h1>${escapeHtml(r.title)}</h1>`,
    r.reporter ? `<p class="byline">By ${escapeHtml(r.reporter)}</p>` : '',
    `<time datetime="${isoDay(r.pub)}">${escapeHtml(r.date)}</time>`,
    ...ps,
    `</article></main><footer><p>© ${r.pub.y} ${escapeHtml(r.publisher)}. All rights reserved.</p></footer></body></html>`,
  ]
    .filter(Boolean)
    .join('\n');
}

export function renderMarkdown(r: Report): string {
  return [
    `# ${r.title}`,
    '',
    r.reporter ? `*By ${r.reporter}* · ${r.date}` : r.date,
    '',
    ...r.paragraphs.flatMap((p) => [p, '']),
  ].join('\n');
}

/** The lines above a plain-text body, laid out the way each kind of source lays out its header. */
function textHeader(rng: Rng, r: Report): string[] {
  const header: string[] = [];
  if (r.furniture) header.push(r.furniture, '');
  switch (r.style) {
    case 'release':
      header.push(
        'Press release',
        '',
        r.title,
        '',
        `From: ${r.publisher}`,
        `Published ${r.pub.d} ${monthName(r.pub.m)} ${r.pub.y}`,
        '',
      );
      break;
    case 'blog':
      header.push(
        `Threat Intelligence | ${r.publisher}`,
        '',
        r.title,
        '',
        `Posted by ${r.reporter}, ${rng.pick(['Senior Analyst', 'Principal Researcher', 'Threat Researcher'])}`,
        r.date,
        '',
      );
      break;
    case 'wire':
      header.push(r.title, '', `By ${r.reporter}`, '', r.date, '');
      break;
    default:
      if (rng.chance(0.5)) header.push(r.title, '', r.reporter ?? '', r.date, '');
      else
        header.push(
          r.title,
          '',
          `${r.reporter} | ${rng.pick(['Security Correspondent', 'Political Editor', 'Technology Reporter'])}`,
          '',
          r.date,
          '',
        );
  }
  return header;
}

export function renderText(rng: Rng, r: Report): string {
  const header = textHeader(rng, r);
  const hardWrapped = rng.chance(0.15);
  const body = r.paragraphs.map((p) => (hardWrapped ? wrap(p, 72) : p)).join('\n\n');
  const tail = rng.chance(0.3)
    ? `\n\n${rng.pick(['Related articles', 'Most read', 'Share this article'])}\n\n${headline(rng, r.cast)}`
    : '';
  return `${header.join('\n')}\n${body}${tail}\n`;
}
