// Named entities by rule: people, organisations, threat actors and countries, with the aliases and
// roles the text gives them. Capitalised runs are read in context (a title before a name, a head noun
// such as "Office" or "Commission", an acronym in brackets, a given name, a speech verb); reference
// tables supply threat-actor aliases, countries, agencies and given names.
import { findCountry } from '../data/countries.js';
import { isGivenName } from '../data/given-names.js';
import { HONORIFICS, ORG_HEAD_NOUNS, ROLE_WORDS, WELL_KNOWN_ORGS } from '../data/organisations.js';
import { ACTOR_NAME_PATTERNS, findThreatActor } from '../data/threat-actors.js';
import { isCalendarName } from '../dates/calendar.js';
import type { EntityKind, Mention } from '../model.js';
import { hasOnlyAsciiLetters, looseKey } from '../text/normalise.js';
import type { Paragraph, Sentence } from '../text/sentences.js';
import {
  createOrgSettler,
  type DocumentSetting,
  type OrgMention,
  organisationName,
  orgBase,
  statedCountry,
} from './org-identity.js';

/** Where an entity is named: paragraph index and character offsets within it. */
export interface EntitySpan {
  paragraph: number;
  start: number;
  end: number;
  name: string;
  kind: EntityKind;
}

export interface EntityResult {
  mentions: Mention[];
  spans: EntitySpan[];
}

interface Token {
  text: string;
  start: number;
  end: number;
  sentenceStart: boolean;
}

const lower = (s: string) => s.toLowerCase();
const HEADS = new Set([...ORG_HEAD_NOUNS].map(lower));
const ROLES = new Set([...ROLE_WORDS].map(lower));
const HONOURS = new Set([...HONORIFICS].map((h) => lower(h).replace(/\.$/, '')));
const POST_NOMINALS = new Set([
  'KC',
  'QC',
  'MP',
  'MSP',
  'MLA',
  'MEP',
  'TD',
  'OBE',
  'CBE',
  'MBE',
  'KBE',
  'DBE',
  'CMG',
  'KCMG',
  'GCMG',
  'PhD',
  'JP',
  'Jr',
  'Sr',
  'II',
  'III',
]);
/** Courtesy titles are dropped from a name ("Ms Collins" is Judith Collins); peerages and knighthoods stay. */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'hon']);
const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  'the',
  'on',
  'de',
  'du',
  'des',
  'van',
  'von',
  'der',
  'al',
  'bin',
  'da',
  'di',
  'la',
  'le',
  '&',
]);

/** Capitalised words that start sentences and headings but never start a name. */
const NOT_A_NAME_START = new Set(
  `the a an in on at it its this that these those but and or when while however meanwhile separately concurrently
  yesterday today tomorrow according as if we they he she his her their our after before since from to for with by
  of over under into during although though because so also then there here what which who whom whose where why how
  all some many most more other such no not one two three four five several both each every any new further
  protecting calling partners authorities diplomatic register keep stay get read follow share download view
  statement speaking asked including despite following amid among between within without about against across
  last next earlier later monday tuesday wednesday thursday friday saturday sunday january february march april may
  june july august september october november december`
    .split(/\s+/)
    .filter(Boolean),
);

const SPEECH_VERB =
  /^\s*,?\s*(?:said|says|added|adds|stated|states|told|tells|warned|warns|explained|noted|wrote|writes|argued|claimed|insisted|confirmed|announced|emphasi[sz]ed|stressed|urged|commented|replied|responded|continued|remarked)\b/i;

