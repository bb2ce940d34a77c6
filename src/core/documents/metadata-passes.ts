// Cleaning passes that read the page header's metadata: the dateline, the byline, the issuing body, the
// headline (and a piped "Office | Headline | Department" title), and the publisher a "From:" line names.
// Each marks the lines it reads so they stay out of the body.

import { isGivenName } from '../data/given-names.js';
import { isRoleWord } from '../data/organisations.js';
import type { DateContext } from '../dates/date-rule.js';
import { findDates } from '../dates/find-dates.js';
import { parseDateLine } from '../dates/parse-date.js';
import type { IsoDate } from '../model.js';
import { wordCount } from '../text/normalise.js';
import { isLinkBar, isSeparatorBar } from './furniture.js';
import { BULLET, headOf, type Page, type Para } from './page.js';
import {
  expandAcronym,
  isOrganisationName,
  parseByline,
  publisherFromDomain,
  publisherInCopyright,
  publisherNamedInFurniture,
} from './page-header.js';

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

const DATELINE_SEPARATOR = /\s+[-–—|]\s+/;

/**
 * A date, then the place and the body that issued the text: "4 October 2018 – Ottawa, Ontario – Global
 * Affairs Canada", "Friday 29 August 2025 - Press Team". The last part names the issuer when a place stands
 * before it or when it is an organisation's name.
 */
function placedDateline(line: string, ctx: DateContext): { date: IsoDate; issuer: string | null } | null {
  const [head = '', ...tail] = line.split(DATELINE_SEPARATOR);
  if (tail.length === 0 || tail.length > 3) return null;
  if (!tail.every((x) => /^\p{Lu}/u.test(x) && wordCount(x) <= 6 && !/[.!?:;]$/.test(x))) return null;
  const date = parseDateLine(head, ctx);
  if (!date) return null;
  const last = tail[tail.length - 1] ?? '';
  return { date, issuer: tail.length >= 2 || isOrganisationName(last) ? last : null };
}

