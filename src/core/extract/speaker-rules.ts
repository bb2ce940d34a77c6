// Who said a quote in quote marks, by the first speaker rule that answers: "“…,” said X" and "“…,” X said"
// (a title may stand between: "said Under Secretary of the Treasury … Jane Q. Official"), "X said: “…”",
// "X said:" closing the paragraph above, a run of quoted paragraphs attributed at its end, and a quote
// continuing the previous speaker's. A rule may also decide that nobody can be named: an attribution after
// the quote that names no one readable, or a run the end of the text cuts off, never falls back to the
// previous speaker.
import type { EntityKind } from '../model.js';
import { wordCount } from '../text/normalise.js';
import type { Paragraph } from '../text/sentences.js';
import { ATTRIBUTING, CHARACTERISING_VERB, nameIn, TITLE_ONLY, VERB_RE } from './attribution.js';
import type { EntitySpan } from './entities.js';
import type { QuoteSpan } from './quote-spans.js';

export interface Speaker {
  name: string;
  kind: EntityKind;
}

/** A speaker and whether the attribution stands right by the quote (so that a few words are a quote too). */
export interface Found {
  speaker: Speaker;
  direct: boolean;
}

/** The rules decided that no one is named (the attribution names no one readable, or the text was cut). */
export const NOBODY = 'nobody';
export type Attribution = Found | typeof NOBODY | null;

export interface Located extends QuoteSpan {
  paragraph: number;
}

/** One document's quotes and the spans that can speak them (people and organisations outside quotes). */
export interface QuoteContext {
  paragraphs: readonly Paragraph[];
  quotes: readonly Located[];
  speakers: readonly EntitySpan[];
}

/** The quote before this one and what was found for it. */
export interface Previous {
  q: Located;
  speaker: Speaker | null;
}

/** Who said quote `q`, by one way of attributing it; null when this way does not tell. */
export type SpeakerRule = (ctx: QuoteContext, q: Located, previous: Previous | null) => Attribution;

const PRONOUN = /\b(he|she|they|it)\s*$/i;
/** Where an attribution after a quote ends: another clause begins. */
const CLAUSE_AFTER = /,\s+(?:which|who|whose|where|while|and|but|adding|as)\b/i;
/** "adding that…", "saying…" continue the subject's sentence; they do not attribute the quote before them. */
const PARTICIPLE = /ing$/i;
/** Words between a quote and "said" that can only be its speaker: no conjunction, no clause of their own. */
const ATTRIBUTION_SUBJECT =
  /^\s*[,—–-]?\s*(?!(?:and|but|while|as|which|who|that|when|because|so|then)\b)[^,;:.!?]*$/i;
/** At most this many words before the verb in "“…,” X said": beyond that it is another sentence. */
const MAX_SUBJECT_WORDS = 12;

const text = (ctx: QuoteContext, paragraph: number) => ctx.paragraphs[paragraph]?.text ?? '';
const found = (speaker: Speaker | null, direct: boolean): Found | null =>
  speaker ? { speaker, direct } : null;

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

const SUFFIX_AFTER = /^,?\s+(Jr|Sr|II|III|IV)\b\.?/;

/** A person as the text names them, with the suffix the entity may have left behind ("Samuel Pike Jr."). */
function withSuffix(p: string, s: EntitySpan): Speaker {
  const suffix = s.kind === 'person' ? SUFFIX_AFTER.exec(p.slice(s.end)) : null;
  if (!suffix?.[1] || s.name.endsWith(suffix[1]) || s.name.endsWith(`${suffix[1]}.`)) return s;
  return { name: `${s.name} ${suffix[1]}${/^(?:Jr|Sr)$/.test(suffix[1]) ? '.' : ''}`, kind: s.kind };
}

