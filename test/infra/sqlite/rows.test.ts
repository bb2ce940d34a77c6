// Rows that do not fit their schema (a damaged file, a hand edit, a value another version wrote) are
// reported by table and row from the reads production uses, never passed on.
import { describe, expect, it } from 'vitest';
import { doc, EMPTY, event, FULL, onFile, useTempStores } from './helpers.js';

const stores = useTempStores();

describe('SQLite rows read back', () => {
  it('reports a corrupted JSON column by table and row', () => {
    const store = stores.open();
    store.addDocument(doc('a'), FULL, 't');
    store.addDocument(doc('b'), { ...EMPTY, events: [event('2020', 'An event of its own')] }, 't');
    onFile(
      stores.file,
      `UPDATE mentions SET aliases = '["ZIRCONIUM", oops' WHERE name = 'APT31';
       UPDATE events SET actors = '{"not":"an array"}';
       UPDATE event_clusters SET actors = '["Electoral Commission"' WHERE date = '2021/2022';
       UPDATE entities SET aliases = '[oops' WHERE name = 'APT31';`,
    );

    expect(() => store.aliasesElsewhere(['APT31'], [])).toThrow(
      /table "mentions", row \d+ \(document a\)[\s\S]*not valid JSON[\s\S]*aliases/,
    );
    expect(() => store.extractionOf('a')).toThrow(/table "mentions", row \d+ \(document a\)[\s\S]*aliases/);
    expect(() => store.entity('APT31', 'threat_actor')).toThrow(/table "entities"/);
    expect(() => store.entitiesByKey('apt31')).toThrow(/table "entities", row \d+[\s\S]*aliases/);
    expect(() => store.extractionOf('b')).toThrow(/table "events", row \d+ \(document b\)[\s\S]*actors/);
    expect(() => store.eventClusters({ limit: 10 })).toThrow(/table "event_clusters", row \d+[\s\S]*actors/);
    // Rows that are fine still read.
    expect(store.aliasesElsewhere(['Oliver Dowden'], [])).toEqual(new Map([['Oliver Dowden', ['Dowden']]]));
    expect(store.eventClusters({ range: { to: '2020' }, limit: 10 }).rows.map((r) => r.text)).toEqual([
      'An event of its own',
    ]);
  });

  it('reports an unknown enum value read back instead of passing it on', () => {
    const store = stores.open();
    store.addDocument(doc('a'), FULL, 't');
    onFile(stores.file, `UPDATE assessments SET band = 'probably maybe' WHERE actor = 'APT31'`);
    expect(() => store.extractionOf('a')).toThrow(/table "assessments"[\s\S]*band/);
  });

  it('reads back a confidence level where a band would stand (ADR 16)', () => {
    const store = stores.open();
    const judged = {
      phrase: 'high confidence',
      band: 'high confidence' as const,
      text: 'The agency assesses with high confidence that APT31 ran the servers.',
      actor: 'APT31',
      paragraph: 0,
    };
    store.addDocument(doc('a'), { ...EMPTY, assessments: [judged] }, 't');
    expect(store.extractionOf('a').assessments.map((a) => a.band)).toEqual(['high confidence']);
    expect(store.assessmentClusters({ actor: 'APT31', limit: 5 }).rows.map((r) => r.band)).toEqual([
      'high confidence',
    ]);
  });

  it('reports an unknown band or kind in a merged row, where commands read them', () => {
    const store = stores.open();
    store.addDocument(doc('a'), FULL, 't');
    expect(store.assessmentClusters({ actor: 'APT31', limit: 5 }).rows.map((r) => r.band)).toEqual([
      'almost certain',
    ]);
    onFile(
      stores.file,
      `UPDATE assessment_clusters SET band = 'probably maybe' WHERE actor = 'APT31';
       UPDATE entities SET kind = 'wizard' WHERE name = 'Oliver Dowden';`,
    );
    expect(() => store.assessmentClusters({ actor: 'APT31', limit: 5 })).toThrow(
      /table "assessment_clusters", row \d+[\s\S]*band/,
    );
    expect(() => store.entitiesByKey('dowden')).toThrow(/table "entities", row \d+[\s\S]*kind/);
    expect(() => store.entitiesAfter(0)).toThrow(/table "entities"[\s\S]*kind/);
    // The other entity's row is fine.
    expect(store.entitiesByKey('apt31').map((e) => e.name)).toEqual(['APT31']);
  });
});
