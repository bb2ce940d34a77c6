import { z } from 'zod';
import { defineCommand, requiredText } from '../src/core/command.js';
import { type Corpus, type EntityRef, lookupNotice } from '../src/core/corpus.js';
import { findThreatActor, type ThreatActor } from '../src/core/data/threat-actors.js';
import { moreRows } from '../src/core/paging.js';
import { type Block, type Field, listField, type Reply, reply, UserError } from '../src/core/reply.js';
import { assessmentBlocks, quoteBlocks, timelineBlocks } from '../src/core/reply-blocks.js';

const KIND_LABEL = {
  person: 'Person',
  organisation: 'Organisation',
  threat_actor: 'Threat actor',
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

export default defineCommand({
  name: 'who',
  description: 'Who is this? A card for a person, organisation, country or threat actor, with sources.',
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
  run({ name }, { corpus }) {
    const hit = corpus.lookupEntity(name);
    if (!hit.found) return notInCorpus(name, hit.suggestions);
    // The lookup may come from a names list loaded before the latest ingest: read the record afresh.
    const e = corpus.reader.entity(hit.found.name, hit.found.kind) ?? hit.found;
    return reply(e.name, [
      ...lookupNotice(name, hit, (n) => `/who ${n}`),
      { type: 'heading', text: e.name },
      { type: 'fields', fields: cardFields(e) },
      ...cardSections(e, corpus),
    ]);
  },
});

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

/** Kind, names, attribution, roles and how much the reports say about the entity. */
function cardFields(e: EntityRef): Field[] {
  const fields: Field[] = [{ label: 'Kind', value: KIND_LABEL[e.kind] }];
  if (e.aliases.length > 0) fields.push(listField('Called in reports', e.aliases));
  const table = e.kind === 'threat_actor' ? findThreatActor(e.name) : undefined;
  if (table)
    fields.push(aliasesField(table), {
      label: 'Attributed to',
      value: [table.country, table.sponsor].filter(Boolean).join(' · '),
    });
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
  return fields;
}

/** What the reports say: assessments, dated events, quotes, and the latest reports, each list a glance. */
function cardSections(e: EntityRef, corpus: Corpus): Block[] {
  const reader = corpus.reader;
  const assessed = reader.assessmentClusters({ actor: e.name, limit: ASSESSMENTS });
  const events = reader.eventClusters({ actor: e.name, limit: EVENTS });
  const speaks = e.kind === 'person' || e.kind === 'organisation';
  const quotes = speaks ? reader.quoteClusters({ speaker: e.name, limit: QUOTES }) : null;
  // The most recent reports; a card for an actor named in 25,000 of them lists a page, not all.
  const latest = reader.documentsMentioning(e.name, SOURCES);
  return [
    ...assessmentBlocks(assessed.rows, corpus),
    // No command lists assessments alone; the passages that state them are one search away.
    ...(assessed.rows.length > 0 ? moreRows(assessed, `/search ${e.name}`) : []),
    ...timelineBlocks(events.rows, corpus),
    ...(events.rows.length > 0 ? moreRows(events, `/timeline ${e.name}`) : []),
    ...(quotes ? [...quoteBlocks(quotes.rows, corpus), ...moreRows(quotes, `/quote ${e.name}`)] : []),
    { type: 'sources', rows: corpus.sourceRows(latest) },
    ...moreRows({ rows: latest, total: e.documents }, `/search ${e.name}`),
  ];
}
