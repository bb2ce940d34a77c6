// Speeches without quote marks, as parliamentary records and transcripts print them: a heading names the
// speaker ("Jane Smith (Northtown) (Lab)", "The Minister for Security (Mr John Doe)", "Jane Smith:", and with a
// colon as text versions print them: "Hon. Jane Smith (Minister of X):", "Mr SMITH (Northtown) (14:02):"), and
// what follows is theirs until the next heading. The heading may stand on its own line, with the speech in
// the paragraphs below, or run inline when a debate is printed as one run of text. Each paragraph (or inline
// stretch) of a speech is one quote. A heading that names an office only ("Mr Speaker") ends the speech
// before it and starts none.
import { isHonorific, isRoleWord } from '../data/organisations.js';
import { wordCount } from '../text/normalise.js';
import type { Paragraph } from '../text/sentences.js';
import { nameIn } from './attribution.js';
import type { FoundQuote } from './quotes.js';

/** A speaker heading found in a paragraph: where it stands and whom it names (null: an office only). */
interface Heading {
  start: number;
  end: number;
  speaker: string | null;
}

const WORD = `\\p{Lu}[\\p{L}'’.-]*`;
const LINK = '(?:of|for|and|upon|on|the|in|under)';
/** "(Isle of Wight) (Con)", "(Berwick-upon-Tweed) (LD)": a constituency and a party, in brackets. */
const PLACE_AND_PARTY = new RegExp(
  `\\s*\\(${WORD}(?:[\\s,]+(?:${LINK}|${WORD}))*\\)\\s*\\(${WORD}(?:[\\s/]${WORD}){0,2}\\)`,
  'gu',
);
/** "(Mr John Doe)" after an office: the name in brackets. */
const NAME_IN_BRACKETS = new RegExp(`\\((${WORD}(?:\\s+${WORD}){1,4})\\)`, 'gu');
/** An office that heads a speech: "The Minister for X", "Madam Deputy Speaker", "Mr Speaker". */
const OFFICE = new RegExp(`(?:^|\\s)((?:The|Madam|Mr)\\s+(?:(?:${LINK}|${WORD})\\s+)*?${WORD})$`, 'u');
const OFFICE_ONLY = new RegExp(`^(?:The|Madam|Mr)\\s+(?:(?:${LINK}|${WORD})\\s+)*${WORD}$`, 'u');
/**
 * "Jane Smith:", "Hon. Jane Smith (Minister of X, Lib.):", "Mr SMITH (Northtown—Minister for X) (14:02):"
 * opening a transcript's or a record's paragraph: a name, up to two bracketed notes, a colon.
 */
const COLON_HEAD = new RegExp(
  `^(${WORD}(?:\\s+${WORD}){0,4})(?:\\s*\\([^()]{1,80}\\)){0,2}:\\s+(?=\\p{Lu})`,
  'u',
);
/** The style a record prints before a member's name: "Hon.", "Rt Hon", "The Hon". */
const MEMBER_STYLE = /^(?:(?:The|Rt\.?|Right|Hon\.?|Honourable)\s+)+/;
const STYLED_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,3}$/u;
/** "Mr SMITH", "Senator SMITH", "Hon JANE SMITH": a style or title, then the name in capitals. */
const NAME_IN_CAPITALS =
  /^(?:The\s+)?(?:(?:Rt\.?|Hon\.?|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Senator|Madam)\s+)+(\p{Lu}{2,}[\p{Lu}'’-]*(?:\s+\p{Lu}{2,}[\p{Lu}'’-]*){0,2})$/u;
/** "Jane Smith Portrait Jane Smith", "Jane Smith Portrait Mr Speaker": a picture's label before the heading. */
const LABELLED = new RegExp(
  `(${WORD}(?:\\s+${WORD}){1,3})\\s+\\p{Lu}\\p{Ll}+\\s+((?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\\s+)?\\1|(?:Mr|Madam)\\s+(?:Deputy\\s+)?Speaker)$`,
  'u',
);
const TIMESTAMP = /\b\d{1,2}:\d{2}(?::\d{2})?\b/g;

/** A person's name as a heading gives it, without the courtesy title ("Mr Bob Seely" → "Bob Seely"). */
function personName(words: string): string | null {
  const found = nameIn(words)?.name ?? lastTwoWords(words);
  return found ? withoutCourtesyTitle(found) : null;
}

