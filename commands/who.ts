import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { findThreatActor } from '../src/core/data/threat-actors.js';
import { BAND_RANGE } from '../src/core/extract/assessments.js';
import { mergeAssessments, mergeEvents, mergeQuotes } from '../src/core/merge.js';
import { type Block, type Citation, reply, UserError } from '../src/core/reply.js';

const KIND_LABEL = {
  person: 'Person',
  organisation: 'Organisation',
  threat_actor: 'Threat actor',
  country: 'Country',
  other: 'Other',
} as const;

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
              {
                label: 'Also known as',
                value: known.aliases.map((a) => `${a.name} (${a.source})`).join(', '),
              },
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
    const e = hit.found;
    const store = corpus.store;
    const mentions = store.mentionsOf([e.name]);
    const docIds = [...new Set(mentions.map((m) => m.docId))];
    const cite = (ids: string[]) =>
      ids.map((id) => corpus.citation(id)).filter((c): c is Citation => c !== null);
    const sources = cite(docIds);
    const dates = sources
      .map((s) => s.published)
      .filter((d): d is string => d !== null)
      .sort();

    const roles = new Map<string, number>();
    for (const m of mentions)
      for (const r of m.roles) if (r !== 'author') roles.set(r, (roles.get(r) ?? 0) + 1);
    const aliases = new Set<string>();
    for (const m of mentions) for (const a of m.aliases) aliases.add(a);
    const table = e.kind === 'threat_actor' ? findThreatActor(e.name) : undefined;

    const fields: { label: string; value: string }[] = [{ label: 'Kind', value: KIND_LABEL[e.kind] }];
    if (aliases.size > 0) fields.push({ label: 'Called in reports', value: [...aliases].join(', ') });
    if (table) {
      fields.push({
        label: 'Also known as',
        value: table.aliases.map((a) => `${a.name} (${a.source})`).join(', '),
      });
      fields.push({
        label: 'Attributed to',
        value: [table.country, table.sponsor].filter(Boolean).join(' · '),
      });
    }
    if (roles.size > 0)
      fields.push({
        label: 'Role',
        value: [...roles.entries()]
          .sort((a, b) => b[1] - a[1])
          .map(([r]) => r)
          .slice(0, 3)
          .join('; '),
      });
    if (mentions.some((m) => m.roles.includes('author')))
      fields.push({
        label: 'Wrote',
        value: `${mentions.filter((m) => m.roles.includes('author')).length} report(s)`,
      });
    fields.push({ label: 'Reports', value: `${docIds.length}` });
    if (dates.length > 0)
      fields.push({ label: 'First / last seen', value: `${dates[0]} / ${dates[dates.length - 1]}` });

    const blocks: Block[] = [
      { type: 'heading', text: e.name },
      { type: 'fields', fields },
    ];
    if (hit.via) blocks.push({ type: 'context', text: `Matched "${hit.via}".` });

    const assessed = mergeAssessments(store.assessments([e.name]));
    if (assessed.length > 0) {
      blocks.push({
        type: 'assessments',
        rows: assessed.slice(0, 6).map((a) => ({
          phrase: a.phrase,
          band: a.band,
          range: BAND_RANGE[a.band as keyof typeof BAND_RANGE] ?? '',
          text: a.text,
          sources: cite(a.docIds),
        })),
      });
    }
    const events = mergeEvents(store.eventsMentioning([e.name]).filter((ev) => ev.actors.includes(e.name)));
    if (events.length > 0)
      blocks.push({
        type: 'timeline',
        rows: events.slice(0, 8).map((ev) => ({ date: ev.date, text: ev.text, sources: cite(ev.docIds) })),
      });
    if (e.kind === 'person' || e.kind === 'organisation') {
      for (const q of mergeQuotes(store.quotesBy([e.name])).slice(0, 2)) {
        blocks.push({
          type: 'quote',
          text: q.text,
          speaker: q.speaker,
          role: q.role,
          sources: cite(q.docIds),
        });
      }
    }
    blocks.push({
      type: 'sources',
      rows: sources.map((s) => ({ ...s, origin: corpus.document(s.docId)?.origin ?? '' })),
    });
    return reply(e.name, blocks);
  },
});