/** Date lines near the top: the first gives the publication date when nothing else has. */
export function datelines(page: Page): void {
  for (const p of headOf(page)) {
    if (p.role !== 'text') continue;
    const placed = placedDateline(p.text, page.dates);
    const d = parseDateLine(p.text, page.dates) ?? datedLabel(p.text, page.dates) ?? placed?.date;
    if (d) {
      if (!page.published) page.published = d;
      if (placed?.issuer) page.issuer ??= placed.issuer;
      p.role = 'date';
    }
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "Jane Example Excerpts" over a page that names "Jane Example" elsewhere without the next word: that word
 * is a label beside someone the page is about (a member's excerpts, a profile), not part of a byline's name.
 */
function endsInALabel(name: string, line: string, text: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 3 || /^by\s/i.test(line.trim())) return false;
  const pair = escapeRegExp(words.slice(0, 2).join(' '));
  const next = escapeRegExp(words[2] ?? '');
  return new RegExp(`\\b${pair}\\b(?!\\s+${next}\\b)`).test(text);
}

/** "By VOA News", "By Example Press Agency": a byline naming the outlet, not a person. */
const OUTLET_BYLINE =
  /^By\s+((?:[\p{Lu}][\p{L}&.'’-]*\s+){0,4}(?:News|Press|Agency|Media|Wire|Newsroom|Network|Radio|Television|TV))$/u;

/**
 * A byline near the top (or one the page marked as furniture, such as an author box): a person is the
 * author, an outlet the publisher.
 */
export function bylines(page: Page): void {
  for (const p of headOf(page)) {
    if (p.role !== 'text' && p.role !== 'furniture') continue;
    const outlet = OUTLET_BYLINE.exec(p.text.trim())?.[1];
    const b = outlet ? null : parseByline(p.text);
    if (outlet) page.publisher ??= outlet;
    else if (b && p.words <= 8 && !endsInALabel(b.name, p.text, page.text)) page.author ??= b.name;
    else continue;
    p.role = 'byline';
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

/**
 * The title: the first headline-like line before the article's prose starts. When the header also prints
 * the title without a word the first line adds ("… Response Debate" and "… Response"), the shorter is it.
 */
export function headline(page: Page): void {
  const at = page.paras.findIndex((p) => p.role === 'text' && isHeadlineLike(p));
  const first = page.paras[at];
  if (!first || page.paras.slice(0, at).some((p) => p.role === 'text' && isProseLine(p))) return;
  const plain = headOf(page).find(
    (p) => p.role === 'text' && p.words >= 2 && first.text.startsWith(`${p.text} `) && isHeadlineLike(p),
  );
  const title = plain ?? first;
  if (!page.title) page.title = title.text;
  if (page.title === title.text) title.role = 'title';
}

/**
 * "Salisbury Incident Madam Deputy Speaker (Dame Jane Roe) Before I call …": the title a record flattened to
 * one run of text opens with, up to its first speaker's heading (an office, the speaker's name in brackets).
 */
const RECORD_OPENING =
  /^((?:[\p{Lu}][\p{L}'’-]*\s+){1,8}?)((?:The|Madam|Mr|Mrs|Ms|Dame|Sir|Lord|Lady|Baroness)\s+(?:[\p{Lu}][\p{L}'’-]*\s+){0,8}?([\p{Lu}][\p{L}'’-]*))\s+\([\p{Lu}][^()]{2,60}\)\s/u;

/** Words of prose a flattened record runs to: a line that long is no page header. */
const FLATTENED_WORDS = 150;

/** A record flattened to one run of text: its title is the words before its first speaker's heading. */
export function recordTitle(page: Page): void {
  const first = page.paras.find((p) => p.role === 'text');
  if (page.title || !first || first.words < FLATTENED_WORDS) return;
  const m = RECORD_OPENING.exec(first.text);
  const title = m?.[1]?.trim() ?? '';
  if (!m || !isRoleWord(m[3] ?? '') || title.split(/\s+/).some(isRoleWord)) return;
  page.title = title;
  first.text = first.text.slice(m[1]?.length ?? 0);
}

const isProseLine = (p: Para) => p.prose || (p.words >= 5 && /[.!?]["'”’)]*$/.test(p.text));
/** "Jane Roe Portrait Ms Jane Roe (Harbourside) (Ind)": a speaker's heading in a record, not the title. */
const isSpeakerHeading = (p: Para) => isGivenName(p.text.split(' ')[0] ?? '') && /\([^()]+\)$/.test(p.text);

/** A headline is no bracketed note ("[Relevant document: …]", "[Editor's note …]") nor a speaker's heading. */
const isHeadlineLike = (p: Para) =>
  !isProseLine(p) &&
  p.words >= 2 &&
  p.words <= 25 &&
  !/[.:,;]$/.test(p.text) &&
  !BULLET.test(p.text) &&
  !p.text.startsWith('[') &&
  !isSpeakerHeading(p);

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
  page.publisher ??=
    page.pipedPublisher ??
    page.issuer ??
    issuerInTitle(page) ??
    publisherInCopyright(page.text) ??
    publisherOfDomain(page) ??
    publisherNamedInFurniture(page.paras.filter(saysSomething).map((p) => p.text));
}

const saysSomething = (p: Para) => p.role === 'furniture' && !isLinkBar(p.text) && !isSeparatorBar(p.text);

/** The organisation the site's domain stands for, as the article names it. */
function publisherOfDomain(page: Page): string | null {
  if (!page.domain) return null;
  const body = page.paras.filter((p) => p.role === 'text').map((p) => p.text);
  return publisherFromDomain(page.domain, body.join('\n\n'));
}

/** Kinds of text a body issues under its own name: "CSE Statement on …", "NCSC Advisory: …". */
const ISSUED_AS =
  /^(\p{Lu}[\p{Lu}\p{N}&-]{1,7}) (?:Statement|Advisory|Alert|Announcement|Declaration|Notice|Bulletin|Update|Release|Press Release|Media Release)s?\b/u;

/** The body a title says issued the text, by acronym, spelled out as the text spells it. */
function issuerInTitle(page: Page): string | null {
  const acronym = ISSUED_AS.exec(page.title ?? '')?.[1];
  return acronym ? (expandAcronym(acronym, page.text) ?? acronym) : null;
}
