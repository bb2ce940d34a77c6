// Name → entry resolution. Every name and id an entry has is a key; a key several entries hold is
// ambiguous and answers with its candidates rather than a guess.
import { nameKey } from '../text/normalise.js';
import { ATTACK_SCHEME } from './attack.js';
import { ordinaryWords, type WordTest } from './common-words.js';
import { LOWER_CASE_FORM, MATCHABLE, NEEDS_CUE } from './matcher.js';
import { ATTACK_IDS, CVE_IDS, type EntryId, type KnowledgeEntry, type KnowledgeKind } from './model.js';

/** Catalogue ids of ATT&CK bundles start so (`mitre-attack/enterprise-attack`). */
const ATTACK_CATALOGUE = `${ATTACK_SCHEME}/`;

/** The key a name is looked up by: case, spaces, punctuation and a leading "the" ignored ("APT 31" = "apt31"). */
export function knowledgeKey(name: string): string {
  return nameKey(name);
}

/**
 * Serialisable form, sorted for stable output: each key with the entries that hold it and, apart, the
 * entries only a broader catalogue gives it to where ATT&CK gives it to one (see `buildNameIndex`).
 */
export type NameIndexData = [key: string, ids: EntryId[], flags: number, listed?: EntryId[]][];

/** The names each entry is known by: its aliases and its ATT&CK / CVE ids. */
export function namesOf(entry: KnowledgeEntry): string[] {
  const out = entry.aliases.map((a) => a.name);
  // A vulnerability's name is its CVE id: listed once, not once more as its id.
  for (const x of entry.externalIds)
    if ((x.system === ATTACK_IDS || x.system === CVE_IDS) && !out.includes(x.id)) out.push(x.id);
  return out;
}

/** For each name key, each holder with the identity schemes of the catalogues that give it the name. */
function holdings(
  entries: readonly KnowledgeEntry[],
  schemeOf: (catalogue: string) => string,
): Map<string, Map<KnowledgeEntry, Set<string>>> {
  const byKey = new Map<string, Map<KnowledgeEntry, Set<string>>>();
  const hold = (key: string, entry: KnowledgeEntry, scheme: string): void => {
    if (!key) return;
    let holders = byKey.get(key);
    if (!holders) {
      holders = new Map();
      byKey.set(key, holders);
    }
    let schemes = holders.get(entry);
    if (!schemes) {
      schemes = new Set();
      holders.set(entry, schemes);
    }
    schemes.add(scheme);
  };
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      for (const source of alias.sources) hold(knowledgeKey(alias.name), entry, schemeOf(source.catalogue));
    }
    for (const x of entry.externalIds) {
      if (x.system === ATTACK_IDS) hold(knowledgeKey(x.id), entry, ATTACK_SCHEME);
      if (x.system === CVE_IDS) hold(knowledgeKey(x.id), entry, 'cisa-kev');
    }
  }
  return byKey;
}

/**
 * Catalogues whose word on a name's owner is final: ATT&CK, which lists each group and piece of
 * software once and revokes duplicates, and Microsoft's own list for the actors it names.
 */
const NAME_AUTHORITIES: ReadonlySet<string> = new Set([
  ATTACK_SCHEME,
  'misp-galaxy/microsoft-activity-group',
]);

/**
 * Builds the index. Where ATT&CK gives a name to exactly one entry of a kind, an entry of that kind
 * that only broader catalogues give the name to does not make it ambiguous: MISP's Lazarus Group
 * cluster lists APT38's names as well, its APT6 cluster lists APT27, Malpedia files a second
 * "Octopus". Such an entry is kept apart as "also listed for", for the card to mention. Where ATT&CK
 * and Microsoft disagree (Microsoft gives FIN6 to its Camouflage Tempest and its Storm-0538), or two
 * broader catalogues do with ATT&CK silent, the name stays ambiguous.
 */
