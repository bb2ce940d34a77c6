// Turns the text of a report (a .txt file, or what the HTML/Markdown readers produced) into a clean body
// and the metadata its page header gives: title, byline, dateline, publisher, URL.
import { isGivenName } from '../data/given-names.js';
import { ORG_HEAD_NOUNS } from '../data/organisations.js';
import { writesMonthFirst } from '../dates/calendar.js';
import type { DateContext } from '../dates/date-rule.js';
import { findDates } from '../dates/find-dates.js';
import { parseDateLine } from '../dates/parse-date.js';
import type { IsoDate } from '../model.js';
import { collapseSpaces, contentWords, overlap, stripInvisible, wordCount } from '../text/normalise.js';
import { END_OF_ARTICLE, isCaptionCredit, isFurnitureLine, isGluedMenu, isPlea } from './furniture.js';

export interface CleanText {
  title: string | null;
  publisher: string | null;
  author: string | null;
  published: IsoDate | null;
  url: string | null;
  /** Paragraphs separated by one blank line. */
  body: string;
}

export interface KnownMetadata {
  title?: string | null;
  publisher?: string | null;
  author?: string | null;
  published?: IsoDate | null;
  url?: string | null;
}

type Role = 'text' | 'furniture' | 'title' | 'byline' | 'date';

interface Para {
  text: string;
  role: Role;
  /** Word count and whether the paragraph reads as prose: asked of every paragraph by several passes. */
  words: number;
  prose: boolean;
}

const BULLET = /^\s*(?:[*•·▪◦‣]|-(?=\s)|\d{1,2}[.)](?=\s))\s*/;
/** "Image source:", "Photo: Reuters": a caption's label line, never part of a paragraph. */
const CAPTION_LABEL = /^(?:image|photo|picture|video|graphic)(?: source| credit| caption)?s?\s*:/i;
const TERMINAL = /[.!?…:;]["'”’)\]]*$/;

/** Ligatures from PDF and OCR text spelled out, odd spaces made plain. */
const RAW_CHARACTERS = /[\ufb00-\ufb04\u00a0\u2009\u202f\t]/g;
const RAW_REPLACEMENT: Readonly<Record<string, string>> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\t': ' ',
};

/** Normalises line endings, drops invisible characters; keeps curly quotes as they are. */
function normaliseRaw(raw: string): string {
  return stripInvisible(raw.replace(/\r\n?/g, '\n'))
    .replace(RAW_CHARACTERS, (c) => RAW_REPLACEMENT[c] ?? '')
    .replace(/[ ]+$/gm, '');
}

/** Rejoins hard-wrapped lines of one block into paragraphs; bullets and short lines stay separate. */
function unwrapBlock(lines: string[], wholeText: string): string[] {
  const width = Math.max(...lines.map((l) => l.trim().length));
  // Nobody hard-wraps prose this narrow: short lines are separate items (menus, share bars, labels).
  if (width < 45) return lines.map((l) => l.trim().replace(BULLET, '')).filter(Boolean);
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = raw.trim();
    const isBullet = BULLET.test(raw);
    const prev = (lines[i - 1] ?? '').trim();
    const prevEnds =
      i === 0 ||
      isBullet ||
      CAPTION_LABEL.test(line) ||
      // A wrapped line is as full as the next word allows; a line that had room for the next word ended on
      // purpose (a heading, a dateline, the end of a paragraph).
      prev.length + 1 + (line.split(/\s/)[0]?.length ?? 0) < 0.9 * width ||
      (TERMINAL.test(prev) && prev.length < 0.85 * width);
    if (prevEnds) {
      if (cur) out.push(cur);
      cur = line.replace(BULLET, isBullet ? '' : '');
      continue;
    }
    if (/\p{Ll}-$/u.test(cur) && /^\p{Ll}/u.test(line)) {
      // A word broken at the line end: keep the hyphen only when the text spells it that way elsewhere.
      const head = cur.match(/(\p{L}+)-$/u)?.[1] ?? '';
      const tail = line.match(/^(\p{L}+)/u)?.[1] ?? '';
      const hyphenated = `${head}-${tail}`;
      const keep = wholeText.replace(/-\n\s*/g, '').includes(hyphenated) && !wholeText.includes(head + tail);
      cur = keep ? cur + line : cur.slice(0, -1) + line;
    } else {
      cur = `${cur} ${line}`;
    }
  }
  if (cur) out.push(cur);
  return out.map((p) => collapseSpaces(p).trim()).filter(Boolean);
}

