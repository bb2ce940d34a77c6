// One document's entities as the rules record them: each entity once (by its loose key), with its aliases
// and roles, and every span where the text names it. Rules add what they find; a later rule may fold an
// entity into another ("Development Office" into the comma-listed name it ends) or rename it.
import type { EntityKind, Mention } from '../../model.js';
import { looseKey } from '../../text/normalise.js';
import type { Paragraph } from '../../text/sentences.js';
import type { EntitySpan } from '../entities.js';
import { createOrgSettler, type DocumentSetting } from '../org-identity.js';
import type { Found } from './found.js';
import type { Lookups } from './lookups.js';
import type { Token } from './runs.js';

export interface Entry {
  name: string;
  kind: EntityKind;
  aliases: Set<string>;
  roles: string[];
}

/** A capitalised run as the paragraph rules met it (every run, and apart those no rule recognised). */
export interface Pending {
  paragraph: number;
  run: Token[];
  text: string;
}

export interface EntityBook {
  readonly paragraphs: readonly Paragraph[];
  readonly author: string | null;
  readonly lookups: Lookups;
  readonly byKey: Map<string, Entry>;
  readonly spans: EntitySpan[];
  /** Every capitalised run, in text order. */
  readonly runs: Pending[];
  /** The runs no rule recognised, for the second look once the whole document has been read. */
  readonly pending: Pending[];
  readonly settler: ReturnType<typeof createOrgSettler<Entry>>;
}

export const keyOf = looseKey;

export function openBook(
  paragraphs: readonly Paragraph[],
  author: string | null,
  setting: DocumentSetting,
  lookups: Lookups,
): EntityBook {
  const settler = createOrgSettler<Entry>(
    paragraphs.map((p) => p.text),
    setting,
  );
  return { paragraphs, author, lookups, byKey: new Map(), spans: [], runs: [], pending: [], settler };
}

export function entryOf(book: EntityBook, name: string): Entry | undefined {
  return book.byKey.get(keyOf(name));
}

/** Records what a rule found in paragraph `paragraph`: a new entity, or more about one already recorded. */
export function add(book: EntityBook, f: Found, paragraph: number): void {
  const k = keyOf(f.name);
  let entry = book.byKey.get(k);
  if (!entry) {
    entry = { name: f.name, kind: f.kind, aliases: new Set(), roles: [] };
    book.byKey.set(k, entry);
  }
  if (f.org && entry.kind === 'organisation') book.settler.record(entry, f.org);
  if (f.alias && keyOf(f.alias) !== k) entry.aliases.add(f.alias);
  if (f.role && !entry.roles.includes(f.role)) entry.roles.push(f.role);
  book.spans.push({ paragraph, start: f.start, end: f.end, name: entry.name, kind: entry.kind });
}

/** Another span naming an entity already recorded. */
export function addSpan(book: EntityBook, entry: Entry, paragraph: number, start: number, end: number): void {
  book.spans.push({ paragraph, start, end, name: entry.name, kind: entry.kind });
}

/** Forgets the entity called `name` when one span alone names it (the one about to be taken back). */
export function forgetIfNamedOnce(book: EntityBook, name: string, unless?: (e: Entry) => boolean): void {
  const entry = entryOf(book, name);
  if (entry && !unless?.(entry) && book.spans.filter((x) => x.name === name).length === 1)
    book.byKey.delete(keyOf(name));
}

/** Gives the organisations named only bare the country their document means (org-identity.ts). */
export function settleOrganisations(book: EntityBook): void {
  book.settler.settle(
    (entry) => entry.name,
    (entry, name) => {
      const old = entry.name;
      const into = entryOf(book, name) ?? entry;
      book.byKey.delete(keyOf(old));
      if (into !== entry) {
        for (const a of entry.aliases) into.aliases.add(a);
        for (const role of entry.roles) if (!into.roles.includes(role)) into.roles.push(role);
      }
      into.aliases.add(old);
      into.name = name;
      book.byKey.set(keyOf(name), into);
      for (const s of book.spans) if (s.name === old && s.kind === 'organisation') s.name = name;
    },
  );
}

/** The book's entities as mentions (aliases that fold to the name left out), its spans in text order. */
export function closeBook(book: EntityBook): { mentions: Mention[]; spans: EntitySpan[] } {
  const mentions: Mention[] = [...book.byKey.values()].map((e) => ({
    name: e.name,
    kind: e.kind,
    aliases: [...e.aliases].filter((a) => keyOf(a) !== keyOf(e.name)),
    roles: e.roles,
  }));
  const spans = [...book.spans].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { mentions, spans };
}
