// What the field's catalogues say about one entry, as card fields: every name with who uses it
// ("Violet Typhoon (Microsoft)", "G0128 (MITRE ATT&CK)"), attribution, the software an actor uses and
// the actors a piece of software is used by (each cited as the catalogue cites it), a vulnerability's
// KEV facts; and the publishers' notices to show beside them (MITRE asks for its notice wherever
// ATT&CK data is shown).
import type {
  Alias,
  EntryLink,
  KnowledgeEntry,
  KnowledgeKind,
  RelationType,
} from '../../src/core/knowledge/model.js';
import { ATTACK_IDS } from '../../src/core/knowledge/model.js';
import type { KnowledgeBase } from '../../src/core/knowledge/snapshot.js';
import { type Block, type Field, listField } from '../../src/core/reply.js';
import { formatIsoDate } from '../../src/core/text/format-date.js';

export const KNOWLEDGE_KIND_LABEL: Readonly<Record<KnowledgeKind, string>> = {
  threat_actor: 'Threat actor',
  malware: 'Malware',
  tool: 'Tool',
  campaign: 'Campaign',
  vulnerability: 'Vulnerability',
};

/** Names and links shown on one card: enough to recognise the thing, the rest one catalogue away. */
const ALIASES = 30;
const LINKS = 12;

/** The catalogue's title ("MISP galaxy: Threat Actor"), or its id when it is not loaded. */
function titleOf(kb: KnowledgeBase, catalogue: string): string {
  return kb.catalogues.find((c) => c.id === catalogue)?.title ?? catalogue;
}

/**
 * Who uses a name, as its catalogues say ("Microsoft"); "listed by …" where none says who coined it;
 * "from <source name>" for a name only a STIX source gave.
 */
export function usersOf(alias: Alias, kb: KnowledgeBase): string {
  const users = new Set<string>();
  for (const s of alias.sources) if (s.usedBy) users.add(s.usedBy);
  if (users.size > 0) return [...users].join('; ');
  const listed = new Set(
    alias.sources.filter((s) => s.basis !== 'import').map((s) => titleOf(kb, s.catalogue)),
  );
  const imported = new Set(alias.sources.filter((s) => s.basis === 'import').map((s) => s.catalogue));
  return [...(listed.size > 0 ? [`listed by ${[...listed].join('; ')}`] : []), ...imported].join('; ');
}

/** Where an entry's own record comes from when no loaded catalogue has it: the STIX sources that gave it. */
export function importedFrom(entry: KnowledgeEntry, kb: KnowledgeBase): string | null {
  const loaded = new Set(kb.catalogues.map((c) => c.id));
  if (entry.records.some((r) => loaded.has(r.catalogue))) return null;
  const from = [...new Set(entry.records.map((r) => r.catalogue))];
  return from.length > 0 ? from.join('; ') : null;
}

/** Every name of the entry but the one the card is headed with, each with who uses it; ATT&CK ids first. */
export function namesWithProvenance(entry: KnowledgeEntry, kb: KnowledgeBase, heading: string): string[] {
  const ids = entry.externalIds.filter((x) => x.system === ATTACK_IDS);
  const names = entry.aliases
    .filter((a) => a.name !== heading && !ids.some((x) => x.id === a.name))
    .map((a) => `${a.name} (${usersOf(a, kb)})`);
  return [...ids.map((x) => `${x.id} (${x.system})`), ...names];
}

function more(items: string[], max: number): string[] {
  return items.length > max ? [...items.slice(0, max), `and ${items.length - max} more`] : items;
}

/** A linked entry's name, with the catalogue's citation for the link when it gives one. */
function linkLabel(link: EntryLink, kb: KnowledgeBase): string | null {
  const target = kb.entry(link.target);
  if (!target || target.deprecated) return null;
  const [cited] = link.citations;
  const by = cited ? `${titleOf(kb, link.catalogue)}: ${cited.name}` : titleOf(kb, link.catalogue);
  const likely = link.likelihood ? `, ${link.likelihood}` : '';
  return `${target.name} (${by}${likely})`;
}

