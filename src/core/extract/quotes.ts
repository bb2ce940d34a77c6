// Direct quotations and who said them. Handles "X said: “…”", "“…,” said X", "“…” he said" (the pronoun
// resolved to the last person named outside quotes), quotes split by their attribution, and quotes that
// run over several paragraphs (each re-opens with a mark; all belong to the same speaker).
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

interface Located extends QuoteSpan {
  paragraph: number;
}

/** Quotes of one document, one per quoted paragraph. */
export function extractQuotes(read: readonly Paragraph[], spans: EntitySpan[], mentions: Mention[]): Quote[] {
  const paragraphs = read.map((p) => p.text);
  const all: Located[] = paragraphs.flatMap((p, paragraph) =>
    quoteSpans(p)
      .filter((q) => !q.single)
      .map((q) => ({ ...q, paragraph })),
  );
  const inQuote = (paragraph: number, at: number) =>
    all.some((q) => q.paragraph === paragraph && at >= q.start - 1 && at <= q.end);
  const speakerSpans = spans.filter(
    (s) => (s.kind === 'person' || s.kind === 'organisation') && !inQuote(s.paragraph, s.start),
  );

  const lastBefore = (paragraph: number, at: number, kinds: EntityKind[]): Speaker | null => {
    for (let i = speakerSpans.length - 1; i >= 0; i--) {
      const s = speakerSpans[i] as EntitySpan;
      if ((s.paragraph < paragraph || (s.paragraph === paragraph && s.end <= at)) && kinds.includes(s.kind))
        return s;
    }
    return null;
  };
  const resolvePronoun = (pronoun: string, paragraph: number, at: number): Speaker | null =>
    /^(?:he|she)$/i.test(pronoun)
      ? lastBefore(paragraph, at, ['person'])
      : /^it$/i.test(pronoun)
        ? lastBefore(paragraph, at, ['organisation'])
        : null;

  /** "X[, role,] said …" ending at `verbAt`: the first entity whose gap to the verb is empty or an appositive. */
  const subjectBefore = (paragraph: number, from: number, verbAt: number): Speaker | null => {
    const p = paragraphs[paragraph] ?? '';
    const pronoun = PRONOUN.exec(p.slice(from, verbAt));
    if (pronoun?.[1]) return resolvePronoun(pronoun[1], paragraph, from + (pronoun.index ?? 0));
    for (const s of speakerSpans) {
      if (s.paragraph !== paragraph || s.start < from || s.end > verbAt) continue;
      const gap = p.slice(s.end, verbAt);
      if (/^\s*,?\s*$/.test(gap) || /^\s*,\s*[^,;:“”"()]{1,150}\s*,\s*$/.test(gap)) return s;
    }
    return null;
  };

  const trailing = (q: Located): Speaker | null => {
    if (!q.closed) return null;
    const p = paragraphs[q.paragraph] ?? '';
    const after = p.slice(q.end + 1);
    const stop = after.search(/[.!?](?:\s|$)|[“"]/);
    const seg = stop >= 0 ? after.slice(0, stop) : after;
    if (wordCount(seg) > 14) return null;
    VERB_RE.lastIndex = 0;
    const v = VERB_RE.exec(seg);
    if (!v) return null;
    const base = q.end + 1;
    const verbAt = base + v.index;
    const before = seg.slice(0, v.index);
    // "“…,” said Deputy Attorney General Lisa Monaco."
    if (/^\s*[,—–-]?\s*$/.test(before)) {
      const s = speakerSpans.find(
        (x) => x.paragraph === q.paragraph && x.start >= verbAt && x.start <= base + seg.length,
      );
      if (s) return s;
      const pro = /^\s*(he|she|it)\b/i.exec(seg.slice(v.index + v[0].length));
      return pro?.[1] ? resolvePronoun(pro[1], q.paragraph, q.start) : null;
    }
    // "“…,” Foreign Secretary Lord Cameron said." / "“…,” he said."
    if (/^\s*[,—–-]?\s*/.test(before)) return subjectBefore(q.paragraph, base, verbAt);
    return null;
  };

  const leadIn = (q: Located, from: number): Speaker | null => {
    const p = paragraphs[q.paragraph] ?? '';
    const lead = p.slice(from, q.start - 1);
    // Only the sentence the quote opens in.
    const sentenceStart = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('? '), lead.lastIndexOf('! '));
    const base = from + (sentenceStart >= 0 ? sentenceStart + 2 : 0);
    const seg = p.slice(base, q.start - 1);
    // The speech verb nearest the quote whose subject is a named speaker: "Lin Jian said when asked…:".
    const verbs: RegExpExecArray[] = [];
    VERB_RE.lastIndex = 0;
    for (let m = VERB_RE.exec(seg); m; m = VERB_RE.exec(seg)) verbs.push(m);
    for (const verb of verbs.reverse()) {
      const between = seg.slice(verb.index + verb[0].length);
      if (wordCount(between) > 16 && !/:\s*$/.test(between)) continue;
      if (/^according to$/i.test(verb[0])) {
        const s = speakerSpans.find(
          (x) => x.paragraph === q.paragraph && x.start >= base + verb.index && x.end <= q.start,
        );
        if (s) return s;
        continue;
      }
      const s = subjectBefore(q.paragraph, base, base + verb.index);
      if (s) return s;
    }
    return null;
  };

  const quotes: Quote[] = [];
  let previous = null as { q: Located; speaker: Speaker | null } | null;
  for (const q of all) {
    const p = paragraphs[q.paragraph] ?? '';
    const prevInPara: { q: Located; speaker: Speaker | null } | null =
      previous && previous.q.paragraph === q.paragraph ? previous : null;
    let speaker: Speaker | null = trailing(q) ?? leadIn(q, prevInPara ? prevInPara.q.end + 1 : 0);
    if (!speaker && q.start === 1 && q.paragraph > 0) {
      // "Paul Chichester said:" closing the paragraph above.
      const above = paragraphs[q.paragraph - 1] ?? '';
      if (/:\s*$/.test(above) && !all.some((x) => x.paragraph === q.paragraph - 1)) {
        speaker = leadIn({ ...q, paragraph: q.paragraph - 1, start: above.length + 1 }, 0);
      }
    }
    // A quote continuing the previous speaker: later in the same paragraph, or a paragraph that re-opens.
    if (!speaker && previous?.speaker) {
      const samePara = previous.q.paragraph === q.paragraph;
      const nextPara =
        previous.q.paragraph === q.paragraph - 1 &&
        q.start === 1 &&
        paragraphHasOnlyQuotes(paragraphs[previous.q.paragraph] ?? '', previous.q);
      if (samePara || nextPara) speaker = previous.speaker;
    }
    previous = { q, speaker };
    const text = p
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