export function buildNameIndex(
  entries: readonly KnowledgeEntry[],
  schemeOf: (catalogue: string) => string,
  ordinary: WordTest = ordinaryWords(),
): NameIndexData {
  const rows: NameIndexData = [];
  const forms = spellings(entries);
  for (const [key, holders] of holdings(entries, schemeOf)) {
    const listed = new Set<EntryId>();
    for (const [entry, schemes] of holders) {
      if ([...schemes].some((s) => NAME_AUTHORITIES.has(s))) continue;
      const cls = classOf(entry.kind);
      const reference = [...holders].filter(
        ([e, sc]) => classOf(e.kind) === cls && sc.has(ATTACK_SCHEME) && !e.deprecated,
      );
      if (reference.length === 1) listed.add(entry.id);
    }
    const kept = [...holders.keys()].filter((e) => !listed.has(e.id));
    const row: NameIndexData[number] = [
      key,
      kept.map((e) => e.id).sort(),
      matchFlags(key, kept, forms.get(key), ordinary),
    ];
    if (listed.size > 0) row.push([...listed].sort());
    rows.push(row);
  }
  return rows.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** How the catalogues spell each name key ("Comet", "COMET"). */
function spellings(entries: readonly KnowledgeEntry[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      const key = knowledgeKey(name);
      out.set(key, (out.get(key) ?? new Set()).add(name));
    }
  }
  return out;
}

/**
 * What the text matcher should do with a key: skip it (too short, a bare number, a CVE id the CVE
 * pattern finds anyway, nothing live behind it), ask for a cue (every spelling is an ordinary word),
 * accept it in lower case (a catalogue spells it so).
 */
export function matchFlags(
  key: string,
  holders: readonly KnowledgeEntry[],
  forms: ReadonlySet<string> = new Set(),
  ordinary: WordTest = ordinaryWords(),
): number {
  let flags = 0;
  const live = holders.some((e) => !e.deprecated);
  if (live && key.length >= 3 && !/^\d+$/.test(key) && !/^cve\d+$/.test(key)) flags |= MATCHABLE;
  if (forms.size > 0 && [...forms].every(ordinary)) flags |= NEEDS_CUE;
  if ([...forms].some((f) => f === f.toLowerCase() && /\p{L}/u.test(f))) flags |= LOWER_CASE_FORM;
  return flags;
}

export type Resolution =
  | {
      status: 'found';
      entry: KnowledgeEntry;
      via: 'name' | 'redirect';
      /** Entries of other kinds that also hold the name (Malpedia's "OilRig" family): worth a "see also". */
      alsoNamed: KnowledgeEntry[];
      /** Entries only a broader catalogue gives the name to (see `buildNameIndex`). */
      alsoListed: KnowledgeEntry[];
    }
  | { status: 'ambiguous'; candidates: KnowledgeEntry[]; alsoListed: KnowledgeEntry[] }
  | { status: 'none' };

export interface ResolveOptions {
  /** Only entries of these kinds (a caller that knows it wants a piece of software, say). */
  kinds?: readonly KnowledgeKind[];
  /** Among entries of different kinds holding the name, this kind's (text that says "the X malware"). */
  prefer?: KnowledgeKind;
}

export interface NameResolver {
  resolve(name: string, options?: ResolveOptions): Resolution;
  /** The ids holding a key (entries only listed for it left out); for matchers that resolve later. */
  idsOf(key: string): readonly EntryId[];
}

/**
 * A resolver over entries and their index. A deprecated entry is only an answer when nothing live
 * holds the name; an id a catalogue revoked leads to the entry that replaced it.
 */
