// Direct quotations and who said them: words in quote marks, attributed by the speaker rules
// (speaker-rules.ts); speeches a parliamentary record or a transcript heads with the speaker's name
// (speeches.ts); and dash quotes, as Nordic and French news write speech (dash-quotes.ts).
import { isGivenName } from '../data/given-names.js';
import { isHonorific, isRoleWord } from '../data/organisations.js';
import type { Mention, Quote } from '../model.js';
import { wordCount } from '../text/normalise.js';
import type { Paragraph } from '../text/sentences.js';
import { dashQuotes } from './dash-quotes.js';
import type { EntitySpan } from './entities.js';
import { quoteSpans } from './quote-spans.js';
import {
  type Attribution,
  type Found,
  type Located,
  NOBODY,
  type Previous,
  type QuoteContext,
  SPEAKER_RULES,
} from './speaker-rules.js';
import { headedSpeeches } from './speeches.js';

/** A quote shorter than this needs its speaker and speech verb right beside it ("called it “reckless”"). */
const MIN_WORDS = 4;

/** A quote as found, before its speaker's role is looked up. */
export type FoundQuote = Omit<Quote, 'role'>;

function contextOf(paragraphs: readonly Paragraph[], spans: EntitySpan[]): QuoteContext {
  const quotes = paragraphs.flatMap((p, paragraph) =>
    quoteSpans(p.text)
      .filter((q) => !q.single)
      .map((q) => ({ ...q, paragraph })),
  );
  const inQuote = (paragraph: number, at: number) =>
    quotes.some((q) => q.paragraph === paragraph && at >= q.start - 1 && at <= q.end);
  const speakers = spans.filter(
    (s) => (s.kind === 'person' || s.kind === 'organisation') && !inQuote(s.paragraph, s.start),
  );
  return { paragraphs, quotes, speakers };
}

function attribute(ctx: QuoteContext, q: Located, previous: Previous | null): Found | null {
  for (const rule of SPEAKER_RULES) {
    const a: Attribution = rule(ctx, q, previous);
    if (a === NOBODY) return null;
    if (a) return a;
  }
  return null;
}

/**
 * Four words make a quote; fewer only beside their speaker and verb, and in words of speech: a name in
 * quote marks ("which the FSB calls “Snake”", "dubbed “MEDUSA”") says nothing.
 */
function longEnough(text: string, found: Found, q: Located): boolean {
  const words = wordCount(text);
  if (words >= MIN_WORDS) return true;
  return words > 0 && found.direct && q.closed && /(?:^|\s)\p{Ll}/u.test(text);
}

/**
 * "a blog post, “Defending Democracy Against State Threats”, that…": a title in quote marks, every word of
 * weight capitalised and no sentence in it, is no one's speech.
 */
function readsAsTitle(text: string): boolean {
  const weighty = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (weighty.length < 3 || /[.!?;]/.test(text)) return false;
  return weighty.every((w) => /^\p{Lu}/u.test(w));
}

/** Quotes in quote marks, one per quoted paragraph (and per part where an attribution splits one). */
function markedQuotes(ctx: QuoteContext): FoundQuote[] {
  const out: FoundQuote[] = [];
  let previous: Previous | null = null;
  for (const q of ctx.quotes) {
    const found = attribute(ctx, q, previous);
    previous = { q, speaker: found?.speaker ?? null };
    const text = (ctx.paragraphs[q.paragraph]?.text ?? '')
      .slice(q.start, q.end)
      .replace(/[\s,]+$/, '')
      .trim();
    if (!found || !longEnough(text, found, q) || readsAsTitle(text)) continue;
    out.push({ speaker: found.speaker.name, speakerKind: found.speaker.kind, text, paragraph: q.paragraph });
  }
  return out;
}

/** Quotes of one document in the order they stand. */
export function extractQuotes(
  paragraphs: readonly Paragraph[],
  spans: EntitySpan[],
  mentions: Mention[],
): Quote[] {
  const ctx = contextOf(paragraphs, spans);
  const all = [...markedQuotes(ctx), ...headedSpeeches(paragraphs), ...dashQuotes(ctx)];
  all.sort((a, b) => a.paragraph - b.paragraph);
  const fullName = fullNames(all, ctx.speakers, paragraphs);
  return all.map((q) => {
    const speaker =
      q.speakerKind === 'person' ? (officeHolder(q.speaker, mentions) ?? fullName(q.speaker)) : q.speaker;
    const mention = mentions.find((m) => m.name === speaker);
    return { ...q, speaker, role: mention?.roles.find((r) => r !== 'author') ?? null };
  });
}

/**
 * "The Foreign Secretary said: “…”" where the document names the holder ("Foreign Secretary Dominic Hale"):
 * the one person the document gives that office speaks; with none or several, the office stays.
 */
function officeHolder(office: string, mentions: readonly Mention[]): string | null {
  const key = office.toLowerCase();
  const holders = mentions.filter(
    (m) => m.kind === 'person' && m.name !== office && m.roles.some((r) => r.toLowerCase() === key),
  );
  return holders.length === 1 ? (holders[0]?.name ?? null) : null;
}

/**
 * "Mr Hampton" or "Minister Hampton" for the "Andrew Hampton" the document names in full elsewhere: a
 * speaker given by courtesy title or office and surname (or surname alone) takes the longest full name
 * with that surname among the document's people, or else a given name and that surname as the text
 * writes them ("Minister … Clare O’Neil said").
 */
function fullNames(
  quotes: readonly FoundQuote[],
  spans: readonly EntitySpan[],
  paragraphs: readonly Paragraph[],
): (name: string) => string {
  const people = [
    ...quotes.filter((q) => q.speakerKind === 'person').map((q) => q.speaker),
    ...spans.filter((s) => s.kind === 'person').map((s) => s.name),
  ];
  const surname = (n: string) => n.replace(NAME_SUFFIX, '').split(' ').at(-1) ?? n;
  return (name) => {
    // "Walter Brandt" where the document also quotes him as "Walter Brandt Jr.".
    const suffixed = people.find((n) => n.startsWith(`${name} `) && NAME_SUFFIX.test(n));
    if (suffixed) return suffixed;
    const words = name.split(' ');
    const title = words[0] ?? '';
    if (words.length > 2 || (words.length === 2 && !isHonorific(title) && !isRoleWord(title))) return name;
    const longer = people.filter(
      (n) => n !== name && surname(n) === surname(name) && n.split(' ').length >= 2,
    );
    return longer.sort((a, b) => b.length - a.length)[0] ?? writtenInFull(surname(name), paragraphs) ?? name;
  };
}

const NAME_SUFFIX = /,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** "Clare O’Neil" where the text writes a given name (and initials) before the surname. */
function writtenInFull(surname: string, paragraphs: readonly Paragraph[]): string | null {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}\\.)*)\\s+${escaped}\\b`, 'gu');
  for (const p of paragraphs)
    for (const m of p.text.matchAll(re)) if (isGivenName((m[1] ?? '').split(/\s+/)[0] ?? '')) return m[0];
  return null;
}
