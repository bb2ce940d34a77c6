// Direct quotations and who said them. Each quote's speaker is found by the first speaker rule that
// answers: "“…,” said X" or "“…,” X said" (a pronoun resolved to the last person named outside quotes),
// "X said: “…”", "X said:" closing the paragraph above, and a quote that continues the previous speaker's
// (split by its attribution, or run over several paragraphs that each re-open with a mark).
import type { EntityKind, Mention, Quote } from '../model.js';
import { wordCount } from '../text/normalise.js';
import type { Paragraph } from '../text/sentences.js';
import type { EntitySpan } from './entities.js';
import { type QuoteSpan, quoteSpans } from './quote-spans.js';

const VERBS =
  'said|says|say|added|adds|stated|states|stating|saying|adding|told|tells|warned|warns|explained|explains|noted|notes|wrote|writes|argued|argues|claimed|claims|insisted|insists|confirmed|announced|declared|emphasi[sz]ed|emphasi[sz]es|stressed|urged|commented|replied|responded|continued|remarked|asked|acknowledged|admitted|concluded|according to';
const VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, 'gi');
const PRONOUN = /\b(he|she|they|it)\s*$/i;
const MIN_WORDS = 4;

interface Speaker {
  name: string;
  kind: EntityKind;
}

/** A speaker and where the text names them (the pronoun's offset for "he said"). */
interface Subject {
  speaker: Speaker;
  at: number;
}

interface Located extends QuoteSpan {
  paragraph: number;
}

/** One document's quotes and the spans that can speak them (people and organisations outside quotes). */
interface QuoteContext {
  paragraphs: readonly string[];
  quotes: readonly Located[];
  speakers: readonly EntitySpan[];
}

/** The quote before this one and who said it. */
interface Previous {
  q: Located;
  speaker: Speaker | null;
}

/** Who said quote `q`, by one way of attributing it; null when this way does not. */
type SpeakerRule = (ctx: QuoteContext, q: Located, previous: Previous | null) => Speaker | null;

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
  return { paragraphs: paragraphs.map((p) => p.text), quotes, speakers };
}

function lastBefore(ctx: QuoteContext, paragraph: number, at: number, kinds: EntityKind[]): Speaker | null {
  for (let i = ctx.speakers.length - 1; i >= 0; i--) {
    const s = ctx.speakers[i] as EntitySpan;
    if ((s.paragraph < paragraph || (s.paragraph === paragraph && s.end <= at)) && kinds.includes(s.kind))
      return s;
  }
  return null;
}

/** "he"/"she": the last person named before; "it": the last organisation. */
function resolvePronoun(ctx: QuoteContext, pronoun: string, paragraph: number, at: number): Speaker | null {
  if (/^(?:he|she)$/i.test(pronoun)) return lastBefore(ctx, paragraph, at, ['person']);
  return /^it$/i.test(pronoun) ? lastBefore(ctx, paragraph, at, ['organisation']) : null;
}

