// /who: a card for anything the reports or the field's catalogues name. The reports' entity comes first
// (what they say it did, said, when); the catalogues add its names with who uses each, what it uses or is
// used by, a vulnerability's KEV facts. A name the catalogues give to several things asks which one.
import { z } from 'zod';
import { defineCommand, requiredText } from '../src/core/command.js';
import { type Corpus, type EntityRef, type Lookup, lookupNotice } from '../src/core/corpus.js';
import { findThreatActor, type ThreatActor } from '../src/core/data/threat-actors.js';
import type { KnowledgeEntry } from '../src/core/knowledge/model.js';
import type { Resolution } from '../src/core/knowledge/names.js';
import type { KnowledgeBase } from '../src/core/knowledge/snapshot.js';
import { moreRows } from '../src/core/paging.js';
import { type Block, type Field, listField, type Reply, reply, UserError } from '../src/core/reply.js';
import { assessmentBlocks, quoteBlocks, timelineBlocks } from '../src/core/reply-blocks.js';
import {
  catalogueFields,
  catalogueNotes,
  importedFrom,
  KNOWLEDGE_KIND_LABEL,
} from './shared/catalogue-card.js';
import { askFor, entityOfEntry, entryOfEntity, knowledgeOf, whichOne } from './shared/knowledge-lookup.js';
import { namedWith } from './shared/named-with.js';

const KIND_LABEL = {
  ...KNOWLEDGE_KIND_LABEL,
  person: 'Person',
  organisation: 'Organisation',
  country: 'Country',
  vulnerability: 'Vulnerability',
  other: 'Other',
} as const;

/** What one card shows: a glance, with the full lists one command away. */
const ROLES = 3;
const ASSESSMENTS = 6;
const EVENTS = 8;
const QUOTES = 2;
const SOURCES = 10;
/** Closest names offered for one that nothing holds: the reports' first, then the catalogues'. */
const SUGGESTIONS = 5;

export default defineCommand({
  name: 'who',
  description:
    'Who or what is this? A person, organisation, country, actor, malware, tool or CVE, with sources.',
  usage: '/who NAME',
  examples: ['/who APT31', '/who Dowden', '/who zirconium'],
  input: z.object({
    name: requiredText('Give a name, e.g. /who APT31', 200).describe(
      'A name, alias or acronym, e.g. APT31, Dowden, zirconium',
    ),
  }),
  rest: 'name',
  names: { name: 'any' },
  requires: 'anyone',
  async run({ name }, ctx) {
    const { corpus } = ctx;
    const kb = await knowledgeOf(ctx);
    const hit = await corpus.lookupEntity(name);
    // A name the reports use is theirs; a catalogue name is that thing, never a misspelling of another.
    if (hit.found && hit.via === null) return entityCard(name, hit, corpus, kb);
    const known = kb ? await fromCatalogues(name, kb, corpus) : null;
    if (known) return known;
    if (!hit.found) {
      const closest = [...hit.suggestions, ...(kb?.suggest(name, SUGGESTIONS) ?? [])];
      return notInCorpus(name, [...new Set(closest)].slice(0, SUGGESTIONS));
    }
    return entityCard(name, hit, corpus, kb);
  },
});

/** The answer the catalogues give: the reports' card of their entry, their card alone, or which one. */
async function fromCatalogues(name: string, kb: KnowledgeBase, corpus: Corpus): Promise<Reply | null> {
  const known = kb.resolve(name);
  if (known.status === 'ambiguous') return whichOne(name, known.candidates, kb);
  const entry = known.status === 'found' ? known.entry : kb.entry(name.trim());
  if (!entry || entry.deprecated) return null;
  const notice = known.status === 'found' ? foundNotice(name, known) : [];
  const e = await entityOfEntry(entry, corpus);
  if (!e) return catalogueCard(entry, kb, notice);
  const card = await entityCard(name, { found: e, via: null, others: [] }, corpus, kb, entry);
  return { ...card, blocks: [...notice, ...card.blocks] };
}

/** A withdrawn id answered with its successor, or a name that other kinds of thing also bear, said first. */
function foundNotice(typed: string, known: Extract<Resolution, { status: 'found' }>): Block[] {
  if (known.via === 'redirect')
    return [
      { type: 'text', text: `${typed} was withdrawn by its catalogue in favour of ${known.entry.name}.` },
    ];
  if (known.alsoNamed.length === 0) return [];
  const others = known.alsoNamed.map(
    (e) => `${e.name} (${KNOWLEDGE_KIND_LABEL[e.kind].toLowerCase()}): /who ${askFor(e)}`,
  );
  return [{ type: 'context', text: `"${typed}" is also the name of ${others.join('; ')}.` }];
}

async function entityCard(
  typed: string,
  hit: Extract<Lookup, { found: EntityRef }>,
  corpus: Corpus,
  kb: KnowledgeBase | null,
  known?: KnowledgeEntry,
): Promise<Reply> {
  // The lookup may come from a names list loaded before the latest ingest: read the record afresh.
  const e = (await corpus.reader.entity(hit.found.name, hit.found.kind)) ?? hit.found;
  const entry = known ?? (kb ? entryOfEntity(e, kb, typed) : null);
  const catalogue = kb && entry ? { kb, entry } : null;
  return reply(e.name, [
    ...lookupNotice(typed, hit, (n) => `/who ${n}`),
    { type: 'heading', text: e.name },
    { type: 'fields', fields: [...cardFields(e, catalogue), ...(await reportFields(e, corpus))] },
    ...(await cardSections(e, corpus)),
    ...(catalogue ? catalogueNotes(catalogue.entry, catalogue.kb) : []),
  ]);
}

