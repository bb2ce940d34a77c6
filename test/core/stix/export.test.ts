// STIX 2.1 out: the bundled seeds' corpus as one bundle that the official OASIS schemas accept, with a
// report per document, an intrusion set per threat actor and its attribution, a note per quote, the
// events and assessment wording in Sitrep's extension; ids that converge between exports; scopes; and a
// bundle written while it is produced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../../src/app/runtime.js';
import { findThreatActor } from '../../../src/core/data/threat-actors.js';
import { tableActors } from '../../../src/core/stix/actor-facts.js';
import { exportStix } from '../../../src/core/stix/export.js';
import { REPORT_EXTENSION_ID } from '../../../src/core/stix/extension.js';
import { tlpMarkingId } from '../../../src/core/stix/tlp.js';
import { BAND_RANGE, isConfidenceLevel } from '../../../src/core/yardstick.js';
import { loadStixValidator } from '../../support/stix-validator.js';
import { type Exported, exportOf, type Obj, seedsRuntime } from './helpers.js';

const validator = loadStixValidator();

let rt: Runtime;
let all: Exported;
beforeAll(async () => {
  rt = await seedsRuntime();
  all = await exportOf(rt);
});
afterAll(() => rt.close());

const facts = (report: Obj) =>
  (report.extensions as Record<string, Record<string, unknown>>)[REPORT_EXTENSION_ID];

describe('the corpus as a STIX 2.1 bundle', () => {
  it.skipIf(!validator)('validates against the OASIS schemas, every reference resolving inside it', () => {
    const verdict = validator?.(JSON.parse(all.text));
    expect(verdict?.errors).toEqual([]);
    expect(verdict?.objects).toBe(all.objects.length);
  });

  it('has one report per document: name, published, URL, publisher as creator, the objects it names', async () => {
    const docs = await rt.store.listDocuments();
    const reports = all.of('report');
    expect(reports).toHaveLength(docs.length);
    for (const doc of docs) {
      const report = reports.find((r) => facts(r)?.origin === doc.origin);
      expect(report, doc.origin).toBeDefined();
      if (!report) continue;
      expect(report.description).toBe(doc.body);
      if (doc.title) expect(report.name).toBe(doc.title);
      if (doc.published) expect(report.published).toBe(`${doc.published}T00:00:00.000Z`);
      expect(facts(report)?.published).toBe(doc.published ?? undefined);
      if (doc.url) expect(report.external_references).toEqual([{ source_name: doc.publisher, url: doc.url }]);
      if (doc.publisher) expect(all.byId(String(report.created_by_ref))?.name).toBe(doc.publisher);
      const named = (report.object_refs as string[]).map((id) => all.byId(id)?.name);
      for (const m of (await rt.store.extractionOf(doc.id)).entities)
        expect(named, `${doc.origin}: ${m.name}`).toContain(m.name);
      expect(report.object_marking_refs).toEqual([tlpMarkingId('clear')]);
    }
  });

  it('gives a threat actor an intrusion set with its aliases, its ATT&CK id and who it is attributed to', () => {
    const [set] = all.of('intrusion-set');
    const table = findThreatActor(String(set?.name));
    expect(table).toBeDefined();
    if (!set || !table) return;
    for (const a of table.aliases) expect(set.aliases).toContain(a.name);
    expect(set.external_references).toContainEqual(
      expect.objectContaining({ source_name: 'mitre-attack', external_id: table.mitreId }),
    );
    const rels = all.of('relationship').filter((r) => r.source_ref === set.id);
    const attributed = rels.find((r) => r.relationship_type === 'attributed-to');
    expect(all.byId(String(attributed?.target_ref))).toMatchObject({
      type: 'threat-actor',
      name: table.sponsor,
    });
    const origin = rels.find((r) => r.relationship_type === 'originates-from');
    expect(all.byId(String(origin?.target_ref))).toMatchObject({
      type: 'location',
      name: table.country,
      country: 'CN',
    });
    // The reports that name the group and its state carry the relationship that they support.
    const supporting = all
      .of('report')
      .filter((r) => (r.object_refs as string[]).includes(String(origin?.id)));
    expect(supporting.length).toBeGreaterThan(0);
    for (const r of supporting) expect(r.object_refs).toContain(set.id);
  });

  it('gives people and bodies identities with their roles, and each quote a note, verbatim, by its speaker', async () => {
    let quotes = 0;
    for (const doc of await rt.store.listDocuments()) {
      const report = all.of('report').find((r) => facts(r)?.origin === doc.origin);
      for (const q of (await rt.store.extractionOf(doc.id)).quotes) {
        quotes++;
        const note = all
          .of('note')
          .find((n) => n.content === q.text && (n.object_refs as string[])[0] === report?.id);
        expect(note, q.text).toMatchObject({ authors: [q.speaker] });
        const speaker = (note?.object_refs as string[] | undefined)?.[1];
        expect(all.byId(String(speaker))).toMatchObject({ type: 'identity', name: q.speaker });
      }
    }
    expect(all.of('note')).toHaveLength(quotes);
    const people = all.of('identity').filter((i) => i.identity_class === 'individual' && i.roles);
    expect(people.length).toBeGreaterThan(0);
    for (const p of people) {
      const record = await rt.store.entity(String(p.name), 'person');
      for (const role of p.roles as string[]) expect(Object.keys(record?.roles ?? {})).toContain(role);
    }
  });
});

