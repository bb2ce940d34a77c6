// MISP galaxy clusters: `threat-actor` (synonyms, country, suspected state sponsor, refs),
// `microsoft-activity-group` (Microsoft's names with their older and other vendors' names), `malpedia`
// (malware families, one cluster per platform) and `tool`.
import { z } from 'zod';
import {
  CatalogueFormatError,
  type CatalogueRecord,
  type ParsedCatalogue,
  type RecordRelation,
  type SameAsClaim,
  SkipLog,
} from './catalogue.js';
import { countProseWords } from './common-words.js';
import type { Alias, AliasSource, CatalogueInfo, KnowledgeKind } from './model.js';
import { MISP_LICENCE } from './notices.js';
import { shortDescription } from './text.js';
import { schemeOwner } from './vendors.js';

const KINDS: Readonly<Record<string, KnowledgeKind>> = {
  'threat-actor': 'threat_actor',
  'microsoft-activity-group': 'threat_actor',
  malpedia: 'malware',
  tool: 'tool',
};

/** Galaxies whose every name is Microsoft's own. */
const MICROSOFT_GALAXY = 'microsoft-activity-group';

/** Malpedia files one cluster per platform, named `Family (Platform)`. */
const PLATFORM = / \((?:Windows|ELF|Android|iOS|OS X|Javascript|Powershell|Python|VBScript|symbian)\)$/;

const Related = z.object({
  'dest-uuid': z.string(),
  type: z.string(),
  tags: z.array(z.string()).optional(),
});

const Cluster = z.object({
  value: z.string().min(1),
  uuid: z.string().min(1),
  description: z.string().optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
  related: z.array(z.unknown()).optional(),
});
type Cluster = z.infer<typeof Cluster>;

const Galaxy = z.object({
  type: z.string(),
  name: z.string(),
  version: z.union([z.number(), z.string()]).optional(),
  source: z.string().optional(),
  values: z.array(z.unknown()),
});

export interface MispSource {
  url?: string | null;
  /** When the file was published, if the place it came from says (MISP files carry only a version). */
  date?: string | null;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return value ? [value] : [];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length > 0) : [];
}

function firstString(value: unknown): string | null {
  return strings(value)[0] ?? null;
}

const LIKELIHOOD = /likelihood-probability="([^"]+)"/;
const STRENGTH: Readonly<Record<string, number>> = { 'almost-certain': 4, 'very-likely': 3, likely: 2 };
const ATTACK_ID = /^[GS]\d{4}$/;
const ATTACK_PAGE = /attack\.mitre\.org\/(?:groups|software|wiki\/Group|wiki\/Software)\/([GS]\d{4})\b/i;

function credit(galaxy: string, cluster: Cluster, name: string, catalogue: string): AliasSource {
  const origin = firstString(cluster.meta?.[`origin:${name}`]);
  if (origin) return { usedBy: origin, basis: 'catalogue', catalogue, citations: [] };
  if (galaxy === MICROSOFT_GALAXY && name === cluster.value) {
    return { usedBy: 'Microsoft', basis: 'catalogue', catalogue, citations: [] };
  }
  const owner = schemeOwner(name);
  return { usedBy: owner, basis: owner ? 'naming-scheme' : null, catalogue, citations: [] };
}

function familyName(galaxy: string, cluster: Cluster): string {
  return galaxy === 'malpedia' ? cluster.value.replace(PLATFORM, '') : cluster.value;
}

function aliasesOf(galaxy: string, cluster: Cluster, catalogue: string): Alias[] {
  const names = [cluster.value, ...strings(cluster.meta?.synonyms)];
  names.push(familyName(galaxy, cluster));
  const seen = new Set<string>();
  const out: Alias[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (!name || seen.has(name)) continue;
    seen.add(name);
    out.push({ name, sources: [credit(galaxy, cluster, name, catalogue)] });
  }
  return out;
}