export function nameResolver(
  byId: ReadonlyMap<EntryId, KnowledgeEntry>,
  index: NameIndexData,
  redirects: Readonly<Record<string, EntryId>>,
): NameResolver {
  const none: readonly EntryId[] = [];
  const held = new Map<string, readonly EntryId[]>();
  const listedFor = new Map<string, readonly EntryId[]>();
  for (const [key, ids, , listed] of index) {
    held.set(key, ids);
    if (listed) listedFor.set(key, listed);
  }
  const entriesOf = (ids: readonly EntryId[], options: ResolveOptions): KnowledgeEntry[] =>
    ids
      .map((id) => byId.get(id))
      .filter(
        (e): e is KnowledgeEntry => e !== undefined && (!options.kinds || options.kinds.includes(e.kind)),
      );
  return {
    idsOf: (key) => held.get(key) ?? none,
    resolve(name, options = {}) {
      const key = knowledgeKey(name);
      let candidates = entriesOf(held.get(key) ?? none, options);
      const alsoListed = entriesOf(listedFor.get(key) ?? none, options);
      const live = candidates.filter((e) => !e.deprecated);
      if (live.length > 0) candidates = live;
      const chosen = candidates.length === 1 ? candidates[0] : choose(key, candidates, options.prefer);
      if (chosen) {
        const alsoNamed = candidates.filter((e) => e !== chosen);
        return { status: 'found', entry: chosen, via: 'name', alsoNamed, alsoListed };
      }
      if (candidates.length > 1) return { status: 'ambiguous', candidates, alsoListed };
      const successor = redirects[name.trim().toUpperCase()];
      const entry = successor ? byId.get(successor) : undefined;
      if (entry && (!options.kinds || options.kinds.includes(entry.kind))) {
        return { status: 'found', entry, via: 'redirect', alsoNamed: [], alsoListed: [] };
      }
      return { status: 'none' };
    },
  };
}

type KindClass = 'actor' | 'software' | 'campaign' | 'vulnerability';

function classOf(kind: KnowledgeKind): KindClass {
  if (kind === 'threat_actor') return 'actor';
  return kind === 'malware' || kind === 'tool' ? 'software' : kind;
}

/** The candidate when it is the only one of its kind class among them (one actor, one piece of software). */
function aloneInClass(
  candidates: readonly KnowledgeEntry[],
  pick: KnowledgeEntry | undefined,
): KnowledgeEntry | null {
  if (!pick) return null;
  const cls = classOf(pick.kind);
  return candidates.every((e) => e === pick || classOf(e.kind) !== cls) ? pick : null;
}

/** How strongly an entry holds a name, for telling apart entries of different kinds that share it. */
function hold(entry: KnowledgeEntry, key: string): number[] {
  const alias = entry.aliases.find((a) => knowledgeKey(a.name) === key);
  const vouched = alias?.sources.some((s) => s.catalogue.startsWith(ATTACK_CATALOGUE)) ? 1 : 0;
  const filed = knowledgeKey(entry.name) === key ? 1 : 0;
  return [vouched, filed, entry.kind === 'threat_actor' ? 1 : 0];
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * A name several entries hold still has one meaning when those entries are of different kinds and one
 * of them stands out: the kind the caller prefers; else the one ATT&CK (which curates actors and
 * software together) gives the name to, then the one filed under that very name, then the actor. So
 * SeaDuke is the malware ATT&CK files under it, not APT29 which ATT&CK also calls SeaDuke; OceanLotus
 * is the group ATT&CK calls so, not the Malpedia family filed under the group's name. Two actors, or
 * two pieces of software, holding one name stay ambiguous: that is catalogues disagreeing.
 */
function choose(
  key: string,
  candidates: readonly KnowledgeEntry[],
  prefer: KnowledgeKind | undefined,
): KnowledgeEntry | null {
  if (candidates.length < 2) return null;
  if (prefer) {
    const preferred = candidates.filter((e) => e.kind === prefer);
    if (preferred.length === 1) return preferred[0] ?? null;
  }
  const ranked = candidates
    .map((entry) => ({ entry, hold: hold(entry, key) }))
    .sort((a, b) => compare(b.hold, a.hold));
  const [best, next] = ranked;
  if (!best || (next && compare(best.hold, next.hold) === 0)) return null;
  return aloneInClass(candidates, best.entry);
}
