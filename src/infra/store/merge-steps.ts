// What the merge writers of every store decide in memory, whatever writes it down: how one mention changes
// its entity's lists, and what one more report of a clustered event or quote changes in its cluster (ADR 7).
// The rules themselves (`sameEvent`, `sameQuote`, `sameAssessment`) are core's, in src/core/merge.ts.
import type { Mention } from '../../core/model.js';
import { type WordBag, wordBag } from '../../core/text/normalise.js';

/** Aliases kept per entity: the first ones seen; more would only be noise in a card. */
export const MAX_ALIASES = 40;

/** An entity's lists as stored: aliases first seen first, and how many documents give each role. */
export interface EntityLists {
  aliases: string[];
  roles: Record<string, number>;
}

/**
 * Counts one mention into its entity's lists (changed in place): its new aliases (up to MAX_ALIASES) and
 * its roles. Returns the aliases the entity did not have, every one of which becomes a lookup key.
 */
export function countMention(lists: EntityLists, m: Mention): string[] {
  const fresh = m.aliases.filter((a) => !lists.aliases.includes(a));
  for (const a of fresh) if (lists.aliases.length < MAX_ALIASES) lists.aliases.push(a);
  for (const r of new Set(m.roles)) lists.roles[r] = (lists.roles[r] ?? 0) + 1;
  return fresh;
}

/** 1 when the mention names the document's author, else 0: what the entity's `authored` counts. */
export const authoredBy = (m: Mention): number => (m.roles.includes('author') ? 1 : 0);

/** A cluster's merge words as stored (space-separated), counted again. */
export const storedWords = (s: string): WordBag => wordBag(s === '' ? [] : s.split(' '));

/** The key of an assessment cluster's candidates: its phrase and actor. */
export const assessmentKey = (phrase: string, actor: string | null): string =>
  JSON.stringify([phrase, actor]);

/** A recent event cluster a new event is compared with. */
export type EventCandidate = { id: number; date: string; length: number; words: WordBag; actors: string[] };
/** A recent quote cluster a new quote is compared with. */
export type QuoteCandidate = {
  id: number;
  speaker: string;
  length: number;
  words: WordBag;
  role: string | null;
};
/** A recent assessment cluster a new assessment is compared with. */
export type AssessmentCandidate = { id: number; phrase: string; actor: string | null; words: WordBag };

/**
 * An event cluster reported again (the candidate changed in place): the longer wording stands for it and
 * new actors join it. Says whether the wording changed and which actors were added.
 */
export function joinEvent(
  c: EventCandidate,
  e: { text: string; actors: readonly string[] },
  words: WordBag,
): { longer: boolean; added: string[] } {
  const longer = e.text.length > c.length;
  const added = e.actors.filter((a) => !c.actors.includes(a));
  if (longer) Object.assign(c, { length: e.text.length, words });
  c.actors = [...c.actors, ...added];
  return { longer, added };
}

/** A quote cluster reported again (the candidate changed in place): the longer wording stands for it, and
 * the first role given stays. Says whether the wording changed. */
export function joinQuote(
  c: QuoteCandidate,
  q: { text: string; role: string | null },
  words: WordBag,
): boolean {
  const longer = q.text.length > c.length;
  if (longer) Object.assign(c, { length: q.text.length, words });
  c.role ??= q.role;
  return longer;
}