describe('what STIX has no property for, and exporting again', () => {
  it('keeps dated events and assessment wording with its band in the extension, never in confidence', async () => {
    expect(all.objects.some((o) => 'confidence' in o)).toBe(false);
    expect(all.of('extension-definition')).toEqual([
      expect.objectContaining({ id: REPORT_EXTENSION_ID, extension_types: ['property-extension'] }),
    ]);
    for (const doc of await rt.store.listDocuments()) {
      const report = all.of('report').find((r) => facts(r)?.origin === doc.origin);
      const x = await rt.store.extractionOf(doc.id);
      const f = facts(report ?? { type: '', id: '' });
      expect((f?.events as unknown[] | undefined) ?? []).toHaveLength(x.events.length);
      expect(f?.assessments ?? []).toEqual(
        x.assessments.map((a) =>
          expect.objectContaining({
            phrase: a.phrase,
            ...(isConfidenceLevel(a.band)
              ? { confidence: a.band }
              : { band: a.band, band_range: BAND_RANGE[a.band] }),
            text: a.text,
          }),
        ),
      );
    }
  });

  it('converges: a corpus built again from the same reports exports the same ids', async () => {
    const again = await seedsRuntime();
    try {
      const second = await exportOf(again);
      expect(second.objects.map((o) => o.id).sort()).toEqual(all.objects.map((o) => o.id).sort());
      expect((await exportOf(rt)).text).toBe(all.text);
    } finally {
      await again.close();
    }
  });
});

describe('an export scope', () => {
  it('holds only the reports naming an entity, found as /who finds it', async () => {
    const scoped = await exportOf(rt, { entity: 'dowden' });
    const naming = await rt.store.documentsMentioning('Oliver Dowden', 100);
    expect(scoped.of('report')).toHaveLength(naming.length);
    expect(naming.length).toBeLessThan(await rt.store.documentCount());
    expect(validator?.(JSON.parse(scoped.text)).errors ?? []).toEqual([]);
  });

  it('holds only the reports with a passage holding every word, or stored since a time', async () => {
    const query = await exportOf(rt, { query: 'Lakhani' });
    expect(query.of('report').map((r) => r.description)).toEqual([expect.stringContaining('Lakhani')]);
    expect((await exportOf(rt, { since: '2026-12-02T00:00:00.000Z' })).of('report')).toHaveLength(0);
    expect((await exportOf(rt, { since: '2026-11-30T00:00:00.000Z' })).of('report')).toHaveLength(5);
  });
});

describe('writing the bundle', () => {
  it('writes each report before it reads the next document', async () => {
    const events: string[] = [];
    const reader = {
      getDocument: (id: string) => {
        events.push(`read ${id}`);
        return rt.store.getDocument(id);
      },
      extractionOf: (id: string) => rt.store.extractionOf(id),
    };
    const ids = await rt.store.documentIdsInStoredOrder({ offset: 0, limit: 10 });
    await exportStix(
      ids,
      { reader, tlpOf: async () => 'clear', actors: tableActors },
      {
        write: (t) => {
          if (t.includes('"type":"report"')) events.push('report written');
        },
      },
      'bundle--6f0e2d2e-8b0a-4c1e-9d43-3a5f1c2b7e90',
    );
    expect(events.slice(0, 4)).toEqual([
      `read ${ids[0]}`,
      'report written',
      `read ${ids[1]}`,
      'report written',
    ]);
  });
});