function withoutCourtesyTitle(name: string): string {
  const parts = name.split(/\s+/);
  while (parts.length > 2 && isHonorific(parts[0] ?? '') && !PEERAGE.test(parts[0] ?? '')) parts.shift();
  return parts.join(' ');
}
const PEERAGE = /^(?:Lord|Lady|Baroness|Baron)$/;

function lastTwoWords(words: string): string | null {
  const m = new RegExp(`(${WORD}\\s+${WORD})\\s*$`, 'u').exec(words);
  return m?.[1] && !m[1].split(/\s+/).some((w) => isRoleWord(w)) ? m[1] : null;
}

/**
 * The name that ends a heading's words ("Jane Smith Portrait Mr Jane Smith" → "Jane Smith"): the longest run
 * of up to four words before the brackets that starts as a name does.
 */
function nameEnding(words: string): string | null {
  const tokens = words.trim().split(/\s+/);
  for (let n = Math.min(5, tokens.length); n >= 2; n--) {
    const tail = tokens.slice(-n).join(' ');
    const found = nameIn(tail);
    const words = found?.name.split(' ') ?? [];
    // A word twice is a picture's label and the heading run together, not one name.
    if (found?.start === 0 && found.end === tail.length && new Set(words).size === words.length)
      return withoutCourtesyTitle(found.name);
  }
  return personName(tokens.slice(-2).join(' '));
}

/** "Name (Place) (Party)" headings: the name is the words just before the brackets. */
function constituencyHeadings(p: string): Heading[] {
  return [...p.matchAll(PLACE_AND_PARTY)].flatMap((m) => {
    const before = p.slice(0, m.index);
    const speaker = nameEnding(before);
    if (!speaker) return [];
    const start = before.lastIndexOf(speaker.split(' ')[0] ?? '');
    return [{ start: start >= 0 ? start : m.index, end: m.index + m[0].length, speaker }];
  });
}

/** "The Minister for X (Mr John Doe)" headings: an office with a title word, then the name in brackets. */
function officeHeadings(p: string): Heading[] {
  return [...p.matchAll(NAME_IN_BRACKETS)].flatMap((m) => {
    const office = OFFICE.exec(p.slice(0, m.index).trimEnd());
    if (!office?.[1]?.split(/\s+/).some((w) => isRoleWord(w) && !isHonorific(w))) return [];
    const speaker = personName(m[1] ?? '');
    if (!speaker) return [];
    return [{ start: p.lastIndexOf(office[1], m.index), end: m.index + m[0].length, speaker }];
  });
}

/** Headings in a paragraph that start a speech: followed by its first words, or ending the paragraph. */
function headingsIn(p: string): Heading[] {
  // A colon may close the heading: "The Minister for X (Mr John Doe): I beg to move…".
  const all = [...constituencyHeadings(p), ...officeHeadings(p)].flatMap((h) => {
    const colon = /^\s*:?/.exec(p.slice(h.end))?.[0].length ?? 0;
    return /^\s*(?:$|\p{Lu})/u.test(p.slice(h.end + colon)) ? [{ ...h, end: h.end + colon }] : [];
  });
  all.sort((a, b) => a.start - b.start);
  return all.filter((h, i) => i === 0 || h.start >= (all[i - 1] as Heading).end);
}

/**
 * A paragraph that is a heading and nothing else (a picture's label and navigation words may precede it);
 * "(Place) (Party)" alone under a line that is only the name counts with it.
 */
function headingLine(p: string, above: string): Heading | null {
  if (wordCount(p) > 24 || /[.!?,;:]$/.test(p)) return null;
  if (wordCount(above) <= 5 && new RegExp(`^${PLACE_AND_PARTY.source}$`, 'u').test(p)) {
    const speaker = nameEnding(above);
    if (speaker) return { start: 0, end: p.length, speaker };
  }
  const last = headingsIn(p).at(-1);
  if (last && p.slice(last.end).trim() === '') return last;
  const labelled = LABELLED.exec(p);
  if (labelled?.[1]) return { start: labelled.index, end: p.length, speaker: personName(labelled[1]) };
  return OFFICE_ONLY.test(p) && p.split(/\s+/).some((w) => isRoleWord(w) && !isHonorific(w))
    ? { start: 0, end: p.length, speaker: null }
    : null;
}