function toParagraphs(text: string): string[] {
  const blocks = text.split(/\n\s*\n/);
  return blocks.flatMap((b) => {
    const lines = b.split('\n').filter((l) => l.trim().length > 0);
    return lines.length ? unwrapBlock(lines, text) : [];
  });
}

function toPara(text: string): Para {
  const words = wordCount(text);
  return { text, role: 'text', words, prose: words >= 25 || (words >= 8 && TERMINAL.test(text)) };
}

const BYLINE_ROLE =
  /^(?:(?:managing|senior|deputy|chief|executive|associate|contributing|political|security|technology|tech|cyber|diplomatic|home affairs|foreign|defence|defense|news|staff|digital|investigations?|business|science|health|north america|europe|asia|china|us|uk|world|global)\s+)*(?:editor|reporter|correspondent|writer|journalist|contributor|columnist|analyst|producer|editor-at-large)(?:\s*,\s*.+)?$/i;

/** "By Jane Smith", "Mark Say Managing Editor", "Andrew Wooden": a byline, with its role when given. */
export function parseByline(line: string): { name: string; role: string | null } | null {
  // Whatever follows a separator is a dateline or a role, not the name. (The test first: the replacement
  // alone is slow to fail on a long paragraph.)
  const t = /[|·•]/.test(line) ? line.trim().replace(/\s*[|·•]\s*.*$/, '') : line.trim();
  const hasBy = /^by\s+/i.test(t);
  const rest = t.replace(/^by\s+/i, '');
  if (rest.length > 80 || /[.!?:;"“”]$/.test(rest)) return null;
  const tokens = rest.split(/\s+/);
  const nameTokens: string[] = [];
  for (const tok of tokens) {
    if (!/^[\p{Lu}][\p{L}'’-]*\.?$/u.test(tok)) break;
    if (nameTokens.length >= 2 && BYLINE_ROLE.test(tokens.slice(nameTokens.length).join(' '))) break;
    nameTokens.push(tok);
  }
  if (nameTokens.length < 2 || nameTokens.length > 4) return null;
  const roleText = tokens
    .slice(nameTokens.length)
    .join(' ')
    .replace(/^[,\-–]\s*/, '');
  if (roleText && !BYLINE_ROLE.test(roleText)) return null;
  if (!hasBy && !isGivenName(nameTokens[0] ?? '')) return null;
  if (nameTokens.some((w) => /^(?:The|And|Of|For|News|Read|Min|Image|Source)$/i.test(w))) return null;
  return { name: nameTokens.join(' '), role: roleText || null };
}

const PUBLISHER_NAME = "((?:The )?[\\p{Lu}][\\p{L}\\d&'’.-]*(?: [\\p{Lu}][\\p{L}\\d&'’.-]*){0,3})";
const PUBLISHER_IN_FURNITURE = [
  new RegExp(`\\bnotifications from ${PUBLISHER_NAME}`, 'u'),
  new RegExp(`^\\s*Get ${PUBLISHER_NAME} (?:News|Alerts|Updates|Newsletters?)\\s*$`, 'mu'),
  new RegExp(
    `\\b(?:news|updates|alerts|stories|newsletter)\\b[^\\n.]{0,120}\\bfrom ${PUBLISHER_NAME}\\.?\\s*$`,
    'mu',
  ),
  new RegExp(`(?:©|\\(c\\)|Copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?${PUBLISHER_NAME}`, 'u'),
];

/** Publisher named in the page's own furniture: "notifications from X", "Get X News", "© 2024 X". */
function publisherFromFurniture(raw: string): string | null {
  for (const re of PUBLISHER_IN_FURNITURE) {
    const m = re.exec(raw);
    if (m?.[1] && !/^(?:The|Get|All)$/.test(m[1])) return m[1].replace(/[.,]$/, '');
  }
  return null;
}

/** A site's domain mapped to the organisation the text names: ncsc.gov.uk → "National Cyber Security Centre". */
function publisherFromDomain(domain: string, body: string): string | null {
  const label = domain.replace(/^www\./, '').split('.')[0] ?? '';
  if (label.length < 2) return null;
  const acronym = label.toUpperCase();
  if (new RegExp(`\\b${acronym}\\b`).test(body)) return expandAcronym(acronym, body) ?? acronym;
  const word = new RegExp(`\\b((?:The )?${label[0]?.toUpperCase()}${label.slice(1)})\\b`).exec(body);
  return word?.[1] ?? null;
}

/** The capitalised phrase whose initials spell the acronym: NCSC → National Cyber Security Centre. */
export function expandAcronym(acronym: string, text: string): string | null {
  const letters = acronym.replace(/[^A-Z]/g, '');
  if (letters.length < 2) return null;
  const re = new RegExp(
    letters
      .split('')
      .map((l) => `${l}[\\p{Ll}]+`)
      .join('(?:\\s+(?:of|for|and|the|on)\\s+|\\s+)'),
    'u',
  );
  return re.exec(text)?.[0] ?? null;
}

/** Title case for headlines shouted in capitals, keeping acronyms and names the body spells the same way. */
function unshout(title: string, body: string): string {
  if (/\p{Ll}/u.test(title)) return title;
  const words = title.toLowerCase().split(/(\s+)/);
  return words
    .map((w, i) => {
      if (/^\s+$/.test(w)) return w;
      const bare = w.replace(/[^\p{L}\d'-]/gu, '');
      const upper = bare.toUpperCase();
      if (bare && new RegExp(`\\b${upper}\\b`).test(body) && upper.length <= 6) return w.toUpperCase();
      const cap = bare.charAt(0).toUpperCase() + bare.slice(1);
      if (i === 0) return w.charAt(0).toUpperCase() + w.slice(1);
      // A proper noun: the body capitalises it mid-sentence more often than not.
      const capitalised = (body.match(new RegExp(`[a-z,;] ${cap}\\b`, 'g')) ?? []).length;
      const plain = (body.match(new RegExp(`\\b${bare.toLowerCase()}\\b`, 'g')) ?? []).length;
      if (bare.length > 1 && capitalised > plain) return w.charAt(0).toUpperCase() + w.slice(1);
      return w;
    })
    .join('');
}

/** Cleans a report's text. `known` carries metadata a richer format (HTML, front matter) already gave. */
export function cleanText(raw: string, known: KnownMetadata = {}): CleanText {
  const text = normaliseRaw(raw);
  let url = known.url ?? null;
  let domain: string | null = null;
  for (const line of text.split('\n').slice(0, 30)) {
    const u = /^\s*(?:URL|Source|Link)\s*:\s*(https?:\/\/\S+)/i.exec(line);
    if (u?.[1] && !url) url = u[1];
    const d = /^\s*((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?:\s|$)/i.exec(line);
    if (d?.[1] && !domain && !/\s\S+\s\S+\s\S+\s\S+/.test(line.trim().replace(/open in.*$/i, '')))
      domain = d[1];
  }
  if (url && !domain) domain = new URL(url).hostname;

  const paras: Para[] = toParagraphs(text)
    .filter((p) => !/^\s*(?:URL|Source|Link)\s*:\s*https?:\/\//i.test(p))
    .map(toPara);
  const dateCtx: DateContext = { published: null, dayFirst: !writesMonthFirst(text) };

  // Page furniture, line by line.
  for (const p of paras) {
    if (isFurnitureLine(p.text) || isGluedMenu(p.text) || isCaptionCredit(p.text) || isPlea(p.text))
      p.role = 'furniture';
    if (
      /\bcookies?\b/i.test(p.text) &&
      /\b(?:we|our|you|website|site|browser|consent|accept)\b/i.test(p.text) &&
      p.words <= 40
    )
      p.role = 'furniture';
  }
  // A caption line right above "Image source:" and friends.
  for (let i = 0; i + 1 < paras.length; i++) {
    const p = paras[i];
    const next = paras[i + 1];
    if (p && next && CAPTION_LABEL.test(next.text) && p.words <= 12 && !TERMINAL.test(p.text)) {
      p.role = 'furniture';
    }
  }

  // Dateline: a labelled date anywhere ("PUBLISHED" / "25 March 2024"), else a bare date line near the top.
  let published = known.published ?? null;
  if (!published) {
    for (let i = 0; i < paras.length && !published; i++) {
      const p = paras[i];
      if (!p) continue;
      if (/^(?:published|date published|first published|release date|date)\s*:?$/i.test(p.text)) {
        const d = parseDateLine(paras[i + 1]?.text ?? '', dateCtx);
        if (d) published = d;
      } else if (/^(?:published|first published|release date|date published)\b/i.test(p.text)) {
        published = parseDateLine(p.text, dateCtx);
      }
    }
  }
  const head = paras.slice(0, 14);
  for (const p of head) {
    if (p.role !== 'text') continue;
    const d = parseDateLine(p.text, dateCtx) ?? datedLabel(p.text, dateCtx);
    if (d) {
      if (!published) published = d;
      p.role = 'date';
    }
  }

  // Byline near the top, or in an author box at the end.
  let author = known.author ?? null;
  for (const p of head) {
    if (p.role !== 'text' && p.role !== 'furniture') continue;
    const b = parseByline(p.text);
    if (b && p.words <= 8) {
      if (!author) author = b.name;
      p.role = 'byline';
    }
  }

  // Runs of short navigation lines; short labels stranded between furniture.
  markMenus(paras);

  // End of the article: the first end marker after most of the prose has gone by.
  const proseTotal = paras.reduce((n, p) => n + (p.role === 'text' && p.prose ? p.text.length : 0), 0);
  let seen = 0;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    if (!p) continue;
    if (p.role === 'text' && p.prose) seen += p.text.length;
    if (END_OF_ARTICLE.test(p.text.trim()) && seen >= 0.4 * proseTotal) {
      for (let j = i; j < paras.length; j++) {
        const q = paras[j];
        if (q && q.role !== 'date') q.role = 'furniture';
      }
      break;
    }
  }

  dropPullQuotes(paras);

  // A line above the headline that is only an organisation's name is the issuing body, not the title.
  let issuer: string | null = null;
  for (const p of paras) {
    if (p.role !== 'text') continue;
    if (p.prose) break;
    if (isOrganisationName(p.text)) {
      issuer ??= p.text;
      p.role = 'furniture';
    }
  }

  // The title: the first headline-like line before the article's prose starts.
  let title = known.title ?? null;
  for (const p of paras) {
    if (p.role !== 'text') continue;
    if (p.prose || (p.words >= 5 && /[.!?]["'”’)]*$/.test(p.text))) break;
    const n = p.words;
    if (n >= 2 && n <= 25 && !/[.:,;]$/.test(p.text) && !BULLET.test(p.text)) {
      if (!title) title = p.text;
      if (title === p.text) p.role = 'title';
      break;
    }
  }
  // "Office of Public Affairs | The headline | United States Department of Justice": the headline is the
  // longest part; a last part naming an organisation is the publisher.
  let pipedPublisher: string | null = null;
  if (title && / [|] /.test(title) && !known.title) {
    const parts = title.split(/ [|] /).map((x) => x.trim());
    const last = parts[parts.length - 1] ?? '';
    title = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
    if (
      last !== title &&
      /\b(?:Department|Ministry|Office|Agency|Centre|Center|Commission|Police|Service|Government|Bureau|News|Times|Post|Guardian|Herald|Journal)\b/.test(
        last,
      )
    )
      pipedPublisher = last;
    const dup = paras.find((p) => p.role === 'text' && p.text === title);
    if (dup) dup.role = 'title';
  }
  if (title && known.title && paras.some((p) => p.role === 'text' && p.text === known.title)) {
    for (const p of paras) if (p.text === known.title) p.role = 'title';
  }

  // GOV.UK-style "From: Department for X" names the publishing body.
  let publisher = known.publisher ?? null;
  for (const p of head) {
    const from = /^From:\s+(.{3,120})$/.exec(p.text);
    if (from?.[1] && p.role === 'text') {
      publisher ??= from[1].replace(/\s+and\s+.*$/, '').trim();
      p.role = 'furniture';
    }
  }
  publisher ??= pipedPublisher ?? issuer ?? publisherFromFurniture(text);

  // The outlet talking about itself ("The Independent is on the ground… we know") is a promo, not news.
  if (publisher) {
    const self = new RegExp(`\\b${publisher.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
    for (const p of paras) {
      if (p.role === 'text' && self.test(p.text) && /\b(?:we|our|us)\b/i.test(p.text) && !/[“"]/.test(p.text))
        p.role = 'furniture';
    }
  }

  // The same paragraph twice (captions, repeated share bars): keep the first.
  const seenText = new Set<string>();
  for (const p of paras) {
    if (p.role !== 'text') continue;
    if (seenText.has(p.text)) p.role = 'furniture';
    seenText.add(p.text);
  }

  const bodyParas = paras.filter((p) => p.role === 'text').map((p) => p.text);
  const body = bodyParas.join('\n\n');
  if (!publisher && domain) publisher = publisherFromDomain(domain, body);
  if (title) title = unshout(title, body);
  return { title, publisher, author, published, url, body };
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

const HEADS = new Set(ORG_HEAD_NOUNS.map((h) => h.toLowerCase()));

/** "Finnish Security and Intelligence Service", "Department for Digital Security": a name, nothing else. */
function isOrganisationName(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length < 2 || words.length > 8 || /[.!?:;,]$/.test(line)) return false;
  const significant = words.filter((w) => !/^(?:of|for|and|the|on|&)$/.test(w));
  return significant.every((w) => /^[\p{Lu}]/u.test(w)) && words.some((w) => HEADS.has(w.toLowerCase()));
}

function markMenus(paras: Para[]): void {
  const isShortLabel = (p: Para) => p.words <= 4 && !TERMINAL.test(p.text);
  const prose = paras.map((p, i) => (p.role === 'text' && p.prose ? i : -1)).filter((i) => i >= 0);
  const firstProse = prose[0] ?? paras.length;
  const lastProse = prose[prose.length - 1] ?? -1;
  // Navigation shouts or title-cases every item; a list inside the article reads like prose.
  const navLike = (p: Para) =>
    p.text.split(/\s+/).every((w) => /^[^\p{Ll}]/u.test(w) || /^(?:&|and|of|for|the|to|in|on|a)$/.test(w));
  // Three or more short labels in a row are a menu: around the article, or styled like navigation in it.
  for (let i = 0; i < paras.length; ) {
    let j = i;
    while (
      j < paras.length &&
      (paras[j]?.role === 'furniture' || (paras[j]?.role === 'text' && isShortLabel(paras[j] as Para)))
    )
      j++;
    const run = paras.slice(i, j).filter((p) => p.role === 'text');
    const outside = j <= firstProse || i > lastProse;
    if (run.length >= 3 && (outside || run.every(navLike))) for (const p of run) p.role = 'furniture';
    i = j > i ? j : i + 1;
  }
  // A line with no sentence ending, stranded between two pieces of furniture, is furniture too.
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < paras.length; i++) {
      const p = paras[i];
      if (p?.role !== 'text' || TERMINAL.test(p.text) || p.words > 20) continue;
      const prev = paras[i - 1];
      const next = paras[i + 1];
      if ((!prev || prev.role === 'furniture') && next?.role === 'furniture' && prev) {
        p.role = 'furniture';
        changed = true;
      }
    }
  }
}

/** A pull quote repeats, without quote marks, words the article quotes elsewhere; it and its credit go. */
function dropPullQuotes(paras: Para[]): void {
  const quoted = paras
    .filter((p) => p.role === 'text' && /[“"]/.test(p.text))
    .map((p) => contentWords(p.text));
  if (quoted.length === 0) return;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    if (p?.role !== 'text' || /[“"]/.test(p.text) || p.words < 8) continue;
    const words = contentWords(p.text);
    // The length test first: it is cheap and rules out most pairs.
    if (!quoted.some((q) => q.length >= words.length * 0.8 && overlap(words, q) >= 0.9)) continue;
    const next = paras[i + 1];
    const credit =
      next &&
      next.role === 'text' &&
      next.words <= 8 &&
      /^[\p{Lu}][^.!?]*,/u.test(next.text) &&
      !TERMINAL.test(next.text);
    p.role = 'furniture';
    if (credit && next) next.role = 'furniture';
  }
}
