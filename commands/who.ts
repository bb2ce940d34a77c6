import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { lookupNotice } from '../src/core/corpus.js';
import { findThreatActor } from '../src/core/data/threat-actors.js';
import { type Block, type Field, listField, reply, UserError } from '../src/core/reply.js';
import { bandMeaning } from '../src/core/yardstick.js';

const KIND_LABEL = {
  person: 'Person',
  organisation: 'Organisation',
  threat_actor: 'Threat actor',
  country: 'Country',
  other: 'Other',
} as const;

/** What one card shows: a glance, with the full lists one command away. */
const ROLES = 3;
const ASSESSMENTS = 6;
const EVENTS = 8;
const QUOTES = 2;
const SOURCES = 10;

/** The "… and N more: /command" line under a section that shows part of its list. */
function moreOf(page: { rows: readonly unknown[]; total: number }, command: string): Block[] {
  return page.total > page.rows.length
    ? [{ type: 'more', shown: page.rows.length, total: page.total, command }]
    : [];
}

export default defineCommand({
  name: 'who',
  description: 'Who is this? A card for a person, organisation, country or threat actor, with sources.',
  usage: '/who NAME',
  examples: ['/who APT31', '/who Dowden', '/who zirconium'],
  input: z.object({
    name: z
      .string({ error: 'Give a name, e.g. /who APT31' })
      .trim()
      .min(1, 'Give a name, e.g. /who APT31')
      .max(200),
  }),
  rest: 'name',
  requires: 'anyone',
  run({ name }, { corpus }) {
    const hit = corpus.lookupEntity(name);
    if (!hit.found) {
      const known = findThreatActor(name);
      if (known) {
        return reply(known.name, [
          { type: 'heading', text: `${known.name} (threat actor)` },
          {
            type: 'text',
            text: `${known.name} is a known ${known.country} actor, but no report in this corpus mentions it yet.`,
          },
          {
            type: 'fields',
            fields: [
              listField(
                'Also known as',
                known.aliases.map((a) => `${a.name} (${a.source})`),
              ),
            ],
          },
        ]);
      }
      throw new UserError(
        `No match for "${name}".`,
        'Try a surname, an acronym or another alias.',
        hit.suggestions,
      );
    }
    // The lookup may come from a names list loaded before the latest ingest: read the record afresh.
    const e = corpus.reader.entity(hit.found.name, hit.found.kind) ?? hit.found;
    const store = corpus.reader;
    const table = e.kind === 'threat_actor' ? findThreatActor(e.name) : undefined;

    const fields: Field[] = [{ label: 'Kind', value: KIND_LABEL[e.kind] }];
    if (e.aliases.length > 0) fields.push(listField('Called in reports', e.aliases));
    if (table) {
      fields.push(
        listField(
          'Also known as',
          table.aliases.map((a) => `${a.name} (${a.source})`),
        ),
      );
      fields.push({
        label: 'Attributed to',
        value: [table.country, table.sponsor].filter(Boolean).join(' · '),
      });
    }
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

    const blocks: Block[] = [
      ...lookupNotice(name, hit, (n) => `/who ${n}`),
      { type: 'heading', text: e.name },
      { type: 'fields', fields },
    ];

    const assessed = store.assessmentClusters({ actor: e.name, limit: ASSESSMENTS });
    if (assessed.rows.length > 0) {
      blocks.push({
        type: 'assessments',
        rows: assessed.rows.map((a) => ({
          phrase: a.phrase,
          band: a.band,
          range: bandMeaning(a.band),
          text: a.text,
          ...corpus.cite(a),
        })),
      });
      // No command lists assessments alone; the passages that state them are one search away.
      blocks.push(...moreOf(assessed, `/search ${e.name}`));
    }
    const events = store.eventClusters({ actor: e.name, limit: EVENTS });
    if (events.rows.length > 0) {
      blocks.push({
        type: 'timeline',
        rows: events.rows.map((ev) => ({
          date: ev.date,
          text: ev.text,
          ...corpus.cite(ev),
        })),
      });
      blocks.push(...moreOf(events, `/timeline ${e.name}`));
    }
    if (e.kind === 'person' || e.kind === 'organisation') {
      const quotes = store.quoteClusters({ speaker: e.name, limit: QUOTES });
      for (const q of quotes.rows) {
        blocks.push({
          type: 'quote',
          text: q.text,
          speaker: q.speaker,
          role: q.role,
          ...corpus.cite(q),
        });
      }
      blocks.push(...moreOf(quotes, `/quote ${e.name}`));
    }
    // The most recent reports; a card for an actor named in 25,000 of them lists a page, not all.
    const latest = store.documentsMentioning(e.name, SOURCES);
    blocks.push({ type: 'sources', rows: corpus.sourceRows(latest) });
    blocks.push(...moreOf({ rows: latest, total: e.documents }, `/search ${e.name}`));
    return reply(e.name, blocks);
  },
});