/** A catalogue entry no report names: what the catalogues say, cited. */
function catalogueCard(entry: KnowledgeEntry, kb: KnowledgeBase, notice: Block[]): Reply {
  const kind = KNOWLEDGE_KIND_LABEL[entry.kind];
  return reply(entry.name, [
    ...notice,
    { type: 'heading', text: `${entry.name} (${kind.toLowerCase()})` },
    {
      type: 'text',
      text: `${entry.name} is ${knownFrom(entry, kb)}, but no report in this corpus mentions it yet.`,
    },
    { type: 'fields', fields: [{ label: 'Kind', value: kind }, ...catalogueFields(entry, kb, entry.name)] },
    ...catalogueNotes(entry, kb),
  ]);
}

/** Where the card's entry comes from: the field's catalogues, or the STIX sources that gave it. */
function knownFrom(entry: KnowledgeEntry, kb: KnowledgeBase): string {
  const imported = importedFrom(entry, kb);
  return imported ? `known ${imported} (a STIX source)` : "in the field's catalogues";
}

/** A threat actor the reference table knows but no report names yet; otherwise the closest names. */
function notInCorpus(name: string, suggestions: string[]): Reply {
  const known = findThreatActor(name);
  if (!known)
    throw new UserError(
      `No match for "${name}".`,
      'Try a surname, an acronym or another alias.',
      suggestions,
    );
  return reply(known.name, [
    { type: 'heading', text: `${known.name} (threat actor)` },
    {
      type: 'text',
      text: `${known.name} is a known ${known.country} actor, but no report in this corpus mentions it yet.`,
    },
    { type: 'fields', fields: [aliasesField(known)] },
  ]);
}

const aliasesField = (actor: ThreatActor): Field =>
  listField(
    'Also known as',
    actor.aliases.map((a) => `${a.name} (${a.source})`),
  );

/**
 * Kind, names, attribution, roles and how much the reports say about the entity; the catalogues' names
 * (each with who uses it) replace the reference table's when they have the entity.
 */
function cardFields(e: EntityRef, catalogue: { kb: KnowledgeBase; entry: KnowledgeEntry } | null): Field[] {
  const fields: Field[] = [{ label: 'Kind', value: KIND_LABEL[e.kind] }];
  if (e.aliases.length > 0) fields.push(listField('Called in reports', e.aliases));
  const table = e.kind === 'threat_actor' ? findThreatActor(e.name) : undefined;
  const known = catalogue ? catalogueFields(catalogue.entry, catalogue.kb, e.name) : [];
  if (table && !known.some((f) => f.label === 'Also known as')) fields.push(aliasesField(table));
  if (table)
    fields.push({
      label: 'Attributed to',
      value: [table.country, table.sponsor].filter(Boolean).join(' · '),
    });
  fields.push(...known.filter((f) => !(table && f.label.startsWith('Attributed to'))));
  return fields;
}

/** What the reports say of the entity in numbers: roles, reports, first and last seen, who is named with it. */
async function reportFields(e: EntityRef, corpus: Corpus): Promise<Field[]> {
  const fields: Field[] = [];
  const roles = Object.entries(e.roles)
    .filter(([r]) => r !== 'author')
    .sort((a, b) => b[1] - a[1])
    .map(([r]) => r);
  if (roles.length > 0) {
    const more = roles.length > ROLES ? `; and ${roles.length - ROLES} more` : '';
    fields.push({ label: 'Role', value: `${roles.slice(0, ROLES).join('; ')}${more}` });
  }
  if (e.authored > 0) fields.push({ label: 'Wrote', value: `${e.authored} report(s)` });
  fields.push({ label: 'Reports', value: e.documents.toLocaleString('en-GB') });
  if (e.firstSeen && e.lastSeen)
    fields.push({ label: 'First / last seen', value: `${e.firstSeen} / ${e.lastSeen}` });
  if (e.kind !== 'person' && e.kind !== 'organisation' && e.kind !== 'country') {
    const others = await namedWith(corpus, e.name);
    if (others.length > 0) fields.push(listField('Named with it in reports', others));
  }
  return fields;
}

/** What the reports say: assessments, dated events, quotes, and the latest reports, each list a glance. */
async function cardSections(e: EntityRef, corpus: Corpus): Promise<Block[]> {
  const reader = corpus.reader;
  const speaks = e.kind === 'person' || e.kind === 'organisation';
  // Asked at once: on a database across the network the four reads overlap.
  const [assessed, events, quotes, latest] = await Promise.all([
    reader.assessmentClusters({ actor: e.name, limit: ASSESSMENTS }),
    reader.eventClusters({ actor: e.name, limit: EVENTS }),
    speaks ? reader.quoteClusters({ speaker: e.name, limit: QUOTES }) : null,
    // The most recent reports; a card for an actor named in 25,000 of them lists a page, not all.
    reader.documentsMentioning(e.name, SOURCES),
  ]);
  return [
    ...(await assessmentBlocks(assessed.rows, corpus)),
    // No command lists assessments alone; the passages that state them are one search away.
    ...(assessed.rows.length > 0 ? moreRows(assessed, `/search ${e.name}`) : []),
    ...(await timelineBlocks(events.rows, corpus)),
    ...(events.rows.length > 0 ? moreRows(events, `/timeline ${e.name}`) : []),
    ...(quotes ? [...(await quoteBlocks(quotes.rows, corpus)), ...moreRows(quotes, `/quote ${e.name}`)] : []),
    { type: 'sources', rows: await corpus.sourceRows(latest) },
    ...moreRows({ rows: latest, total: e.documents }, `/search ${e.name}`),
  ];
}