/** The linked entries of a kind class, ATT&CK's links first: its links cite the reports behind them. */
export function linked(
  entry: KnowledgeEntry,
  kb: KnowledgeBase,
  rel: RelationType,
  dir: EntryLink['dir'],
  kinds: readonly KnowledgeKind[],
): string[] {
  const seen = new Set<string>();
  const rows = entry.links
    .filter((l) => {
      const kind = kb.entry(l.target)?.kind;
      return l.rel === rel && l.dir === dir && kind !== undefined && kinds.includes(kind);
    })
    .sort(
      (a, b) =>
        Number(b.catalogue.startsWith('mitre-attack')) - Number(a.catalogue.startsWith('mitre-attack')),
    );
  const out: string[] = [];
  for (const l of rows) {
    if (seen.has(l.target)) continue;
    seen.add(l.target);
    const label = linkLabel(l, kb);
    if (label) out.push(label);
  }
  return out;
}

const SOFTWARE: readonly KnowledgeKind[] = ['malware', 'tool'];
const ACTORS: readonly KnowledgeKind[] = ['threat_actor', 'campaign'];

function actorFields(entry: KnowledgeEntry, kb: KnowledgeBase): Field[] {
  const out: Field[] = [];
  const attribution = [entry.country?.value, entry.sponsor?.value].filter(Boolean);
  if (attribution.length > 0)
    out.push({ label: 'Attributed to (catalogues)', value: attribution.join(' · ') });
  const uses = linked(entry, kb, 'uses', 'out', SOFTWARE);
  if (uses.length > 0) out.push(listField('Uses', more(uses, LINKS)));
  const campaigns = linked(entry, kb, 'attributed-to', 'in', ['campaign']);
  if (campaigns.length > 0) out.push(listField('Campaigns', more(campaigns, LINKS)));
  return out;
}

function softwareFields(entry: KnowledgeEntry, kb: KnowledgeBase): Field[] {
  const usedBy = linked(entry, kb, 'uses', 'in', ACTORS);
  return usedBy.length > 0 ? [listField('Used by', more(usedBy, LINKS))] : [];
}

function vulnerabilityFields(entry: KnowledgeEntry): Field[] {
  const v = entry.vulnerability;
  if (!v) return [];
  return [
    { label: 'Vendor / product', value: `${v.vendor} · ${v.product}` },
    { label: 'Known exploited', value: `since ${formatIsoDate(v.dateAdded)} (CISA KEV)` },
    { label: 'Ransomware use', value: v.knownRansomwareCampaignUse ? 'Known' : 'Unknown' },
  ];
}

/** The catalogue facts of an entry as fields; `heading` is the name the card already shows. */
export function catalogueFields(entry: KnowledgeEntry, kb: KnowledgeBase, heading: string): Field[] {
  const out: Field[] = [];
  const names = namesWithProvenance(entry, kb, heading);
  if (names.length > 0) out.push(listField('Also known as', more(names, ALIASES)));
  if (entry.kind === 'threat_actor' || entry.kind === 'campaign') out.push(...actorFields(entry, kb));
  if (entry.kind === 'malware' || entry.kind === 'tool') out.push(...softwareFields(entry, kb));
  if (entry.kind === 'vulnerability') out.push(...vulnerabilityFields(entry));
  const first = entry.firstSeen?.value;
  const last = entry.lastSeen?.value;
  if (first || last)
    out.push({ label: 'First / last seen (catalogues)', value: `${first ?? '?'} / ${last ?? '?'}` });
  return out;
}

/** Every catalogue an entry's facts come from: its records, its names' sources, its links. */
function cataloguesOf(entry: KnowledgeEntry): Set<string> {
  const out = new Set(entry.records.map((r) => r.catalogue));
  for (const a of entry.aliases) for (const s of a.sources) out.add(s.catalogue);
  for (const l of entry.links) out.add(l.catalogue);
  return out;
}

/** The description as its catalogue states it, and the notices of the publishers whose data the card shows. */
export function catalogueNotes(entry: KnowledgeEntry, kb: KnowledgeBase): Block[] {
  const out: Block[] = [];
  if (entry.description)
    out.push({
      type: 'text',
      text: `${entry.description.value} (${titleOf(kb, entry.description.catalogue)})`,
    });
  const used = cataloguesOf(entry);
  const notices = new Set(kb.catalogues.filter((c) => used.has(c.id)).map((c) => c.licence));
  for (const text of notices) out.push({ type: 'context', text });
  return out;
}