/** An empty gap, or an appositive between commas: "Jane Doe, the agency's director, said". */
const subjectGap = (gap: string) => /^\s*,?\s*$/.test(gap) || /^\s*,\s*[^,;:“”"()]{1,150}\s*,\s*$/.test(gap);

/** "X[, role,] said …" ending at `verbAt`: a pronoun, an entity, or a name read from the words. */
function subjectBefore(ctx: QuoteContext, paragraph: number, from: number, verbAt: number) {
  const p = text(ctx, paragraph);
  const pronoun = PRONOUN.exec(p.slice(from, verbAt));
  if (pronoun?.[1]) {
    const at = from + pronoun.index;
    const speaker = resolvePronoun(ctx, pronoun[1], paragraph, at);
    return speaker ? { speaker, at } : null;
  }
  for (const s of ctx.speakers) {
    if (s.paragraph !== paragraph || s.start < from || s.end > verbAt) continue;
    if (!subjectGap(p.slice(s.end, verbAt))) continue;
    // "the Bureau Kari Lund said": a body's name run into the person's after a title; the person speaks.
    const person = s.kind === 'organisation' ? nameIn(p.slice(s.start, s.end)) : null;
    if (person && s.start + person.end === s.end)
      return { speaker: { name: person.name, kind: 'person' as const }, at: s.start + person.start };
    return { speaker: withSuffix(p, s), at: s.start };
  }
  const name = nameIn(p.slice(from, verbAt));
  if (name && subjectGap(p.slice(from + name.end, verbAt)))
    return { speaker: { name: name.name, kind: 'person' as const }, at: from + name.start };
  return null;
}

/** "said Jane Q. Official of the Treasury": the person the attribution names, else a body right after the verb. */
function speakerAfterVerb(ctx: QuoteContext, paragraph: number, from: number, to: number): Speaker | null {
  const p = text(ctx, paragraph);
  const clause = p.slice(from, to);
  const cut = clause.search(CLAUSE_AFTER);
  const end = cut >= 0 ? from + cut : to;
  const inClause = ctx.speakers.filter((s) => s.paragraph === paragraph && s.start >= from && s.start < end);
  const person = inClause.find((s) => s.kind === 'person');
  if (person) return withSuffix(p, person);
  const name = nameIn(p.slice(from, end));
  if (name) return { name: name.name, kind: 'person' };
  const body = inClause.find((s) => TITLE_ONLY.test(p.slice(from, s.start)));
  if (body) return body;
  const pro = /^\s*(he|she|it)\b/i.exec(clause);
  return pro?.[1] ? resolvePronoun(ctx, pro[1], paragraph, from) : null;
}

/** End of the sentence that follows a closing quote, or the next quote mark, whichever comes first. */
function attributionEnd(ctx: QuoteContext, q: Located): number {
  const para = ctx.paragraphs[q.paragraph];
  const p = para?.text ?? '';
  const after = q.end + 1;
  const gap = p.slice(after).search(/\S/);
  const firstWord = gap >= 0 ? after + gap : p.length;
  const sentence = para?.sentences.find((s) => s.end > firstWord);
  const nextQuote = p.slice(after).search(/[“"«]/);
  const sentenceEnd = sentence ? sentence.end : p.length;
  return nextQuote >= 0 ? Math.min(sentenceEnd, after + nextQuote) : sentenceEnd;
}

/** "“…,” said Deputy Attorney General Lisa Monaco." / "“…,” Foreign Secretary Lord Cameron said." */
export const saidAfter: SpeakerRule = (ctx, q) => {
  if (!q.closed) return null;
  const p = text(ctx, q.paragraph);
  const base = q.end + 1;
  const seg = p.slice(base, attributionEnd(ctx, q));
  const v = [...seg.matchAll(VERB_RE)].find((m) => !PARTICIPLE.test(m[0]));
  if (!v) return null;
  const verbAt = base + v.index;
  const lead = seg.slice(0, v.index);
  if (/^\s*[,—–-]?\s*$/.test(lead))
    return found(speakerAfterVerb(ctx, q.paragraph, verbAt + v[0].length, base + seg.length), true) ?? NOBODY;
  if (wordCount(lead) > MAX_SUBJECT_WORDS) return null;
  // The subject first, right after the quote (a title may precede the name), not someone named later on.
  const subject = subjectBefore(ctx, q.paragraph, base, verbAt);
  if (subject && TITLE_ONLY.test(p.slice(base, subject.at)))
    return { speaker: subject.speaker, direct: true };
  // "“…,” a spokesperson said": an attribution naming no one; "“…,” and the ministry said…" is another clause.
  return ATTRIBUTION_SUBJECT.test(lead) ? NOBODY : null;
};

/**
 * Where the sentence holding offset `at` starts, as the sentence splitter reads it: an initial or a title's
 * stop ("Attorney General William P. Barr said", "U.S. Attorney …") does not end the sentence.
 */
function sentenceStartAt(para: Paragraph | undefined, at: number): number {
  const holding = para?.sentences.filter((s) => s.start <= at).at(-1);
  if (!holding) return 0;
  // Between two sentences: nothing of the one before leads in.
  return at <= holding.end ? holding.start : at;
}

/** "Lin Jian said when asked…: “…”": the speech verb nearest the quote, in the sentence the quote opens in. */
function leadIn(ctx: QuoteContext, q: Located, from: number): Found | null {
  const p = text(ctx, q.paragraph);
  const base = Math.max(from, sentenceStartAt(ctx.paragraphs[q.paragraph], q.start - 1));
  const seg = p.slice(base, q.start - 1);
  for (const verb of leadVerbs(seg).reverse()) {
    const between = seg.slice(verb.index + verb[0].length);
    if (wordCount(between) > 16 && !/:\s*$/.test(between)) continue;
    const direct = wordCount(between) <= 6 || /:\s*$/.test(between);
    if (ATTRIBUTING_WHOLE.test(verb[0])) {
      const s = attributedTo(ctx, q, base + verb.index, verb[0].length);
      if (s) return { speaker: s, direct };
      continue;
    }
    const s = subjectBefore(ctx, q.paragraph, base, base + verb.index);
    if (s) return { speaker: s.speaker, direct };
  }
  return null;
}

const ATTRIBUTING_WHOLE = new RegExp(`^${ATTRIBUTING.source}$`, 'i');

/** "according to X: “…”", "Quotes attributable to X:": the person named after, else any speaker after. */
function attributedTo(ctx: QuoteContext, q: Located, at: number, length: number): Speaker | null {
  const named = speakerAfterVerb(ctx, q.paragraph, at + length, q.start - 1);
  return (
    named ??
    ctx.speakers.find((x) => x.paragraph === q.paragraph && x.start >= at && x.end <= q.start) ??
    null
  );
}

/** Speech verbs in a lead-in, and the verbs that characterise ("called the attack “reckless”"). */
function leadVerbs(seg: string): RegExpExecArray[] {
  const verbs: RegExpExecArray[] = [];
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(seg); m; m = VERB_RE.exec(seg)) verbs.push(m);
  const characterising = new RegExp(CHARACTERISING_VERB.source, 'gi');
  for (let m = characterising.exec(seg); m; m = characterising.exec(seg)) verbs.push(m);
  // "according to" is a speech verb too: keep one reading per place.
  for (const m of seg.matchAll(ATTRIBUTING)) if (!verbs.some((v) => v.index === m.index)) verbs.push(m);
  return verbs.sort((a, b) => a.index - b.index);
}

/** "X said: “…”": the attribution before the quote, after the previous quote in the paragraph if any. */
export const saidBefore: SpeakerRule = (ctx, q, previous) =>
  leadIn(ctx, q, previous && previous.q.paragraph === q.paragraph ? previous.q.end + 1 : 0);

/** "Paul Chichester said:" closing the paragraph above one that opens with the quote. */
export const saidAbove: SpeakerRule = (ctx, q) => {
  if (q.start !== 1 || q.paragraph === 0) return null;
  const above = text(ctx, q.paragraph - 1);
  if (!/:\s*$/.test(above) || ctx.quotes.some((x) => x.paragraph === q.paragraph - 1)) return null;
  return leadIn(ctx, { ...q, paragraph: q.paragraph - 1, start: above.length + 1 }, 0);
};

/**
 * A quote the paragraph leaves open runs on in the paragraphs that re-open with a mark; its speaker is the
 * one named where the run closes. A run the end of the text cuts off names nobody.
 */
export const runClosedLater: SpeakerRule = (ctx, q) => {
  if (q.closed) return null;
  for (let paragraph = q.paragraph + 1; ; paragraph++) {
    if (paragraph >= ctx.paragraphs.length) return NOBODY;
    const next = ctx.quotes.find((x) => x.paragraph === paragraph && x.start === 1);
    if (!next) return null;
    if (next.closed) return saidAfter(ctx, next, null);
  }
};

/** A quote continuing the previous speaker's: later in the same paragraph, or a paragraph that re-opens. */
export const sameSpeakerContinues: SpeakerRule = (ctx, q, previous) => {
  if (!previous?.speaker) return null;
  const samePara = previous.q.paragraph === q.paragraph;
  const nextPara =
    previous.q.paragraph === q.paragraph - 1 &&
    q.start === 1 &&
    paragraphHasOnlyQuotes(text(ctx, previous.q.paragraph), previous.q);
  return samePara || nextPara ? { speaker: previous.speaker, direct: false } : null;
};

/** True when the paragraph's last quote ends it, so a quote opening the next paragraph continues it. */
function paragraphHasOnlyQuotes(p: string, last: QuoteSpan): boolean {
  const tail = p.slice(last.end + 1);
  return (
    !last.closed ||
    /^\s*[.,]?\s*$/.test(tail) ||
    /^[^.!?]*\b(?:said|says|added|told)\b[^.!?]*[.!?]?\s*$/i.test(tail)
  );
}

/** The ways of attributing a quote, in the order they are tried: the first that answers decides. */
export const SPEAKER_RULES: readonly SpeakerRule[] = [
  saidAfter,
  saidBefore,
  saidAbove,
  runClosedLater,
  sameSpeakerContinues,
];
