// Cleaning passes that read the page header's metadata: the dateline, the byline, the issuing body, the
// headline (and a piped "Office | Headline | Department" title), and the publisher a "From:" line names.
// Each marks the lines it reads so they stay out of the body.

import type { DateContext } from '../dates/date-rule.js';
import { findDates } from '../dates/find-dates.js';
import { parseDateLine } from '../dates/parse-date.js';
import type { IsoDate } from '../model.js';
import { wordCount } from '../text/normalise.js';
import { BULLET, headOf, type Page } from './page.js';
import { isOrganisationName, parseByline, publisherFromFurniture } from './page-header.js';

/** A labelled date anywhere ("PUBLISHED" / "25 March 2024"), unless the format declared one. */
export function labelledDate(page: Page): void {
  const { paras } = page;
  for (let i = 0; i < paras.length && !page.published; i++) {
    const p = paras[i];
    if (!p) continue;
    if (/^(?:published|date published|first published|release date|date)\s*:?$/i.test(p.text)) {
      const d = parseDateLine(paras[i + 1]?.text ?? '', page.dates);
      if (d) page.published = d;
    } else if (/^(?:published|first published|release date|date published)\b/i.test(p.text)) {
      page.published = parseDateLine(p.text, page.dates);
    }
  }
}

/**
 * A short header line that carries the page's date among a few words: "Volume 747: debated on Monday
 * 25 March 2024", "Published 25 March 2024 | 3 min read". Not a sentence, one calendar date.
 */
function datedLabel(line: string, ctx: DateContext): IsoDate | null {
  if (wordCount(line) > 12 || /[.!?]["'”’)]*$/.test(line)) return null;
  // The label word before the dates: finding dates is the costly part.
  if (!/\b(?:published|posted|updated|debated|delivered|issued|released|dated|date|on)\b/i.test(line))
    return null;
  const dates = findDates(line, ctx).filter((d) => !d.relative && /^\d{4}-\d{2}-\d{2}$/.test(d.iso));
  return dates.length === 1 ? (dates[0]?.iso ?? null) : null;
}

/** Date lines near the top: the first gives the publication date when nothing else has. */
export function datelines(page: Page): void {
  for (const p of headOf(page)) {
    if (p.role !== 'text') continue;
    const d = parseDateLine(p.text, page.dates) ?? datedLabel(p.text, page.dates);
    if (d) {
      if (!page.published) page.published = d;
      p.role = 'date';
    }
  }
}

/** A byline near the top (or one the page marked as furniture, such as an author box). */
export function bylines(page: Page): void {
  for (const p of headOf(page)) {
    if (p.role !== 'text' && p.role !== 'furniture') continue;
    const b = parseByline(p.text);
    if (b && p.words <= 8) {
      if (!page.author) page.author = b.name;
      p.role = 'byline';
    }
  }
}

/** A line above the headline that is only an organisation's name is the issuing body, not the title. */
export function issuer(page: Page): void {
  for (const p of page.paras) {
    if (p.role !== 'text') continue;
    if (p.prose) break;
    if (isOrganisationName(p.text)) {
      page.issuer ??= p.text;
      p.role = 'furniture';
    }
  }
}

/** The title: the first headline-like line before the article's prose starts. */
export function headline(page: Page): void {
  for (const p of page.paras) {
    if (p.role !== 'text') continue;
    if (p.prose || (p.words >= 5 && /[.!?]["'”’)]*$/.test(p.text))) break;
    if (p.words >= 2 && p.words <= 25 && !/[.:,;]$/.test(p.text) && !BULLET.test(p.text)) {
      if (!page.title) page.title = p.text;
      if (page.title === p.text) p.role = 'title';
      return;
    }
  }
}

const PUBLISHER_WORD =
  /\b(?:Department|Ministry|Office|Agency|Centre|Center|Commission|Police|Service|Government|Bureau|News|Times|Post|Guardian|Herald|Journal)\b/;

/**
 * "Office of Public Affairs | The headline | United States Department of Justice": the headline is the
 * longest part; a last part naming an organisation is the publisher.
 */
export function pipedTitle(page: Page): void {
  const title = page.title;
  if (!title || !/ [|] /.test(title) || page.known.title) return;
  const parts = title.split(/ [|] /).map((x) => x.trim());
  const last = parts[parts.length - 1] ?? '';
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  page.title = longest;
  if (last !== longest && PUBLISHER_WORD.test(last)) page.pipedPublisher = last;
  const dup = page.paras.find((p) => p.role === 'text' && p.text === longest);
  if (dup) dup.role = 'title';
}

/** The title the format declared, where the text repeats it. */
export function knownTitle(page: Page): void {
  const known = page.known.title;
  if (!page.title || !known || !page.paras.some((p) => p.role === 'text' && p.text === known)) return;
  for (const p of page.paras) if (p.text === known) p.role = 'title';
}

/** GOV.UK's "From: Department for X" names the publisher; else the piped title, the issuer or furniture. */
export function publisher(page: Page): void {
  for (const p of headOf(page)) {
    const from = /^From:\s+(.{3,120})$/.exec(p.text);
    if (from?.[1] && p.role === 'text') {
      page.publisher ??= from[1].replace(/\s+and\s+.*$/, '').trim();
      p.role = 'furniture';
    }
  }
  page.publisher ??= page.pipedPublisher ?? page.issuer ?? publisherFromFurniture(page.text);
}
