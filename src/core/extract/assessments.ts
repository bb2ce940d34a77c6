// Assessment language: the UK probability yardstick (PHIA) and the US ICD 203 wording, each occurrence
// with its sentence, its band, and the actor the claim is about when the sentence names one.
import type { Assessment } from '../model.js';
import { contentWords, overlap } from '../text/normalise.js';
import type { Paragraph } from '../text/sentences.js';
import { YARDSTICK } from '../yardstick.js';
import type { EntitySpan } from './entities.js';

// briefing.ts reads the band ranges from here; the yardstick itself is the model's (yardstick.ts).
export { BAND_RANGE } from '../yardstick.js';

const PHRASE_RE = new RegExp(`\\b(${YARDSTICK.map(([w]) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');
const BAND = new Map(YARDSTICK.map(([w, b]) => [w, b]));
/** "a likely outcome", "the more likely": an adjective describing a noun or a comparison, not an assessment. */
const ATTRIBUTIVE = /\b(?:a|an|the|one|this|that|its|their|his|her|our|any|no|more|less|least)\s+$/i;

export function extractAssessments(paragraphs: readonly Paragraph[], spans: EntitySpan[]): Assessment[] {
  const out: (Assessment & { words: string[] })[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const s of p.sentences) {
      PHRASE_RE.lastIndex = 0;
      for (let m = PHRASE_RE.exec(s.text); m; m = PHRASE_RE.exec(s.text)) {
        const phrase = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
        const band = BAND.get(phrase);
        if (!band) continue;
        const before = s.text.slice(0, m.index).replace(/[“"‘'(]\s*$/, '');
        if (/^(?:un)?likely$/.test(phrase) && ATTRIBUTIVE.test(before)) continue;
        const actor = claimActor(spans, paragraph, s, s.start + m.index, s.text, m.index + m[0].length);
        const words = contentWords(s.text);
        // A report restates its headline judgement in the standfirst and the body: one assessment, not three.
        const twin = out.find(
          (a) => a.band === band && a.phrase === phrase && overlap(words, a.words) >= 0.75,
        );
        if (twin) {
          if (s.text.length > twin.text.length)
            Object.assign(twin, { text: s.text, paragraph, words, actor: actor?.name ?? twin.actor });
          continue;
        }
        out.push({ phrase, band, text: s.text, actor: actor?.name ?? null, paragraph, words });
      }
    }
  });
  return out.map(({ words: _w, ...a }) => a);
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
