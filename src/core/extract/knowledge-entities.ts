// Malware, tools, campaigns, vulnerabilities and the catalogues' actors in a report: every catalogue name
// found in one pass (knowledge/matcher.ts: ordinary-word names only with a cue or among other cyber
// entities, a name catalogues give to several things only where the text settles which), every CVE id,
// and malware the text introduces itself ("the X backdoor"). Added after the rule-based entities, which
// keep their names: a name the rules already gave a kind is never taken again. Events gain the names
// their sentence holds, so a card for a piece of malware has its dated events.
import { findCves } from '../knowledge/cve-ids.js';
import type { KnowledgeMention } from '../knowledge/matcher.js';
import type { KnowledgeBase } from '../knowledge/snapshot.js';
import type { EntityKind, Extraction, Mention } from '../model.js';
import { nameKey } from '../text/normalise.js';
import { cuedSoftwareNames } from './software-cues.js';

interface Found {
  name: string;
  kind: EntityKind;
  /** The words as the text has them. */
  text: string;
}

/** What a catalogue mention names: the entry's kind and canonical name, or nothing while ambiguous. */
function fromCatalogue(m: KnowledgeMention, kb: KnowledgeBase | null): Found | null {
  if (m.type === 'cve') return { name: m.ids[0] ?? m.text, kind: 'vulnerability', text: m.text };
  const entry = m.entry ? kb?.entry(m.entry) : undefined;
  if (!entry || entry.deprecated) return null;
  return { name: entry.name, kind: entry.kind, text: m.text };
}

/** Every catalogue name, CVE id and cued malware name in the text, in order of appearance. */
function findAll(body: string, kb: KnowledgeBase | null): Found[] {
  const mentions: { start: number; found: Found }[] = [];
  const taken: [number, number][] = [];
  // Without catalogues, CVE ids still are vulnerabilities, whether or not KEV lists them.
  for (const m of kb ? kb.find(body) : findCves(body)) {
    const found = fromCatalogue(m, kb);
    taken.push([m.start, m.end]);
    if (found) mentions.push({ start: m.start, found });
  }
  for (const c of cuedSoftwareNames(body)) {
    // A name a catalogue holds is that entry, found above, whatever the cue says.
    if (taken.some(([s, e]) => c.start < e && s < c.end)) continue;
    mentions.push({ start: c.start, found: { name: c.name, kind: 'malware', text: c.name } });
  }
  return mentions.sort((a, b) => a.start - b.start).map((m) => m.found);
}

/** The extraction with the catalogues' entities added, and each event naming them as its actors. */
export function withKnowledge(body: string, extraction: Extraction, kb: KnowledgeBase | null): Extraction {
  // A name the rules could not give a kind ('other') takes the catalogue's or the cue's.
  const ruled = byKey(extraction.entities.filter((m) => m.kind !== 'other'));
  const unsure = byKey(extraction.entities.filter((m) => m.kind === 'other'));
  const retyped = new Map<Mention, Found>();
  const longer = extraction.entities.flatMap((m) => [m.name, ...m.aliases]);
  const added = new Map<string, Mention>();
  const spellings = new Map<string, string>();
  for (const f of findAll(body, kb)) {
    if (ruled.has(nameKey(f.text)) || ruled.has(nameKey(f.name))) continue;
    const vague = unsure.get(nameKey(f.text)) ?? unsure.get(nameKey(f.name));
    if (vague) {
      if (!retyped.has(vague)) retyped.set(vague, f);
      spellings.set(f.text, f.name);
      continue;
    }
    // Part of a longer name the rules found ("Rana" of Rana Intelligence Computing Company): not it.
    if (longer.some((n) => n.length > f.text.length && holds(n, f.text))) continue;
    const key = `${f.kind}|${f.name}`;
    const m = added.get(key) ?? { name: f.name, kind: f.kind, aliases: [], roles: [] };
    if (f.text !== f.name && !m.aliases.includes(f.text)) m.aliases.push(f.text);
    added.set(key, m);
    spellings.set(f.text, f.name);
  }
  if (added.size === 0 && retyped.size === 0) return extraction;
  const events = extraction.events.map((ev) => {
    const named = [...spellings].filter(([text, name]) => holds(ev.text, text) && !ev.actors.includes(name));
    return named.length === 0 ? ev : { ...ev, actors: [...ev.actors, ...new Set(named.map(([, n]) => n))] };
  });
  const entities = extraction.entities.map((m) => {
    const f = retyped.get(m);
    return f ? retype(m, f) : m;
  });
  return { ...extraction, entities: [...entities, ...added.values()], events };
}

/** Rule-found mentions by the name keys of all their names. */
function byKey(mentions: readonly Mention[]): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (const m of mentions) for (const n of [m.name, ...m.aliases]) out.set(nameKey(n), m);
  return out;
}

/** A mention the rules found with no kind, under the catalogue's name and kind, its own names kept as aliases. */
function retype(m: Mention, f: Found): Mention {
  const aliases = [...new Set([m.name, ...m.aliases, f.text].filter((n) => n !== f.name))];
  return { ...m, name: f.name, kind: f.kind, aliases };
}

/** The sentence has the words as a whole ("RAT" is not in "CORATE"). */
function holds(sentence: string, words: string): boolean {
  let at = sentence.indexOf(words);
  while (at >= 0) {
    const before = sentence[at - 1] ?? ' ';
    const after = sentence[at + words.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    at = sentence.indexOf(words, at + 1);
  }
  return false;
}