/** "Jane Smith: I thank the Minister…": a transcript's or a record's speaker at the head of the paragraph. */
function colonHeading(p: string): Heading | null {
  const m = COLON_HEAD.exec(p);
  if (!m?.[1]) return null;
  const speaker = colonSpeaker(m[1]);
  return speaker ? { start: 0, end: m[0].length, speaker } : null;
}

/** The person a colon heading names, past a member's style ("Hon. Jane Smith"); null for a label. */
function colonSpeaker(words: string): string | null {
  const bare = words.replace(MEMBER_STYLE, '');
  if (nameIn(`${bare} `)?.start === 0) return personName(bare);
  // After "Hon." the capitalised words can only be the member's name, whatever the given name.
  if (bare !== words && STYLED_NAME.test(bare)) return bare;
  return nameInCapitals(words);
}

/**
 * "Mr SMITH" → "Mr Smith", "Senator SMITH" → "Smith", "Hon JANE SMITH" → "Jane Smith": records that print
 * names in capitals. A courtesy title stays before a lone surname, so that the full name can be found.
 */
function nameInCapitals(words: string): string | null {
  const m = NAME_IN_CAPITALS.exec(words);
  if (!m?.[1]) return null;
  const name = m[1]
    .split(/\s+/)
    .map((w) => w.charAt(0) + w.slice(1).toLowerCase())
    .join(' ');
  const title = words.split(/\s+/).at(-1 - name.split(' ').length) ?? '';
  return name.includes(' ') || !isHonorific(title) ? name : `${title} ${name}`;
}

/** Prose, not a line of page furniture ("View Speech - Hansard - - - Excerpts"): some words in lower case. */
const isProse = (p: string) => /\p{Ll}{2,}(?:\s+\p{Ll}{2,}){2}/u.test(p) || /[.!?,]$/.test(p);

/** One speech quote per stretch of text, stopping at a timestamp. */
function speechQuote(speaker: string | null, text: string, paragraph: number): FoundQuote[] {
  const words = text.split(TIMESTAMP)[0]?.trim() ?? '';
  return speaker && isProse(words) ? [{ speaker, speakerKind: 'person', text: words, paragraph }] : [];
}

/**
 * "Jane Smith" alone on a line, in a record whose headings already named speakers: a speaker the record
 * named before, or a line that reads as a name and nothing else.
 */
function nameLine(p: string, named: ReadonlySet<string>): Heading | null {
  if (named.size === 0 || wordCount(p) > 5) return null;
  const name = nameIn(p);
  const speaker = withoutCourtesyTitle(p);
  const whole = name?.start === 0 && name.end === p.length;
  return whole || named.has(speaker) ? { start: 0, end: p.length, speaker } : null;
}

/** The headings that run inline in a paragraph: a transcript's "Name:" first, then a record's. */
function inlineHeadings(p: string): { heads: Heading[]; colon: Heading | null } {
  const colon = colonHeading(p);
  return { heads: [...(colon ? [colon] : []), ...headingsIn(p)], colon };
}

export function headedSpeeches(paragraphs: readonly Paragraph[]): FoundQuote[] {
  const out: FoundQuote[] = [];
  let speaker: string | null = null;
  const named = new Set<string>();
  paragraphs.forEach(({ text: p }, paragraph) => {
    const line = headingLine(p, paragraphs[paragraph - 1]?.text ?? '') ?? nameLine(p, named);
    if (line) {
      speaker = line.speaker;
      if (speaker) named.add(speaker);
      return;
    }
    if (/^-{2,}.*-{2,}$/.test(p)) speaker = null; // "--- Later in debate ---"
    const { heads, colon } = inlineHeadings(p);
    const first = heads[0];
    if (!first) {
      if (isProse(p)) out.push(...speechQuote(speaker, p, paragraph));
      return;
    }
    out.push(...speechQuote(speaker, p.slice(0, first.start), paragraph));
    heads.forEach((h, i) => {
      out.push(...speechQuote(h.speaker, p.slice(h.end, heads[i + 1]?.start ?? p.length), paragraph));
      if (h.speaker) named.add(h.speaker);
    });
    // A transcript names the speaker of every turn; a record's heading speaks for the paragraphs below it.
    const last = heads.at(-1);
    if (last && last !== colon) speaker = last.speaker;
  });
  return out;
}
