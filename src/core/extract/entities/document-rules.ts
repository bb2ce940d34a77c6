// The rules that read the whole document once every paragraph has been read: names in brackets, a second
// look at the runs nothing recognised (surnames of people already found, acronyms of organisations already
// found, "Ms Collins" with no fuller name), surnames as aliases, and the byline's authors.
import { isGivenName } from '../../data/given-names.js';
import { isHonorific, isOrgHeadNoun, isRoleWord } from '../../data/organisations.js';
import type { EntityKind } from '../../model.js';
import { addSpan, type EntityBook, type Entry, entryOf, keyOf } from './book.js';
import { bracketedAcronyms, bracketedSpeakers } from './bracket-rules.js';
import { initialsMatch, isNameWord, stripPossessive, wordsOf } from './runs.js';
import { lower, NOT_A_NAME_START } from './words.js';

export type DocumentRule = (book: EntityBook) => void;

const TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Hon)\.?\s+/;

/** Runs nothing recognised, read again against the people and organisations the document has named. */
export function secondLook(book: EntityBook): void {
  const entries = [...book.byKey.values()];
  const people = entries.filter((e) => e.kind === 'person');
  const orgs = entries.filter((e) => e.kind === 'organisation');
  for (const { paragraph, run, text } of book.pending) {
    const ws = wordsOf(run).filter((w) => !NOT_A_NAME_START.has(lower(w)) || w !== run[0]?.text);
    if (ws.length === 0) continue;
    const clean = stripPossessive(text).replace(/^(?:The|A|An)\s+/, '');
    const start = run[0]?.start ?? 0;
    const end = run[run.length - 1]?.end ?? 0;
    const bare = clean.replace(TITLE, '');
    const person = people.find((e) => e.name.split(/\s+/).slice(-1)[0] === bare && bare.length > 2);
    if (person) addSpan(book, person, paragraph, start, end);
    else if (TITLE.test(clean) && /^[\p{Lu}][\p{Ll}'’-]+$/u.test(bare) && !isRoleWord(bare)) {
      // "Ms Collins" with no fuller name in the text: the titled form is the best name we have.
      const entry: Entry = { name: clean, kind: 'person', aliases: new Set([bare]), roles: [] };
      if (!book.byKey.has(keyOf(clean))) book.byKey.set(keyOf(clean), entry);
      book.spans.push({ paragraph, start, end, name: clean, kind: 'person' });
    } else if (/^[\p{Lu}]{2,8}$/u.test(clean)) {
      const org = orgs.find((o) => o.aliases.has(clean) || initialsMatch(clean, o.name));
      if (!org) continue;
      org.aliases.add(clean);
      addSpan(book, org, paragraph, start, end);
    }
  }
}

/** Where a given name and the word after it stand in the runs, and which words follow them there. */
function namePairs(
  book: EntityBook,
): Map<string, { next: Set<string>; at: { paragraph: number; start: number; end: number }[] }> {
  const pairs = new Map<
    string,
    { next: Set<string>; at: { paragraph: number; start: number; end: number }[] }
  >();
  for (const { paragraph, run } of book.runs) {
    const ws = wordsOf(run);
    for (let i = 0; i + 1 < ws.length; i++) {
      const [first = '', second = ''] = [ws[i], ws[i + 1]];
      if (!isGivenName(first) || !isNameWord(second) || isOrgHeadNoun(second) || isRoleWord(second)) continue;
      const key = `${first} ${second}`;
      const pair = pairs.get(key) ?? { next: new Set<string>(), at: [] };
      pair.next.add(ws[i + 2] ?? '');
      pair.at.push({ paragraph, start: run[i]?.start ?? 0, end: run[i + 1]?.end ?? 0 });
      pairs.set(key, pair);
    }
  }
  return pairs;
}

/**
 * "Dana Whitfield Portrait Dana Whitfield", "Dana Whitfield Highlights": a given name and surname that recur
 * with different words after them are a person, and the words after are labels, not more of the name. A
 * person recorded under the name and one of those labels, named once, folds into the name.
 */
export function recurringNames(book: EntityBook): void {
  for (const [name, pair] of namePairs(book)) {
    if (pair.at.length < 2 || pair.next.size < 2) continue;
    const entry = entryOf(book, name) ?? {
      name,
      kind: 'person' as EntityKind,
      aliases: new Set<string>(),
      roles: [],
    };
    if (entry.kind !== 'person') continue;
    book.byKey.set(keyOf(name), entry);
    for (const longer of [...book.byKey.values()]) {
      if (longer.kind !== 'person' || !longer.name.startsWith(`${name} `)) continue;
      if (book.spans.filter((s) => s.name === longer.name).length > 1) continue;
      book.byKey.delete(keyOf(longer.name));
      for (const role of longer.roles) if (!entry.roles.includes(role)) entry.roles.push(role);
      book.spans.splice(0, book.spans.length, ...book.spans.filter((s) => s.name !== longer.name));
    }
    const has = (a: { paragraph: number; start: number }) =>
      book.spans.some((s) => s.name === entry.name && s.paragraph === a.paragraph && s.start === a.start);
    for (const a of pair.at) if (!has(a)) addSpan(book, entry, a.paragraph, a.start, a.end);
  }
}

/** Surnames as aliases, where the name's order is known: a recognised given name or an honorific first. */
export function surnameAliases(book: EntityBook): void {
  for (const e of book.byKey.values()) {
    if (e.kind !== 'person') continue;
    const parts = e.name.split(/\s+/);
    const surname = parts[parts.length - 1];
    const first = parts[0] ?? '';
    if (parts.length >= 2 && surname && surname.length > 2 && (isGivenName(first) || isHonorific(first)))
      e.aliases.add(surname);
  }
}

/** "Priya Natarajan and Tomás Ruiz": each author in the byline is a person of their own. */
export function bylineAuthors(book: EntityBook): void {
  const names = (book.author ?? '').split(/\s*(?:,|\band\b|&)\s*/).filter((n) => n.split(/\s+/).length >= 2);
  for (const name of names) {
    const entry = book.byKey.get(keyOf(name)) ?? {
      name,
      kind: 'person' as EntityKind,
      aliases: new Set<string>(),
      roles: [],
    };
    if (!entry.roles.includes('author')) entry.roles.push('author');
    book.byKey.set(keyOf(name), entry);
  }
}

/** The document rules in the order they run, after the paragraph rules. */
export const DOCUMENT_RULES: readonly DocumentRule[] = [
  bracketedSpeakers,
  bracketedAcronyms,
  recurringNames,
  secondLook,
  surnameAliases,
  bylineAuthors,
];
