// Dated events: clauses of the reporter's narrative that carry a date. Quoted speech is left out (a
// speaker's "today" is not the report's), and when one sentence dates two things, each gets its clause.

import type { DateContext } from '../dates/date-rule.js';
import { findDates } from '../dates/find-dates.js';
import type { DatedEvent, IsoDate } from '../model.js';
import { wordCount } from '../text/normalise.js';
import type { Paragraph } from '../text/sentences.js';
import type { EntitySpan } from './entities.js';
import { maskQuotes, quoteSpans } from './quote-spans.js';

const CLAUSE_BREAK = /(?:,?\s+and\s+|;\s+|,\s+(?:while|whereas|but|and|as well as)\s+|,\s+(?=which\s))/gi;
const MIN_WORDS = 5;

export function extractEvents(
  paragraphs: readonly Paragraph[],
  spans: EntitySpan[],
  ctx: DateContext,
): DatedEvent[] {
  const events: DatedEvent[] = [];
  paragraphs.forEach(({ text: p, sentences }, paragraph) => {
    const masked = maskQuotes(p, quoteSpans(p, 1));
    for (const s of sentences) {
      const visible = masked.slice(s.start, s.end);
      if (wordCount(visible) < MIN_WORDS) continue;
      if (/ [|] /.test(visible)) continue; // a table row, not a sentence
      const dates = findDates(visible, ctx);
      if (dates.length === 0) continue;
      // Clause boundaries between consecutive dates.
      const cuts: number[] = [0];
      for (let i = 0; i + 1 < dates.length; i++) {
        const a = dates[i];
        const b = dates[i + 1];
        if (!a || !b) continue;
        let cut = -1;
        CLAUSE_BREAK.lastIndex = a.end;
        for (let m = CLAUSE_BREAK.exec(visible); m && m.index < b.start; m = CLAUSE_BREAK.exec(visible)) {
          // "… Office and the Parliamentary Service in 2021": "and" before a noun phrase joins nouns, not clauses.
          const next = visible.slice(m.index + m[0].length);
          if (
            /^\s+and\s+$/i.test(m[0]) &&
            /^(?:the|a|an|its|their|his|her|our|other|several|two|three|many)\b/i.test(next)
          )
            continue;
          cut = m.index;
        }
        cuts.push(cut >= 0 ? cut : -1);
      }
      dates.forEach((d, i) => {
        const from = cuts[i] ?? 0;
        const to = cuts[i + 1];
        const startAt = Math.max(from, 0);
        const endAt = to !== undefined && to >= 0 ? to : s.text.length;
        // The clause this date belongs to (the whole sentence when no clean break was found).
        const whole = from < 0 || (to !== undefined && to < 0);
        const clauseStart = whole ? 0 : from > 0 ? startAt : 0;
        const clauseEnd = whole ? s.text.length : endAt;
        const text = s.text
          .slice(clauseStart, clauseEnd)
          .replace(/^[,;\s]*(?:and\s+)?/i, '')
          .trim();
        const actors = [
          ...new Set(
            spans
              .filter(
                (e) =>
                  e.paragraph === paragraph &&
                  e.start >= s.start + clauseStart &&
                  e.end <= s.start + clauseEnd &&
                  e.kind !== 'country',
              )
              .map((e) => e.name),
          ),
        ];
        events.push({ date: d.iso as IsoDate, text, datePhrase: d.text, actors, paragraph });
      });
    }
  });
  return events;
}
