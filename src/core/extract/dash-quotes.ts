// Dash quotes, as Nordic and French news write speech: a paragraph opens with a dash and the attribution
// follows the words ("– We are investigating, says Chief Inspector Jari Räty."), or is left out when the
// next paragraph goes on with the same speaker. A paragraph the end of the text cuts off before any
// attribution names nobody.
import { wordCount } from '../text/normalise.js';
import { nameIn, VERB_RE } from './attribution.js';
import type { FoundQuote } from './quotes.js';
import type { QuoteContext } from './speaker-rules.js';

const DASH_OPENING = /^[–—]\s+/;
/** ", says X" or ", X says": a comma, then at most a few words before the verb. */
const MAX_SUBJECT_WORDS = 8;

interface Attributed {
  /** Where the quoted words end (the comma before the attribution). */
  quoteEnd: number;
  /** Where the attribution's sentence ends. */
  end: number;
  speaker: string;
}

/** The attribution after a dash quote's words, and whom it names. */
function attributionIn(ctx: QuoteContext, paragraph: number, p: string): Attributed | null {
  for (const verb of p.matchAll(VERB_RE)) {
    if (/ing$/i.test(verb[0])) continue;
    const comma = p.lastIndexOf(',', verb.index);
    if (comma < 0 || wordCount(p.slice(comma + 1, verb.index)) > MAX_SUBJECT_WORDS) continue;
    const end = ctx.paragraphs[paragraph]?.sentences.find((s) => s.end > verb.index)?.end ?? p.length;
    const span = ctx.speakers.find(
      (s) => s.paragraph === paragraph && s.kind === 'person' && s.start > comma && s.end <= end,
    );
    const speaker = span?.name ?? nameIn(p.slice(comma + 1, end))?.name;
    if (speaker) return { quoteEnd: comma, end, speaker };
  }
  return null;
}

const quote = (speaker: string, text: string, paragraph: number): FoundQuote => ({
  speaker,
  speakerKind: 'person',
  text: text.trim(),
  paragraph,
});

export function dashQuotes(ctx: QuoteContext): FoundQuote[] {
  const out: FoundQuote[] = [];
  let previous: string | null = null;
  ctx.paragraphs.forEach(({ text: p }, paragraph) => {
    const open = DASH_OPENING.exec(p);
    if (!open) {
      previous = null;
      return;
    }
    const a = attributionIn(ctx, paragraph, p);
    if (a) {
      out.push(quote(a.speaker, p.slice(open[0].length, a.quoteEnd), paragraph));
      const rest = p.slice(a.end).trim();
      if (DASH_OPENING.test(rest)) out.push(quote(a.speaker, rest.replace(DASH_OPENING, ''), paragraph));
      previous = a.speaker;
      return;
    }
    const complete = /[.!?]["”’)]*$/.test(p);
    if (previous && complete) out.push(quote(previous, p.slice(open[0].length), paragraph));
    else previous = null;
  });
  return out;
}
