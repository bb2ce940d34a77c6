// Names in brackets, read once every paragraph has been: a speaker after a title, as parliamentary records
// write them ("The Deputy Prime Minister (Oliver Dowden)"), and an acronym or short name after what it
// stands for ("National Cyber Security Centre (NCSC)", "Advanced Persistent Threat Group 31 (APT31)").
import { isOrgHeadNoun, isRoleWord } from '../../data/organisations.js';
import { isCalendarName } from '../../dates/calendar.js';
import { add, addSpan, type EntityBook, entryOf, forgetIfNamedOnce } from './book.js';
import { initialsMatch, isNameWord, leadingCapitalised } from './runs.js';

const SPEAKER_IN_BRACKETS =
  /((?:[\p{Lu}][\p{L}’'-]+\s+){0,4}[\p{Lu}][\p{L}’'-]+)\s+\(([\p{Lu}][\p{L}’'.-]+(?:\s+[\p{Lu}][\p{L}’'.-]+){1,3})\)/gu;

/** "The Deputy Prime Minister (Oliver Dowden)": the name in brackets, with the title as the role. */
export function bracketedSpeakers(book: EntityBook): void {
  book.paragraphs.forEach(({ text: p }, pi) => {
    if (!p.includes('(')) return;
    for (const m of p.matchAll(SPEAKER_IN_BRACKETS)) {
      const roleWords = (m[1] ?? '').split(/\s+/);
      const nameWords = (m[2] ?? '').split(/\s+/);
      if (!isRoleWord(roleWords[roleWords.length - 1] ?? '') || !nameWords.every(isNameWord)) continue;
      const start = m.index + (m[0].indexOf('(') + 1);
      const role = (m[1] ?? '').replace(/^The\s+/, '');
      add(book, { name: m[2] ?? '', kind: 'person', role, start, end: start + (m[2] ?? '').length }, pi);
    }
  });
}

const ACRONYM_IN_BRACKETS = /\(([\p{Lu}][\p{Lu}\p{N}&-]{1,9}|[\p{Lu}][\p{Ll}]{2,11})\)/gu;

/** One acronym or short name in brackets: the paragraph, its index, the word and where its bracket opens. */
interface Bracketed {
  p: string;
  pi: number;
  word: string;
  at: number;
}

/** Acronyms and short names in brackets name what stands right before them. */
export function bracketedAcronyms(book: EntityBook): void {
  book.paragraphs.forEach(({ text: p }, pi) => {
    if (!p.includes('(')) return;
    for (const m of p.matchAll(ACRONYM_IN_BRACKETS)) {
      const b: Bracketed = { p, pi, word: m[1] ?? '', at: m.index };
      if (/\p{Ll}/u.test(b.word)) shortName(book, b);
      else if (!actorAcronym(book, b)) acronym(book, b);
    }
  });
}

/** The span right before the bracket, nothing but spaces between them. */
function ownerOf(book: EntityBook, { p, pi, at }: Bracketed) {
  return book.spans
    .filter((s) => s.paragraph === pi && s.end <= at && /^\s*$/.test(p.slice(s.end, at)))
    .pop();
}

/**
 * "Finnish Security and Intelligence Service (Supo)": a short name is an alias only of an organisation right
 * before it, and never a weekday, a month or a country ("today (Monday)").
 */
function shortName(book: EntityBook, b: Bracketed): void {
  const owner = ownerOf(book, b);
  const entry = owner ? entryOf(book, owner.name) : undefined;
  if (entry?.kind !== 'organisation' || book.lookups.countryOf(b.word) || isCalendarName(b.word)) return;
  entry.aliases.add(b.word);
  addSpan(book, entry, b.pi, b.at + 1, b.at + 1 + b.word.length);
}

/** "Advanced Persistent Threat Group 31 (APT31)": the long form is an alias of the actor. */
function actorAcronym(book: EntityBook, b: Bracketed): boolean {
  const actor = book.lookups.actorOf(b.word);
  if (!actor) return false;
  const owner = ownerOf(book, b);
  const long = owner ? b.p.slice(owner.start, owner.end) : leadingCapitalised(b.p.slice(0, b.at));
  if (!long) return true;
  if (owner) {
    forgetIfNamedOnce(book, owner.name, (e) => e.kind === 'threat_actor');
    owner.name = actor;
    owner.kind = 'threat_actor';
  }
  const start = b.at + 1;
  add(book, { name: actor, kind: 'threat_actor', alias: long, start, end: start + b.word.length }, b.pi);
  return true;
}

/**
 * "National Cyber Security Centre (NCSC)": an alias of what stands before, or the organisation it spells
 * when it reads as a body's name (a head noun in it); "Advanced Persistent Threat (APT)" is a term.
 */
function acronym(book: EntityBook, b: Bracketed): void {
  const owner = ownerOf(book, b);
  if (owner) {
    const entry = entryOf(book, owner.name);
    if (entry && entry.kind !== 'person') {
      entry.aliases.add(b.word);
      addSpan(book, entry, b.pi, b.at + 1, b.at + 1 + b.word.length);
    }
    return;
  }
  const long = leadingCapitalised(b.p.slice(0, b.at));
  if (!long || !initialsMatch(b.word, long) || !long.split(/\s+/).some(isOrgHeadNoun)) return;
  add(
    book,
    { name: long, kind: 'organisation', alias: b.word, start: b.at - long.length - 1, end: b.at },
    b.pi,
  );
}