function tokenize(paragraph: string, sentences: readonly Sentence[]): Token[] {
  const tokens: Token[] = [];
  const starts = new Set(sentences.map((s) => s.start));
  // Up to this offset there is only whitespace before a token.
  const firstText = paragraph.search(/\S/);
  const re = hasOnlyAsciiLetters(paragraph)
    ? /[A-Za-z0-9][A-Za-z0-9'’&.-]*/g
    : /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    let text = m[0];
    // A trailing full stop belongs to the sentence unless the token is an abbreviation like "U.S."
    while (text.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(text)) text = text.slice(0, -1);
    while (/[-’']$/.test(text)) text = text.slice(0, -1);
    if (!text) continue;
    const sentenceStart =
      starts.has(m.index) ||
      /(?:^|[“"‘(\n]|[:;]\s)\s*$/.test(paragraph.slice(Math.max(0, m.index - 3), m.index)) ||
      m.index <= firstText;
    tokens.push({ text, start: m.index, end: m.index + text.length, sentenceStart });
  }
  return tokens;
}

// The digit test first: it is cheap, and most lower-case words fail it.
const isCap = (t: string) => /^[\p{Lu}]/u.test(t) || (/\d$/.test(t) && /^\p{L}+\d+$/u.test(t));
const possessive = (t: string) => /['’]s$/.test(t) || /s['’]$/.test(t);
const stripPossessive = (t: string) =>
  // Most words end in neither an apostrophe nor an "s": they skip the two replacements.
  /[s'’]$/.test(t) ? t.replace(/['’]s$/, '').replace(/['’]$/, '') : t;
const POSSESSIVE_INSIDE = new Set([
  'attorney',
  'people',
  'women',
  'children',
  'men',
  'veterans',
  'workers',
  'citizens',
]);

/** Maximal runs of capitalised tokens, joined by connectors and plain spaces only. */
function runsOf(paragraph: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !isCap(t.text)) {
      i++;
      continue;
    }
    const run: Token[] = [t];
    let j = i + 1;
    while (j < tokens.length) {
      const prev = run[run.length - 1] as Token;
      // "Information Commissioner’s Office", "US Attorney’s Office": a role's possessive inside one name.
      const owner = lower(stripPossessive(prev.text));
      if (possessive(prev.text) && !POSSESSIVE_INSIDE.has(owner) && !ROLES.has(owner)) break;
      const gap = paragraph.slice(prev.end, tokens[j]?.start ?? prev.end);
      if (!/^ $/.test(gap) && !/^\s+$/.test(gap)) break;
      if (/\n/.test(gap)) break;
      const next = tokens[j] as Token;
      if (isCap(next.text) || (/^\d+$/.test(next.text) && run.length >= 2)) {
        run.push(next);
        j++;
        continue;
      }
      const after = tokens[j + 1];
      if (
        CONNECTORS.has(lower(next.text)) &&
        after &&
        isCap(after.text) &&
        /^\s+$/.test(paragraph.slice(next.end, after.start))
      ) {
        run.push(next, after);
        j += 2;
        continue;
      }
      break;
    }
    runs.push(run);
    i = j;
  }
  return runs;
}

interface Found {
  name: string;
  kind: EntityKind;
  alias?: string;
  role?: string;
  start: number;
  end: number;
  /** An organisation's base name and stated country, settled per document (see org-identity.ts). */
  org?: OrgMention;
}

/** An organisation called `written` (base name `base`), with the country the text around it states. */
function organisation(paragraph: string, written: string, base: string, start: number, end: number): Found {
  const org = { base: orgBase(base), country: statedCountry(paragraph, start, end) };
  return orgFound(written, org, start, end);
}

function orgFound(written: string, org: OrgMention, start: number, end: number): Found {
  const name = organisationName(org.base, org.country);
  return { name, kind: 'organisation', ...(written !== name ? { alias: written } : {}), start, end, org };
}

const words = (run: Token[]) => run.map((t) => stripPossessive(t.text));
const textOf = (paragraph: string, run: Token[]) =>
  paragraph.slice(run[0]?.start ?? 0, run[run.length - 1]?.end ?? 0).replace(/['’]s$/, '');

function isNameWord(w: string): boolean {
  if (/^\p{Lu}\.$/u.test(w)) return true; // a middle initial: "Merrick B. Garland"
  return (
    /^[\p{Lu}][\p{Ll}'’-]+$/u.test(w) ||
    /^[\p{Lu}][\p{Ll}]*[\p{Lu}][\p{Ll}]+$/u.test(w) ||
    /^Al$|^Xi$|^Li$|^Yi$/.test(w)
  );
}

const ACTOR_PATTERNS_WHOLE = ACTOR_NAME_PATTERNS.map(
  (re) => new RegExp(`^(?:${re.source})$`, re.flags.replace('g', '')),
);

/**
 * A lookup by name that remembers its answers: every capitalised run (and for actors each of its
 * sub-runs) is looked up, and the same names recur within a report and across reports. The cache is
 * cleared when full, so memory stays bounded. The answers are shared: read them, never change them.
 */
function remembered<T>(lookup: (name: string) => T): (name: string) => T {
  const answers = new Map<string, T>();
  return (name) => {
    if (answers.has(name)) return answers.get(name) as T;
    const answer = lookup(name);
    if (answers.size >= 10_000) answers.clear();
    answers.set(name, answer);
    return answer;
  };
}

const actorOf = remembered(
  (name): string | null =>
    findThreatActor(name)?.name ?? (ACTOR_PATTERNS_WHOLE.some((re) => re.test(name)) ? name : null),
);

const countryOf = remembered(findCountry);

function orgOf(ws: string[]): boolean {
  return ws.some((w) => HEADS.has(lower(w))) && !ROLES.has(lower(ws[ws.length - 1] ?? ''));
}

// Bodies that share a name or acronym are told apart per document (org-identity.ts): the first listed
// stands for them all here.
const WELL_KNOWN = new Map<string, { name: string; acronym?: string | undefined }>();
for (const o of WELL_KNOWN_ORGS) {
  for (const k of [o.name, o.acronym ?? ''].filter(Boolean).map(lower))
    if (!WELL_KNOWN.has(k)) WELL_KNOWN.set(k, o);
}

const HEADS_ALT = [...HEADS].map((h) => h.charAt(0).toUpperCase() + h.slice(1)).join('|');
/** "Foreign, Commonwealth and Development Office", "Department for Science, Innovation and Technology". */
const LIST_NAME = new RegExp(
  `\\b([\\p{Lu}][\\p{L}]+(?:, [\\p{Lu}][\\p{L}]+)+,? and (?:[\\p{Lu}][\\p{L}]+ )*?(?:${HEADS_ALT})|(?:${HEADS_ALT}) (?:for|of) [\\p{Lu}][\\p{L}]+(?:, [\\p{Lu}][\\p{L}]+)+,? and [\\p{Lu}][\\p{L}]+)\\b`,
  'gu',
);
/** What every LIST_NAME match holds: the list's last item and its "and" (", Innovation and "). */
const LIST_NAME_END = /, [\p{Lu}][\p{L}]+,? and /u;

/** Classifies one capitalised run; may yield several entities ("Deputy Prime Minister Oliver Dowden"). */
function classify(paragraph: string, run: Token[], prevText: string): Found[] {
  let r = run;
  while (
    r.length > 0 &&
    r[0] &&
    NOT_A_NAME_START.has(lower(r[0].text)) &&
    !(r.length > 1 && HEADS.has(lower(r[r.length - 1]?.text ?? '')) && lower(r[0].text) !== 'the') &&
    // "New Zealand": a country whose name starts with such a word keeps it.
    !(
      r.length > 1 &&
      countryOf(`${r[0].text} ${stripPossessive(r[1]?.text ?? '')}`) &&
      !countryOf(stripPossessive(r[1]?.text ?? ''))
    )
  )
    r = r.slice(1);
  while (r.length > 0 && CONNECTORS.has(r[r.length - 1]?.text ?? '')) r = r.slice(0, -1);
  // "In November 2021 the NCSC": the year a dropped month left behind starts no name either.
  while (r.length > 0 && (CONNECTORS.has(r[0]?.text ?? '') || /^\d+$/.test(r[0]?.text ?? ''))) r = r.slice(1);
  // Post-nominal letters and "Hon"/"Rt Hon" are not part of a name: "Hon Judith Collins KC".
  while (r.length > 1 && POST_NOMINALS.has(r[r.length - 1]?.text ?? '')) r = r.slice(0, -1);
  while (r.length > 2 && /^(?:Hon|Rt|Right|Honourable|Honorable)$/.test(r[0]?.text ?? '')) r = r.slice(1);
  if (r.length === 0) return [];
  const ws = words(r);
  const full = textOf(paragraph, r);
  const start = r[0]?.start ?? 0;
  const end = r[r.length - 1]?.end ?? 0;
  const fullClean = stripPossessive(full);

  // Threat actors: the whole run or any part of it.
  const actor = actorOf(fullClean);
  if (actor)
    return [
      {
        name: actor,
        kind: 'threat_actor',
        alias: fullClean !== actor ? fullClean : undefined,
        start,
        end,
      } as Found,
    ];
  for (let a = 0; a < r.length; a++) {
    for (let b = r.length; b > a; b--) {
      if (a === 0 && b === r.length) continue;
      const sub = words(r.slice(a, b)).join(' ');
      const hit = actorOf(sub);
      if (hit) {
        const out: Found[] = [
          { name: hit, kind: 'threat_actor', start: r[a]?.start ?? start, end: r[b - 1]?.end ?? end },
        ];
        if (sub !== hit) (out[0] as Found).alias = sub;
        return out;
      }
    }
  }

  // A title or role before a name: "Deputy Prime Minister Oliver Dowden", "Foreign Secretary Lord Cameron".
  let lastRole = -1;
  for (let k = 0; k < ws.length - 1; k++)
    if (ROLES.has(lower(ws[k] ?? '')) && !HONOURS.has(lower(ws[k] ?? ''))) lastRole = k;
  if (lastRole >= 0) {
    const nameWs = ws.slice(lastRole + 1);
    // One word after a title is a name only with an honorific ("Foreign Secretary Lord Cameron"), never
    // "Minister Responsible".
    if (
      (nameWs.length >= 2 || HONOURS.has(lower(nameWs[0] ?? ''))) &&
      nameWs.length <= 4 &&
      nameWs.every((w) => isNameWord(w) || HONOURS.has(lower(w))) &&
      !nameWs.some((w) => HEADS.has(lower(w)) || (ROLES.has(lower(w)) && !HONOURS.has(lower(w))))
    ) {
      const roleStartTok = r[0] as Token;
      let role = paragraph.slice(roleStartTok.start, r[lastRole]?.end ?? 0);
      const possessor = /([\p{Lu}][\p{L}]+['’]s)\s+$/u.exec(
        paragraph.slice(Math.max(0, roleStartTok.start - 40), roleStartTok.start),
      );
      if (possessor?.[1]) role = `${possessor[1]} ${role}`;
      const nameStart = r[lastRole + 1]?.start ?? start;
      const name = paragraph.slice(nameStart, end).replace(/['’]s$/, '');
      return [{ name, kind: 'person', role, start, end }];
    }
  }

  // Honorific names: "Lord Cameron", "Sir Jeremy Fleming", "Dr Ian Levy".
  if (
    HONOURS.has(lower(ws[0] ?? '').replace(/\.$/, '')) &&
    ws.length >= 2 &&
    ws.length <= 4 &&
    ws.slice(1).every(isNameWord)
  ) {
    if (!COURTESY.has(lower(ws[0] ?? '').replace(/\.$/, '')))
      return [{ name: fullClean, kind: 'person', start, end }];
    // "Dr Ian Levy" is Ian Levy; "Ms Collins" alone waits for the second pass to find her full name.
    const rest = paragraph.slice(r[1]?.start ?? start, end).replace(/['’]s$/, '');
    return ws.length >= 3 ? [{ name: rest, kind: 'person', start, end }] : [];
  }

  // Countries, and organisations named after one: "UK Electoral Commission" is the Electoral Commission.
  const country = countryOf(fullClean);
  if (country && !country.viaDemonym)
    return [
      {
        name: country.country.name,
        kind: 'country',
        alias: fullClean !== country.country.name ? fullClean : undefined,
        start,
        end,
      } as Found,
    ];
  if (ws.length === 1 && country?.viaDemonym)
    return [{ name: country.country.name, kind: 'country', start, end }];

  const known = WELL_KNOWN.get(lower(fullClean));
  if (known) return [organisation(paragraph, fullClean, known.name, start, end)];

  if (orgOf(ws)) {
    // "UK Electoral Commission", "New Zealand Ministry of Defence": that country's body of the name.
    const n = [3, 2, 1].find((k) => k < ws.length && countryOf(ws.slice(0, k).join(' '))) ?? 1;
    const lead = countryOf(ws.slice(0, n).join(' '));
    const rest = ws.slice(n);
    if (lead && rest.length >= 2 && orgOf(rest) && !ROLES.has(lower(rest[0] ?? ''))) {
      const restText = paragraph.slice(r[n]?.start ?? start, end).replace(/['’]s$/, '');
      return [orgFound(fullClean, { base: orgBase(restText), country: lead.country.name }, start, end)];
    }
    // A head noun alone ("the Government", "Parliament") is too generic to be an entity.
    if (ws.length === 1) return [];
    return [organisation(paragraph, fullClean, fullClean, start, end)];
  }

  // A company or agency introduced by what it is: "cyber security firm IDEE".
  if (
    ws.length <= 3 &&
    /\b(?:firm|company|vendor|group|agency|organi[sz]ation|body|regulator|watchdog|start-?up|provider|maker|giant)\s+$/i.test(
      prevText,
    )
  ) {
    return [{ name: fullClean, kind: 'organisation', start, end }];
  }

  // People by their given name: "Paul Chichester", "Al Lakhani".
  if (
    ws.length >= 2 &&
    ws.length <= 3 &&
    isGivenName(ws[0] ?? '') &&
    ws.slice(1).every(isNameWord) &&
    !ws.some((w) => HEADS.has(lower(w)))
  ) {
    return [{ name: fullClean, kind: 'person', start, end }];
  }
  // Two or three name-like words right before a speech verb or an appositive with a role.
  const after = paragraph.slice(end, end + 80);
  if (
    ws.length >= 2 &&
    ws.length <= 3 &&
    ws.every(isNameWord) &&
    (SPEECH_VERB.test(after) ||
      /^,\s*(?:the\s+)?[\p{Ll}\p{Lu}][^,]{0,80}\b(?:minister|secretary|director|chief|head|spokes\w+|founder|officer|president|chair\w*|commissioner|ambassador|analyst|researcher|professor)\b[^,]*,/iu.test(
        after,
      ))
  ) {
    return [{ name: fullClean, kind: 'person', start, end }];
  }
  // An acronym alone may be an agency we know.
  return [];
}

/** A role phrase next to a person's name: ", NCSC Director of Operations," or "director of operations, NAME". */
function appositiveRole(paragraph: string, span: { start: number; end: number }): string | null {
  const after = /^,\s*((?:the\s+)?[^,;“”"()]{3,90}?)\s*,/.exec(paragraph.slice(span.end));
  const roleish =
    /\b(?:minister|secretary|director|chief|head|spokes\w+|founder|officer|president|chair\w*|commissioner|ambassador|editor|correspondent|reporter|analyst|researcher|professor|general|executive|manager|leader|lead|inspector|superintendent|constable|detective|prosecutor|attorney|judge|mp|senator|governor|mayor|deputy|adviser|advisor|partner|fellow)\b/i;
  if (after?.[1] && roleish.test(after[1]) && !/\b(?:said|says|added|told)\b/.test(after[1]))
    return after[1].replace(/^the\s+/i, '').trim();
  const before = /(?:^|[.;:]\s+|,\s+)((?:the\s+)?[^,;.“”"()]{3,80}?),\s*$/i.exec(
    paragraph.slice(Math.max(0, span.start - 90), span.start),
  );
  if (before?.[1] && roleish.test(before[1]) && /^(?:the\s+|[\p{Lu}])/iu.test(before[1])) {
    // "The organisation’s director of operations, Paul Chichester": the role without its possessor.
    return before[1]
      .replace(/^the\s+/i, '')
      .replace(/^[\p{L}]+['’]s\s+/u, '')
      .trim();
  }
  return null;
}

interface Acc {
  name: string;
  kind: EntityKind;
  aliases: Set<string>;
  roles: string[];
}

/** Four words or more, most of them capitalised. */
function isTitleCase(p: string): boolean {
  const words = p.split(/\s+/);
  return words.length >= 4 && words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length >= 0.6 * words.length;
}

/** Entities of one document, with where each is named. */
export function extractEntities(
  read: readonly Paragraph[],
  author: string | null = null,
  setting: DocumentSetting = {},
): EntityResult {
  const paragraphs = read.map((p) => p.text);
  const byKey = new Map<string, Acc>();
  const spans: EntitySpan[] = [];
  const settler = createOrgSettler<Acc>(paragraphs, setting);
  const keyOf = looseKey;
  const add = (f: Found, paragraph: number) => {
    const k = keyOf(f.name);
    let acc = byKey.get(k);
    if (!acc) {
      acc = { name: f.name, kind: f.kind, aliases: new Set(), roles: [] };
      byKey.set(k, acc);
    }
    if (f.org && acc.kind === 'organisation') settler.record(acc, f.org);
    if (f.alias && keyOf(f.alias) !== k) acc.aliases.add(f.alias);
    if (f.role && !acc.roles.includes(f.role)) acc.roles.push(f.role);
    spans.push({ paragraph, start: f.start, end: f.end, name: acc.name, kind: acc.kind });
  };

  const pending: { paragraph: number; run: Token[]; text: string }[] = [];
  paragraphs.forEach((p, pi) => {
    const tokens = tokenize(p, read[pi]?.sentences ?? []);
    // A Title Case headline capitalises every word, so "Government Charged" is no organisation there.
    const headline = !/[.!?:"”]$/.test(p.trim()) && isTitleCase(p);
    for (const run of runsOf(p, tokens)) {
      const prevText = p.slice(Math.max(0, (run[0]?.start ?? 0) - 40), run[0]?.start ?? 0);
      let found = classify(p, run, prevText);
      // "the UK and Finland": a run joined by "and" that is not one name is several.
      if (found.length === 0 && run.some((t) => t.text === 'and')) {
        const parts: Token[][] = [[]];
        for (const t of run) {
          if (t.text === 'and') parts.push([]);
          else parts[parts.length - 1]?.push(t);
        }
        found = parts.filter((x) => x.length > 0).flatMap((x) => classify(p, x, ''));
      }
      if (headline) found = found.filter((f) => f.kind !== 'organisation');
      if (found.length === 0) pending.push({ paragraph: pi, run, text: textOf(p, run) });
      for (const f of found) {
        if (f.kind === 'person' && !f.role) {
          const role = appositiveRole(p, f);
          if (role) f.role = role;
        }
        add(f, pi);
      }
    }
    // "Foreign, Commonwealth and Development Office": a comma list inside one name. LIST_NAME is slow to
    // fail, so it runs only where its list ending is present.
    if (!LIST_NAME_END.test(p)) return;
    LIST_NAME.lastIndex = 0;
    const listName = LIST_NAME;
    for (let m = listName.exec(p); m; m = listName.exec(p)) {
      const name = m[1] ?? '';
      const s = m.index;
      // The tail ("Development Office") was taken as a name of its own: fold it into the full name.
      for (let i = spans.length - 1; i >= 0; i--) {
        const sp = spans[i] as EntitySpan;
        if (sp.paragraph === pi && sp.start >= s && sp.end <= s + name.length) {
          const stale = byKey.get(keyOf(sp.name));
          if (stale && spans.filter((x) => x.name === sp.name).length === 1) byKey.delete(keyOf(sp.name));
          spans.splice(i, 1);
        }
      }
      add({ name, kind: 'organisation', start: s, end: s + name.length }, pi);
    }
  });

  // A name in brackets after a title, as parliamentary records write speakers: "The Deputy Prime Minister
  // (Oliver Dowden)".
  paragraphs.forEach((p, pi) => {
    if (!p.includes('(')) return;
    const re =
      /((?:[\p{Lu}][\p{L}’'-]+\s+){0,4}[\p{Lu}][\p{L}’'-]+)\s+\(([\p{Lu}][\p{L}’'.-]+(?:\s+[\p{Lu}][\p{L}’'.-]+){1,3})\)/gu;
    for (let m = re.exec(p); m; m = re.exec(p)) {
      const roleWords = (m[1] ?? '').split(/\s+/);
      const nameWords = (m[2] ?? '').split(/\s+/);
      if (!ROLES.has(lower(roleWords[roleWords.length - 1] ?? '')) || !nameWords.every(isNameWord)) continue;
      const start = m.index + (m[0].indexOf('(') + 1);
      const role = (m[1] ?? '').replace(/^The\s+/, '');
      add({ name: m[2] ?? '', kind: 'person', role, start, end: start + (m[2] ?? '').length }, pi);
    }
  });

  // Acronyms in brackets name what stands before them: "National Cyber Security Centre (NCSC)".
  paragraphs.forEach((p, pi) => {
    if (!p.includes('(')) return;
    const re = /\(([\p{Lu}][\p{Lu}\p{N}&-]{1,9}|[\p{Lu}][\p{Ll}]{2,11})\)/gu;
    for (let m = re.exec(p); m; m = re.exec(p)) {
      const acronym = m[1] ?? '';
      // A short name in brackets ("Finnish Security and Intelligence Service (Supo)") is an alias only of an
      // organisation right before it, and never a weekday, a month or a country ("today (Monday)").
      if (/\p{Ll}/u.test(acronym)) {
        const owner = spans
          .filter((s) => s.paragraph === pi && s.end <= m.index && /^\s*$/.test(p.slice(s.end, m.index)))
          .pop();
        const acc = owner ? byKey.get(keyOf(owner.name)) : undefined;
        if (acc?.kind === 'organisation' && !countryOf(acronym) && !isCalendarName(acronym)) {
          acc.aliases.add(acronym);
          spans.push({
            paragraph: pi,
            start: m.index + 1,
            end: m.index + 1 + acronym.length,
            name: acc.name,
            kind: acc.kind,
          });
        }
        continue;
      }
      const before = spans.filter(
        (s) => s.paragraph === pi && s.end <= m.index && /^\s*$/.test(p.slice(s.end, m.index)),
      );
      const owner = before[before.length - 1];
      const actor = actorOf(acronym);
      if (actor) {
        // "Advanced Persistent Threat Group 31 (APT31)": the long form is an alias of the actor.
        const long = owner ? p.slice(owner.start, owner.end) : leadingCapitalised(p.slice(0, m.index));
        if (long) {
          if (owner) {
            const acc = byKey.get(keyOf(owner.name));
            if (acc && acc.kind !== 'threat_actor' && spans.filter((x) => x.name === owner.name).length === 1)
              byKey.delete(keyOf(owner.name));
            owner.name = actor;
            owner.kind = 'threat_actor';
          }
          add(
            {
              name: actor,
              kind: 'threat_actor',
              alias: long,
              start: m.index + 1,
              end: m.index + 1 + acronym.length,
            },
            pi,
          );
        }
        continue;
      }
      if (owner) {
        const acc = byKey.get(keyOf(owner.name));
        if (acc && acc.kind !== 'person') {
          acc.aliases.add(acronym);
          spans.push({
            paragraph: pi,
            start: m.index + 1,
            end: m.index + 1 + acronym.length,
            name: acc.name,
            kind: acc.kind,
          });
        }
      } else {
        const long = leadingCapitalised(p.slice(0, m.index));
        if (long && initialsMatch(acronym, long)) {
          add(
            {
              name: long,
              kind: 'organisation',
              alias: acronym,
              start: m.index - long.length - 1,
              end: m.index,
            },
            pi,
          );
        }
      }
    }
  });

  // Second pass over what nothing recognised: surnames of people already found, acronyms of organisations
  // already found, agencies known by acronym.
  const people = [...byKey.values()].filter((e) => e.kind === 'person');
  const orgs = [...byKey.values()].filter((e) => e.kind === 'organisation');
  for (const { paragraph, run, text } of pending) {
    const ws = words(run).filter((w) => !NOT_A_NAME_START.has(lower(w)) || w !== run[0]?.text);
    const clean = stripPossessive(text).replace(/^(?:The|A|An)\s+/, '');
    const start = run[0]?.start ?? 0;
    const end = run[run.length - 1]?.end ?? 0;
    if (ws.length === 0) continue;
    const titled = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Hon)\.?\s+/.test(clean);
    const bare = clean.replace(/^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Hon)\.?\s+/, '');
    const person = people.find((e) => e.name.split(/\s+/).slice(-1)[0] === bare && bare.length > 2);
    if (person) {
      spans.push({ paragraph, start, end, name: person.name, kind: 'person' });
      continue;
    }
    if (titled && /^[\p{Lu}][\p{Ll}'’-]+$/u.test(bare) && !ROLES.has(lower(bare))) {
      // "Ms Collins" with no fuller name in the text: the titled form is the best name we have.
      const acc = { name: clean, kind: 'person' as EntityKind, aliases: new Set([bare]), roles: [] };
      if (!byKey.has(keyOf(clean))) byKey.set(keyOf(clean), acc);
      spans.push({ paragraph, start, end, name: clean, kind: 'person' });
      continue;
    }
    if (/^[\p{Lu}]{2,8}$/u.test(clean)) {
      const org = orgs.find((o) => o.aliases.has(clean) || initialsMatch(clean, o.name));
      if (org) {
        org.aliases.add(clean);
        spans.push({ paragraph, start, end, name: org.name, kind: 'organisation' });
      }
    }
  }
  // Surnames as aliases, where the name's order is known: a recognised given name or an honorific first.
  for (const e of people) {
    const parts = e.name.split(/\s+/);
    const surname = parts[parts.length - 1];
    const first = parts[0] ?? '';
    if (
      parts.length >= 2 &&
      surname &&
      surname.length > 2 &&
      (isGivenName(first) || HONOURS.has(lower(first).replace(/\.$/, '')))
    )
      e.aliases.add(surname);
  }
  // "Priya Natarajan and Tomás Ruiz": each author is a person of their own.
  for (const name of (author ?? '')
    .split(/\s*(?:,|\band\b|&)\s*/)
    .filter((n) => n.split(/\s+/).length >= 2)) {
    const acc = byKey.get(keyOf(name)) ?? {
      name,
      kind: 'person' as EntityKind,
      aliases: new Set<string>(),
      roles: [],
    };
    if (!acc.roles.includes('author')) acc.roles.push('author');
    byKey.set(keyOf(name), acc);
  }

  settler.settle(
    (acc) => acc.name,
    (acc, name) => {
      const old = acc.name;
      const into = byKey.get(keyOf(name)) ?? acc;
      byKey.delete(keyOf(old));
      if (into !== acc) {
        for (const a of acc.aliases) into.aliases.add(a);
        for (const role of acc.roles) if (!into.roles.includes(role)) into.roles.push(role);
      }
      into.aliases.add(old);
      into.name = name;
      byKey.set(keyOf(name), into);
      for (const s of spans) if (s.name === old && s.kind === 'organisation') s.name = name;
    },
  );

  const mentions: Mention[] = [...byKey.values()].map((e) => ({
    name: e.name,
    kind: e.kind,
    aliases: [...e.aliases].filter((a) => keyOf(a) !== keyOf(e.name)),
    roles: e.roles,
  }));
  spans.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { mentions, spans };
}

function leadingCapitalised(before: string): string | null {
  const m =
    /((?:[\p{Lu}][\p{L}\p{N}'’-]*(?:\s+(?:of|for|and|the|on)\s+|\s+))*[\p{Lu}][\p{L}\p{N}'’-]*(?:\s+\d+)?)\s*$/u.exec(
      before,
    );
  return m?.[1] ?? null;
}

export function initialsMatch(acronym: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^[\p{Lu}]/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials.length >= 2 && initials === acronym.replace(/[^\p{Lu}]/gu, '');
}
