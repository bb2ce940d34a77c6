// The measure the issue sets, through /who itself: over every live ATT&CK group of ../shared/catalogues,
// the share of its names and aliases whose /who answer is that group's card (≥ 95%), and over every
// malware ATT&CK ties to a group, the share whose /who card names a group that uses it (≥ 90%).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/app/runtime.js';
import { parseAttackStream } from '../../src/core/knowledge/attack.js';
import type { CatalogueRecord } from '../../src/core/knowledge/catalogue.js';
import { chunks, ENTERPRISE } from '../core/knowledge/catalogues.js';
import { ask, catalogueKnowledge, field, present, runtimeWith } from './knowledge-helpers.js';

const attackId = (r: CatalogueRecord) => r.externalIds.find((x) => x.system === 'MITRE ATT&CK')?.id ?? '';

let rt: Runtime;
let records: CatalogueRecord[];
beforeAll(async () => {
  if (!present) return;
  rt = await runtimeWith({}, await catalogueKnowledge());
  records = (await parseAttackStream(chunks(ENTERPRISE))).records;
}, 120_000);
afterAll(() => rt?.close());

const live = (r: CatalogueRecord | undefined) => r !== undefined && !r.deprecated && !r.revokedBy;

describe.skipIf(!present)('/who over ATT&CK', { timeout: 120_000 }, () => {
  it('gives the group’s card for ≥ 95% of ATT&CK group names and aliases', async () => {
    let names = 0;
    let right = 0;
    const missed: string[] = [];
    for (const group of records.filter((r) => r.kind === 'threat_actor' && live(r))) {
      const id = attackId(group);
      for (const alias of group.aliases) {
        names++;
        const r = await ask(rt, `/who ${alias.name}`);
        if (r.status === 'ok' && field(r, 'Also known as')?.includes(`${id} (MITRE ATT&CK)`)) right++;
        else missed.push(`${alias.name} (${id}): ${r.title}`);
      }
    }
    console.info(`group names: ${right}/${names} = ${((100 * right) / names).toFixed(1)}%`, missed);
    expect(right / names).toBeGreaterThanOrEqual(0.95);
  });

  it('names a group that uses it on the card of ≥ 90% of the malware ATT&CK ties to a group', async () => {
    const byKey = new Map(records.map((r) => [r.key, r]));
    const users = new Map<CatalogueRecord, Set<string>>();
    for (const group of records.filter((r) => r.kind === 'threat_actor' && live(r))) {
      for (const rel of group.relations) {
        const target = rel.rel === 'uses' && 'uuid' in rel.ref ? byKey.get(rel.ref.uuid) : undefined;
        if (target?.kind !== 'malware' || !live(target)) continue;
        users.set(target, (users.get(target) ?? new Set()).add(group.name));
      }
    }
    let right = 0;
    const missed: string[] = [];
    for (const [malware, groups] of users) {
      const r = await ask(rt, `/who ${malware.name}`);
      const usedBy = field(r, 'Used by') ?? '';
      if ([...groups].some((g) => usedBy.includes(`${g} (`))) right++;
      else missed.push(`${malware.name}: ${r.title}`);
    }
    console.info(`malware: ${right}/${users.size} = ${((100 * right) / users.size).toFixed(1)}%`, missed);
    expect(right / users.size).toBeGreaterThanOrEqual(0.9);
  });
});
