// Calendar dates at day precision. chrono-node reads the spelled-out forms in their many spellings; the
// numeric forms (2024-03-25, 25/03/2024, 18.3.2021) follow our rules, because only the document knows
// whether 3/4 is March or April.
import { chrono } from '../documents/libraries.js';
import { isoDate, isValidDay, MONTH_PATTERN, YEAR_PATTERN } from './calendar.js';
import {
  ANY_YEAR,
  type Anchor,
  type Candidate,
  candidate,
  type DateContext,
  FUTURE_CUE,
  matches,
  NOT_NUMBER_AFTER,
  NOT_NUMBER_BEFORE,
} from './date-rule.js';

/** A month name or abbreviation anywhere: without one, chrono (strict) finds no date we keep. */
const ANY_MONTH = new RegExp(MONTH_PATTERN, 'i');
const ISO_DATE = new RegExp(
  `${NOT_NUMBER_BEFORE}(${YEAR_PATTERN})-(\\d{2})-(\\d{2})${NOT_NUMBER_AFTER}`,
  'gu',
);
const NUMERIC_DATE = new RegExp(
  `${NOT_NUMBER_BEFORE}(\\d{1,2})([./])(\\d{1,2})\\2(${YEAR_PATTERN})${NOT_NUMBER_AFTER}`,
  'gu',
);

/** Calendar dates at day precision: chrono for the spelled-out forms, our rules for numeric ones. */
export function fullDates(text: string, ctx: DateContext, anchor: Anchor | null = null): Candidate[] {
  const numeric = ANY_YEAR.test(text) ? [...isoDates(text), ...numericDates(text, ctx)] : [];
  return ANY_MONTH.test(text) ? [...numeric, ...spelledDates(text, anchor)] : numeric;
}

/** ISO 2024-03-25. */
function isoDates(text: string): Candidate[] {
  return matches(ISO_DATE, text).flatMap((m) => {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidDay(y, mo, d) ? candidate(m, isoDate(y, mo, d), 5) : [];
  });
}

/** Numeric 18.3.2021, 25/03/2024, 3/25/2024. */
function numericDates(text: string, ctx: DateContext): Candidate[] {
  return matches(NUMERIC_DATE, text).flatMap((m) => {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    // Dots are day-first everywhere they are used for dates; slashes follow the document's convention
    // unless one of the numbers cannot be a month.
    let dayFirst = m[2] === '.' || ctx.dayFirst;
    if (a > 12) dayFirst = true;
    else if (b > 12) dayFirst = false;
    const [d, mo] = dayFirst ? [a, b] : [b, a];
    return isValidDay(y, mo, d) ? candidate(m, isoDate(y, mo, d), 5) : [];
  });
}

/** "25 March 2024", "March 26, 2024", "on 25 March" (the year from the anchor), "25-27 March" as a range. */
function spelledDates(text: string, anchor: Anchor | null): Candidate[] {
  const out: Candidate[] = [];
  const ref =
    anchor?.m && anchor.d
      ? new Date(Date.UTC(anchor.y, anchor.m - 1, anchor.d, 12))
      : new Date(Date.UTC(2000, 0, 1));
  for (const r of chrono().strict.parse(text, ref)) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month')) continue;
    const y = s.get('year');
    const mo = s.get('month');
    const d = s.get('day');
    if (y == null || mo == null || d == null) continue;
    // Keep the date itself: no leading preposition, no trailing time or zone.
    const lead = /^(?:on|from|since|by|until|the)\s+/i.exec(r.text)?.[0].length ?? 0;
    const dateText = r.text.slice(lead).replace(/[\s,]+(?:at\s+)?\d{1,2}[:.]\d{2}.*$/i, '');
    const index = r.index + lead;
    if (/^\d+([./])\d+\1\d+$/.test(dateText)) continue; // numeric: handled above with the document's convention
    if (!ANY_MONTH.test(dateText)) continue; // "for two weeks" and other durations are not dates
    let iso = isoDate(y, mo, d);
    let relative = false;
    const e = r.end;
    if (e?.isCertain('day') && e.get('year') === y && (e.get('month') !== mo || e.get('day') !== d)) {
      iso = `${iso}/${isoDate(y, e.get('month') ?? mo, e.get('day') ?? d)}`;
    }
    if (!s.isCertain('year')) {
      // "on 25 March": only meaningful against a known publication date.
      if (!anchor?.m) continue;
      let year = anchor.y;
      const future = FUTURE_CUE.test(text.slice(0, r.index));
      if (!future && (mo > anchor.m || (mo === anchor.m && d > (anchor.d ?? 31) + 7))) year -= 1;
      iso = iso.replaceAll(String(y), String(year));
      relative = true;
    }
    out.push({ start: index, end: index + dateText.length, text: dateText, iso, relative, priority: 4 });
  }
  return out;
}
