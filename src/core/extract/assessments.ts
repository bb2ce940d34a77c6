// Assessment language: the UK probability yardstick (PHIA) and the US ICD 203 wording, each occurrence
// with its sentence, its band, and the actor the claim is about when the sentence names one; and analytic
// confidence wording ("assesses with high confidence"), kept as its level, which is no probability (ADR 16).
import type { Assessment, AssessmentBand } from '../model.js';
import { contentWords, overlap } from '../text/normalise.js';
import type { Paragraph, Sentence } from '../text/sentences.js';
import { CONFIDENCE_WORDING, YARDSTICK } from '../yardstick.js';
import type { EntitySpan } from './entities.js';

/** One piece of assessment wording in a sentence. */
interface Wording {
  phrase: string;
  band: AssessmentBand;
  index: number;
  length: number;
}

/** The wordings as one regex alternation; `gap` is what may stand between their words. */
const alternation = (words: readonly (readonly [string, unknown])[], gap: string) =>
  words.map(([w]) => w.replace(/ /g, gap)).join('|');
const PHRASE_RE = new RegExp(`\\b(${alternation(YARDSTICK, '\\s+')})\\b`, 'gi');
const BAND = new Map<string, AssessmentBand>([...YARDSTICK, ...CONFIDENCE_WORDING]);
/**
 * "a likely outcome", "the more likely", "the group's likely targets": an adjective describing a noun or a
 * comparison, not an assessment.
 */
const ATTRIBUTIVE =
  /(?:\b(?:a|an|the|one|this|that|its|their|his|her|our|any|no|more|less|least)|\p{L}(?<!\b(?:it|that|there|what|who|he|she|this|which|where|here))['’]s?)\s+$/iu;
const CONFIDENCE_RE = new RegExp(`\\b(${alternation(CONFIDENCE_WORDING, '[\\s-]+')})\\b`, 'gi');
/** Confidence in a judgement, not in a government or a market: "with high confidence", "high confidence that". */
const JUDGEMENT_BEFORE = /\bwith\s+(?:a\s+)?$/i;
const JUDGEMENT_AFTER =
  /^[\s-]+(?:that|assessments?|judge?ments?|attributions?|in\s+(?:this|that|the|our|its|their)\s+(?:assessment|judge?ment|attribution))\b/i;

/** Yardstick wording: "highly likely", "probably", "cannot rule out"; "likely" before a noun is no assessment. */
function probabilityWording(text: string): Wording[] {
  return [...text.matchAll(PHRASE_RE)].flatMap((m) => {
    const phrase = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const band = BAND.get(phrase);
    const before = text.slice(0, m.index).replace(/[“"‘'(]\s*$/, '');
    if (!band || (/^(?:un|im)?(?:likely|probable)$/.test(phrase) && ATTRIBUTIVE.test(before))) return [];
    return [{ phrase, band, index: m.index, length: m[0].length }];
  });
}

/** "assesses with high confidence that…", "a moderate-confidence assessment". */
function confidenceWording(text: string): Wording[] {
  return [...text.matchAll(CONFIDENCE_RE)].flatMap((m) => {
    const phrase = (m[1] ?? '').toLowerCase().replace(/[\s-]+/g, ' ');
    const band = BAND.get(phrase);
    const judged =
      JUDGEMENT_BEFORE.test(text.slice(0, m.index)) ||
      JUDGEMENT_AFTER.test(text.slice(m.index + m[0].length));
    return band && judged ? [{ phrase, band, index: m.index, length: m[0].length }] : [];
  });
}

const WORDING_READERS: readonly ((text: string) => Wording[])[] = [probabilityWording, confidenceWording];

type Found = Assessment & { words: string[]; claim: string[] };

export function extractAssessments(paragraphs: readonly Paragraph[], spans: EntitySpan[]): Assessment[] {
  const out: Found[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const s of p.sentences)
      for (const w of WORDING_READERS.flatMap((read) => read(s.text)).sort((a, b) => a.index - b.index))
        add(out, assessmentOf(spans, paragraph, s, w));
  });
  return out.map(({ words: _w, claim: _c, ...a }) => a);
}

function assessmentOf(spans: EntitySpan[], paragraph: number, s: Sentence, w: Wording): Found {
  const actor = claimActor(spans, paragraph, s, s.start + w.index, s.text, w.index + w.length);
  const words = contentWords(s.text);
  const claim = contentWords(s.text.slice(w.index + w.length));
  return {
    phrase: w.phrase,
    band: w.band,
    text: s.text,
    actor: actor?.name ?? null,
    paragraph,
    words,
    claim,
  };
}

/**
 * A report restates its headline judgement in the standfirst and the body: one assessment, not three. The
 * same wording about a different thing ("responsible for this incident" / "… for this attempt") stays two.
 */
function add(out: Found[], a: Found): void {
  const twin = out.find(
    (x) =>
      x.band === a.band &&
      x.phrase === a.phrase &&
      overlap(a.words, x.words) >= 0.75 &&
      overlap(a.claim, x.claim) >= 0.75,
  );
  if (!twin) {
    out.push(a);
    return;
  }
  if (a.text.length > twin.text.length) Object.assign(twin, { ...a, actor: a.actor ?? twin.actor });
}

/**
 * The actor a judgement is about, looked for in its clause: from the previous yardstick phrase (or the
 * sentence start) to the next one ("highly likely that a Chinese entity … and almost certain that APT31
 * …"), then in the whole sentence. Threat actors win over countries.
 */
function claimActor(
  spans: EntitySpan[],
  paragraph: number,
  s: { start: number; end: number },
  at: number,
  text: string,
  after: number,
): EntitySpan | null {
  const phrases = [...text.matchAll(PHRASE_RE)].map((m) => ({
    start: s.start + m.index,
    end: s.start + m.index + m[0].length,
  }));
  const prev = phrases.filter((p) => p.end <= at).pop();
  const next = phrases.find((p) => p.start >= s.start + after);
  const from = prev ? prev.end : s.start;
  const to = next ? next.start : s.end;
  // "The UK’s National Cyber Security Centre": a possessive country describes the assessor, not the actor.
  const possessive = (e: EntitySpan) =>
    /['’]s$/.test(text.slice(e.start - s.start, e.end - s.start)) ||
    /^['’]s\b/.test(text.slice(e.end - s.start));
  const inSentence = spans.filter(
    (e) =>
      e.paragraph === paragraph &&
      e.start >= s.start &&
      e.end <= s.end &&
      (e.kind === 'threat_actor' || (e.kind === 'country' && !possessive(e))),
  );
  const inClause = inSentence.filter((e) => e.start >= from && e.end <= to);
  for (const pool of [inClause, inSentence]) {
    const hit = pool.find((e) => e.kind === 'threat_actor') ?? pool.find((e) => e.kind === 'country');
    if (hit) return hit;
  }
  return null;
}
