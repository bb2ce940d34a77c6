// /knowledge: which of the field's catalogues are loaded, from whom, which version and date, what they
// hold, and the licence notices their publishers ask to reproduce wherever their data is shown.
import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import type { KnowledgeKind } from '../src/core/knowledge/model.js';
import type { CatalogueSummary, KnowledgeBase } from '../src/core/knowledge/snapshot.js';
import { countOf } from '../src/core/paging.js';
import { type Block, type Field, type Reply, reply } from '../src/core/reply.js';
import { formatIsoDate } from '../src/core/text/format-date.js';

const KIND_COUNT: Readonly<Record<KnowledgeKind, { label: string; noun: [string, string] }>> = {
  threat_actor: { label: 'Actors', noun: ['actor', 'actors'] },
  malware: { label: 'Malware', noun: ['malware', 'malware'] },
  tool: { label: 'Tools', noun: ['tool', 'tools'] },
  campaign: { label: 'Campaigns', noun: ['campaign', 'campaigns'] },
  vulnerability: { label: 'CVEs', noun: ['CVE', 'CVEs'] },
};
const KINDS = Object.keys(KIND_COUNT) as KnowledgeKind[];

const HOW_TO_LOAD =
  'Whoever runs Sitrep loads them with `sitrep knowledge update` (from MITRE ATT&CK, MISP galaxy and CISA KEV) or `sitrep knowledge import DIR` (a mirror of their files).';

export default defineCommand({
  name: 'knowledge',
  description:
    'Which catalogues are loaded (MITRE ATT&CK, MISP galaxy, CISA KEV): versions, counts, licences.',
  usage: '/knowledge',
  examples: ['/knowledge'],
  input: z.object({}),
  requires: 'anyone',
  async run(_input, { knowledge, logger }) {
    let kb: KnowledgeBase | null;
    try {
      kb = (await knowledge?.load()) ?? null;
    } catch (err) {
      logger.warn('the stored knowledge cannot be read', { error: String(err) });
      return unreadable(err);
    }
    if (!kb)
      return reply('Knowledge', [
        {
          type: 'text',
          text: 'No catalogue is loaded: /who knows the actors of Sitrep’s own table and the reports only.',
        },
        { type: 'context', text: HOW_TO_LOAD },
      ]);
    return reply('Knowledge', cardOf(kb));
  },
});

function cardOf(kb: KnowledgeBase): Block[] {
  return [
    { type: 'heading', text: `Catalogues loaded (${kb.catalogues.length})` },
    { type: 'fields', fields: kb.catalogues.map(catalogueField) },
    { type: 'heading', text: 'In all, each counted once where catalogues link their names' },
    {
      type: 'fields',
      fields: KINDS.map((k) => ({ label: KIND_COUNT[k].label, value: number(kb.counts[k]) })),
    },
    { type: 'heading', text: 'Licences' },
    ...kb.notices().map((text): Block => ({ type: 'text', text })),
    { type: 'context', text: `Built ${formatIsoDate(kb.builtAt.slice(0, 10))}. ${HOW_TO_LOAD}` },
  ];
}

function catalogueField(c: CatalogueSummary): Field {
  const held = KINDS.filter((k) => c.counts[k] > 0).map((k) => {
    const [one, many] = KIND_COUNT[k].noun;
    return countOf(c.counts[k], one, many);
  });
  const parts = [
    c.publisher,
    c.version ? `version ${c.version}` : null,
    c.date ? formatIsoDate(c.date) : null,
    held.join(', ') || 'nothing Sitrep reads',
    c.skipped > 0 ? `${countOf(c.skipped, 'object')} skipped as malformed` : null,
  ];
  return { label: c.title, value: parts.filter(Boolean).join(' · ') };
}

function unreadable(err: unknown): Reply {
  const why = err instanceof Error ? err.message : String(err);
  return {
    status: 'error',
    title: 'Knowledge unreadable',
    blocks: [
      { type: 'text', text: `The stored catalogues cannot be read: ${why}.` },
      { type: 'context', text: 'Whoever runs Sitrep rebuilds them with `sitrep knowledge update`.' },
    ],
  };
}

const number = (n: number) => n.toLocaleString('en-GB');
