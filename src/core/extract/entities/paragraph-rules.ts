// The rules that read one paragraph as it comes: its capitalised runs (classified by the run rules, with
// the roles an appositive gives people) and names that hold a comma list. They run paragraph by paragraph,
// in order, before the document rules.
import { isGivenName } from '../../data/given-names.js';
import { isOrgHeadNoun, isRoleWord, ORG_HEAD_NOUNS } from '../../data/organisations.js';
import { add, type EntityBook, forgetIfNamedOnce } from './book.js';
import type { Found } from './found.js';
import { classify } from './run-rules.js';
import { isTitleCase, runsOf, stripPossessive, type Token, textOf, tokenize } from './runs.js';
import { lower } from './words.js';

export type ParagraphRule = (book: EntityBook, paragraph: number) => void;

/** Every capitalised run: what the run rules make of it, or pending for the second look. */
export function capitalisedRuns(book: EntityBook, pi: number): void {
  const { text: p, sentences } = book.paragraphs[pi] ?? { text: '', sentences: [] };
  // A Title Case headline capitalises every word, so "Government Charged" is no organisation there; a name
  // that ends with its head noun or runs on with "of" ("Council of the Union") still is.
  const headline = !/[.!?:"”]$/.test(p.trim()) && isTitleCase(p);
  for (const run of runsOf(p, tokenize(p, sentences))) {
    let found = classifyRun(book, p, run);
    if (headline)
      found = found.filter((f) => f.kind !== 'organisation' || endsAsAName(p.slice(f.start, f.end)));
    const seen = { paragraph: pi, run, text: textOf(p, run) };
    book.runs.push(seen);
    if (found.length === 0) book.pending.push(seen);
    for (const f of found) {
      if (f.kind === 'person' && !f.role) {
        const role = appositiveRole(p, f);
        if (role) f.role = role;
      }
      add(book, f, pi);
    }
  }
}

/** A body's name as headlines cannot fake it: its head noun last, or followed by "of" or "for". */
function endsAsAName(written: string): boolean {
  const ws = written.split(/\s+/);
  const head = ws.findLastIndex(isOrgHeadNoun);
  return head >= 1 ? head === ws.length - 1 : head === 0 && /^(?:of|for)$/i.test(ws[1] ?? '');
}

/** A body's name ends at its head noun: "… Police Agency and South Korea" is two names, when both are names. */
const endsBeforeAnd = (run: Token[]) =>
  run.some((t, i) => t.text === 'and' && isOrgHeadNoun(stripPossessive(run[i - 1]?.text ?? '')));

/**
 * The run's entities; "the UK and Finland", a run joined by "and" that is not one name, is several. So are
 * two titled people ("Minister Jane Roe and Chief Inspector John Doe"): when the whole run names only people
 * and its parts name more, the parts win; and a body's name followed by "and" ends there.
 */
function classifyRun(book: EntityBook, p: string, run: Token[]): Found[] {
  const before = p.slice(Math.max(0, (run[0]?.start ?? 0) - 40), run[0]?.start ?? 0);
  const whole = () => classify(p, run, before, book.lookups);
  if (!run.some((t) => t.text === 'and')) return whole();
  const parts: Token[][] = [[]];
  for (const t of run) {
    if (t.text === 'and') parts.push([]);
    else parts[parts.length - 1]?.push(t);
  }
  const split = parts
    .filter((x) => x.length > 0)
    .flatMap((x, i) => classify(p, x, i === 0 ? before : '', book.lookups));
  if (endsBeforeAnd(run) && split.length >= 2) return split;
  const found = whole();
  if (found.some((f) => f.kind !== 'person')) return found;
  return split.length > found.length ? split : found;
}

const ROLEISH =
  /\b(?:minister|secretary|director|chief|head|spokes\w+|founder|officer|president|chair\w*|commissioner|ambassador|editor|correspondent|reporter|analyst|researcher|professor|general|executive|manager|leader|lead|inspector|superintendent|constable|detective|prosecutor|attorney|judge|mp|senator|governor|mayor|deputy|adviser|advisor|partner|fellow)\b/i;

/** A role phrase beside a person's name: ", NCSC Director of Operations," or "director of operations, NAME". */
export function appositiveRole(paragraph: string, span: { start: number; end: number }): string | null {
  const after = /^,\s*((?:the\s+)?[^,;“”"()]{3,90}?)\s*,/.exec(paragraph.slice(span.end));
  if (after?.[1] && ROLEISH.test(after[1]) && !/\b(?:said|says|added|told)\b/.test(after[1]))
    return after[1].replace(/^the\s+/i, '').trim();
  const before = /(?:^|[.;:]\s+|,\s+)((?:the\s+)?[^,;.“”"()]{3,80}?),\s*$/i.exec(
    paragraph.slice(Math.max(0, span.start - 90), span.start),
  );
  if (before?.[1] && ROLEISH.test(before[1]) && /^(?:the\s+|[\p{Lu}])/iu.test(before[1])) {
    // "The organisation’s director of operations, Paul Chichester": the role without its possessor.
    return before[1]
      .replace(/^the\s+/i, '')
      .replace(/^[\p{L}]+['’]s\s+/u, '')
      .trim();
  }
  return null;
}

const HEADS_ALT = [...new Set(ORG_HEAD_NOUNS.map(lower))]
  .map((h) => h.charAt(0).toUpperCase() + h.slice(1))
  .join('|');
/** "Foreign, Commonwealth and Development Office", "Department for Science, Innovation and Technology". */
const LIST_NAME = new RegExp(
  `\\b([\\p{Lu}][\\p{L}]+(?:, [\\p{Lu}][\\p{L}]+)+,? and (?:[\\p{Lu}][\\p{L}]+ )*?(?:${HEADS_ALT})|(?:${HEADS_ALT}) (?:for|of) [\\p{Lu}][\\p{L}]+(?:, [\\p{Lu}][\\p{L}]+)+,? and [\\p{Lu}][\\p{L}]+(?: [\\p{Lu}][\\p{L}]+){0,2})\\b`,
  'gu',
);
/** What every LIST_NAME match holds: the list's last item and its "and" (", Innovation and "). */
const LIST_NAME_END = /, [\p{Lu}][\p{L}]+,? and /u;

/**
 * The list's last item may run to three words ("… Food and Rural Affairs"); a title or a person after it is
 * not part of the name ("… and Technology Secretary Jane Roe").
 */
function listNameEnd(name: string): string {
  const ws = name.split(' ');
  const last = ws.lastIndexOf('and');
  const cut = ws.findIndex((w, i) => i > last && (isRoleWord(w) || isGivenName(w)));
  return cut > last + 1 ? ws.slice(0, cut).join(' ') : name;
}

/** A comma list inside one name; a tail read as a name of its own ("Development Office") folds in. */
export function commaListNames(book: EntityBook, pi: number): void {
  const p = book.paragraphs[pi]?.text ?? '';
  // LIST_NAME is slow to fail, so it runs only where its list ending is present.
  if (!LIST_NAME_END.test(p)) return;
  LIST_NAME.lastIndex = 0;
  for (let m = LIST_NAME.exec(p); m; m = LIST_NAME.exec(p)) {
    const name = listNameEnd(m[1] ?? '');
    const s = m.index;
    // A tail run keeps the name's possessive ("… Media and Sport Committee’s request"): still inside it.
    const inside = (end: number) => end <= s + name.length || /^['’]s$/.test(p.slice(s + name.length, end));
    for (let i = book.spans.length - 1; i >= 0; i--) {
      const sp = book.spans[i];
      if (sp && sp.paragraph === pi && sp.start >= s && inside(sp.end)) {
        forgetIfNamedOnce(book, sp.name);
        book.spans.splice(i, 1);
      }
    }
    add(book, { name, kind: 'organisation', start: s, end: s + name.length }, pi);
  }
}

/** The paragraph rules in the order they run on each paragraph. */
export const PARAGRAPH_RULES: readonly ParagraphRule[] = [capitalisedRuns, commaListNames];

/** Reads every paragraph with every paragraph rule, paragraph by paragraph. */
export function readParagraphs(book: EntityBook): void {
  book.paragraphs.forEach((_, pi) => {
    for (const rule of PARAGRAPH_RULES) rule(book, pi);
  });
}