/** "X[, role,] said …" ending at `verbAt`: the first entity whose gap to the verb is empty or an appositive. */
function subjectBefore(ctx: QuoteContext, paragraph: number, from: number, verbAt: number): Subject | null {
  const p = ctx.paragraphs[paragraph] ?? '';
  const pronoun = PRONOUN.exec(p.slice(from, verbAt));
  if (pronoun?.[1]) {
    const at = from + pronoun.index;
    const speaker = resolvePronoun(ctx, pronoun[1], paragraph, at);
    return speaker ? { speaker, at } : null;
  }
  for (const s of ctx.speakers) {
    if (s.paragraph !== paragraph || s.start < from || s.end > verbAt) continue;
    const gap = p.slice(s.end, verbAt);
    if (/^\s*,?\s*$/.test(gap) || /^\s*,\s*[^,;:“”"()]{1,150}\s*,\s*$/.test(gap))
      return { speaker: s, at: s.start };
  }
  return null;
}

/** Between a closing quote and its speaker: at most a comma or a dash, and an article. */
const RIGHT_AFTER_QUOTE = /^\s*[,—–-]?\s*(?:the\s+)?$/i;

/** "“…,” said Deputy Attorney General Lisa Monaco." / "“…,” Foreign Secretary Lord Cameron said." */
const saidAfter: SpeakerRule = (ctx, q) => {
  if (!q.closed) return null;
  const p = ctx.paragraphs[q.paragraph] ?? '';
  const base = q.end + 1;
  const after = p.slice(base);
  const stop = after.search(/[.!?](?:\s|$)|[“"]/);
  const seg = stop >= 0 ? after.slice(0, stop) : after;
  if (wordCount(seg) > 14) return null;
  VERB_RE.lastIndex = 0;
  const v = VERB_RE.exec(seg);
  if (!v) return null;
  const verbAt = base + v.index;
  if (/^\s*[,—–-]?\s*$/.test(seg.slice(0, v.index))) {
    // The verb first: "said X", "said he".
    const s = ctx.speakers.find(
      (x) => x.paragraph === q.paragraph && x.start >= verbAt && x.start <= base + seg.length,
    );
    if (s) return s;
    const pro = /^\s*(he|she|it)\b/i.exec(seg.slice(v.index + v[0].length));
    return pro?.[1] ? resolvePronoun(ctx, pro[1], q.paragraph, q.start) : null;
  }
  // The subject first, right after the quote: not someone named later in another clause.
  const subject = subjectBefore(ctx, q.paragraph, base, verbAt);
  return subject && RIGHT_AFTER_QUOTE.test(p.slice(base, subject.at)) ? subject.speaker : null;
};

/** "Lin Jian said when asked…: “…”": the speech verb nearest the quote, in the sentence the quote opens in. */
function leadIn(ctx: QuoteContext, q: Located, from: number): Speaker | null {
  const p = ctx.paragraphs[q.paragraph] ?? '';
  const lead = p.slice(from, q.start - 1);
  const sentenceStart = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('? '), lead.lastIndexOf('! '));
  const base = from + (sentenceStart >= 0 ? sentenceStart + 2 : 0);
  const seg = p.slice(base, q.start - 1);
  const verbs: RegExpExecArray[] = [];
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(seg); m; m = VERB_RE.exec(seg)) verbs.push(m);
  for (const verb of verbs.reverse()) {
    const between = seg.slice(verb.index + verb[0].length);
    if (wordCount(between) > 16 && !/:\s*$/.test(between)) continue;
    if (/^according to$/i.test(verb[0])) {
      const s = ctx.speakers.find(
        (x) => x.paragraph === q.paragraph && x.start >= base + verb.index && x.end <= q.start,
      );
      if (s) return s;
      continue;
    }
    const s = subjectBefore(ctx, q.paragraph, base, base + verb.index);
    if (s) return s.speaker;
  }
  return null;
}

/** "X said: “…”": the attribution before the quote, after the previous quote in the paragraph if any. */
const saidBefore: SpeakerRule = (ctx, q, previous) =>
  leadIn(ctx, q, previous && previous.q.paragraph === q.paragraph ? previous.q.end + 1 : 0);

/** "Paul Chichester said:" closing the paragraph above one that opens with the quote. */
const saidAbove: SpeakerRule = (ctx, q) => {
  if (q.start !== 1 || q.paragraph === 0) return null;
  const above = ctx.paragraphs[q.paragraph - 1] ?? '';
  if (!/:\s*$/.test(above) || ctx.quotes.some((x) => x.paragraph === q.paragraph - 1)) return null;
  return leadIn(ctx, { ...q, paragraph: q.paragraph - 1, start: above.length + 1 }, 0);
};

/** A quote continuing the previous speaker's: later in the same paragraph, or a paragraph that re-opens. */
const sameSpeakerContinues: SpeakerRule = (ctx, q, previous) => {
  if (!previous?.speaker) return null;
  const samePara = previous.q.paragraph === q.paragraph;
  const nextPara =
    previous.q.paragraph === q.paragraph - 1 &&
    q.start === 1 &&
    paragraphHasOnlyQuotes(ctx.paragraphs[previous.q.paragraph] ?? '', previous.q);
  return samePara || nextPara ? previous.speaker : null;
};

/** The ways of attributing a quote, in the order they are tried: the first that answers decides. */
const SPEAKER_RULES: readonly SpeakerRule[] = [saidAfter, saidBefore, saidAbove, sameSpeakerContinues];

function speakerOf(ctx: QuoteContext, q: Located, previous: Previous | null): Speaker | null {
  for (const rule of SPEAKER_RULES) {
    const speaker = rule(ctx, q, previous);
    if (speaker) return speaker;
  }
  return null;
}

/** Quotes of one document, one per quoted paragraph. */
export function extractQuotes(
  paragraphs: readonly Paragraph[],
  spans: EntitySpan[],
  mentions: Mention[],
): Quote[] {
  const ctx = contextOf(paragraphs, spans);
  const quotes: Quote[] = [];
  let previous: Previous | null = null;
  for (const q of ctx.quotes) {
    const speaker = speakerOf(ctx, q, previous);
    previous = { q, speaker };
    const text = (ctx.paragraphs[q.paragraph] ?? '')
      .slice(q.start, q.end)
      .replace(/[\s,]+$/, '')
      .trim();
    if (!speaker || wordCount(text) < MIN_WORDS) continue;
    const mention = mentions.find((m) => m.name === speaker.name);
    quotes.push({
      speaker: speaker.name,
      speakerKind: speaker.kind,
      role: mention?.roles.find((r) => r !== 'author') ?? null,
      text,
      paragraph: q.paragraph,
    });
  }
  return quotes;
}

/** True when the paragraph's last quote ends it, so a quote opening the next paragraph continues it. */
function paragraphHasOnlyQuotes(p: string, last: QuoteSpan): boolean {
  const tail = p.slice(last.end + 1);
  return (
    !last.closed ||
    /^\s*[.,]?\s*$/.test(tail) ||
    /^[^.!?]*\b(?:said|says|added|told)\b[^.!?]*[.!?]?\s*$/i.test(tail)
  );
}