/** Malpedia's family id from its page address (`…/details/win.derusbi` → `derusbi`). */
function malpediaFamily(cluster: Cluster): string | undefined {
  for (const ref of strings(cluster.meta?.refs)) {
    const m = ref.match(/malpedia\.caad\.fkie\.fraunhofer\.de\/details\/[a-z0-9]+\.([^/?#\s]+)/);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

function linksOf(
  kind: KnowledgeKind,
  cluster: Cluster,
): { sameAs: SameAsClaim[]; relations: RecordRelation[] } {
  const sameAs: SameAsClaim[] = [];
  const relations: RecordRelation[] = [];
  for (const raw of cluster.related ?? []) {
    const parsed = Related.safeParse(raw);
    if (!parsed.success) continue;
    const r = parsed.data;
    const ref = { uuid: r['dest-uuid'] };
    const likelihood = (r.tags ?? []).map((t) => t.match(LIKELIHOOD)?.[1]).find(Boolean);
    const extra = likelihood ? { likelihood } : {};
    const type = r.type.trim();
    if (type === 'similar') {
      sameAs.push({ ref, strength: STRENGTH[likelihood ?? ''] ?? 1, otherwise: 'similar-to', ...extra });
    } else if (type === 'uses') {
      relations.push({ rel: 'uses', ref, citations: [], ...extra });
    } else if (type === 'used-by') {
      relations.push({ rel: 'uses', ref, inverse: true, citations: [], ...extra });
    }
  }
  const actor = kind === 'threat_actor';
  const cited = strings(cluster.meta?.refs).map((url) => ({
    id: url.match(ATTACK_PAGE)?.[1]?.toUpperCase(),
    url,
  }));
  // Some clusters list the ATT&CK id itself among their synonyms (OilRig: `G0049`).
  for (const synonym of strings(cluster.meta?.synonyms)) {
    if (ATTACK_ID.test(synonym)) cited.push({ id: synonym, url: `https://attack.mitre.org/${synonym}` });
  }
  for (const { id, url } of cited) {
    if (!id) continue;
    const citations = [{ name: url, url }];
    // A page of the same kind says which ATT&CK object the cluster is; another kind, what it is tied to.
    if (id.startsWith('G') === actor)
      sameAs.push({ ref: { attackId: id }, strength: 1, otherwise: 'associated-with' });
    else relations.push({ rel: 'associated-with', ref: { attackId: id }, citations });
  }
  return { sameAs, relations };
}

function recordOf(galaxy: string, kind: KnowledgeKind, cluster: Cluster, catalogue: string): CatalogueRecord {
  const meta = cluster.meta ?? {};
  const record: CatalogueRecord = {
    key: cluster.uuid,
    kind,
    // A Malpedia family is named without its platform; the full cluster name stays an alias.
    name: familyName(galaxy, cluster),
    aliases: aliasesOf(galaxy, cluster, catalogue),
    externalIds: [{ system: `MISP galaxy ${galaxy}`, id: cluster.uuid }],
    description: shortDescription(cluster.description),
    country: firstString(meta.country),
    sponsor: firstString(meta['cfr-suspected-state-sponsor']),
    firstSeen: null,
    lastSeen: null,
    ...linksOf(kind, cluster),
  };
  const family = galaxy === 'malpedia' ? malpediaFamily(cluster) : undefined;
  if (family) record.family = family;
  return record;
}

/**
 * Microsoft's mapping of its old names to new: the galaxy keeps a cluster under an old name (GALLIUM)
 * and lists that name among the synonyms of the cluster under the new one (Granite Typhoon). Both are
 * one actor; each cluster is keyed here to the family of the new name's cluster. A name two clusters
 * list is no rename and stays apart.
 */
function renamesOf(values: readonly unknown[]): Map<string, string> {
  const clusters = values.flatMap((v) => {
    const c = Cluster.safeParse(v);
    return c.success ? [c.data] : [];
  });
  const byValue = new Map<string, Cluster>();
  for (const c of clusters) byValue.set(c.value.toLowerCase(), c);
  const renamedTo = new Map<string, string[]>();
  for (const c of clusters) {
    for (const synonym of strings(c.meta?.synonyms)) {
      const old = byValue.get(synonym.toLowerCase());
      if (old && old.uuid !== c.uuid) renamedTo.set(old.uuid, [...(renamedTo.get(old.uuid) ?? []), c.uuid]);
    }
  }
  const family = new Map<string, string>();
  for (const [old, next] of renamedTo) {
    const [only] = next;
    if (!only || next.length !== 1) continue;
    family.set(old, only);
    family.set(only, only);
  }
  return family;
}

/** Reads one MISP galaxy cluster file (already parsed JSON: the files are a few MB at most). */
export function parseMispGalaxy(json: unknown, source: MispSource = {}): ParsedCatalogue {
  const galaxy = Galaxy.safeParse(json);
  if (!galaxy.success) {
    throw new CatalogueFormatError(`not a MISP galaxy cluster file: ${z.prettifyError(galaxy.error)}`);
  }
  const { type, name, version, values } = galaxy.data;
  const kind = KINDS[type];
  if (!kind) {
    throw new CatalogueFormatError(
      `MISP galaxy "${type}" is not one Sitrep reads (it reads ${Object.keys(KINDS).join(', ')})`,
    );
  }
  const info: CatalogueInfo = {
    id: `misp-galaxy/${type}`,
    scheme: `misp-galaxy/${type}`,
    title: `MISP galaxy: ${name}`,
    publisher: galaxy.data.source ?? 'MISP Project',
    version: version === undefined ? null : String(version),
    date: source.date ?? null,
    licence: MISP_LICENCE,
    url: source.url ?? null,
  };
  const log = new SkipLog();
  const records: CatalogueRecord[] = [];
  const seen = new Set<string>();
  const renames = type === MICROSOFT_GALAXY ? renamesOf(values) : new Map<string, string>();
  const prose = new Map<string, number>();
  for (const value of values) {
    const cluster = Cluster.safeParse(value);
    if (!cluster.success) {
      log.skip('cluster', z.prettifyError(cluster.error));
      continue;
    }
    if (seen.has(cluster.data.uuid)) {
      log.skip(cluster.data.value, `uuid ${cluster.data.uuid} used twice`);
      continue;
    }
    seen.add(cluster.data.uuid);
    if (cluster.data.description) countProseWords(cluster.data.description, prose);
    const record = recordOf(type, kind, cluster.data, info.id);
    const family = renames.get(cluster.data.uuid);
    if (family) record.family = family;
    records.push(record);
  }
  return { info, records, skipped: log.skipped, problems: log.problems, prose };
}
