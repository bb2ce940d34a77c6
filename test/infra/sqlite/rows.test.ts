// Rows that do not fit their schema (a damaged file, a hand edit, a value another version wrote) are
// reported by table and row, never passed on.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { doc, FULL, useTempStores } from './helpers.js';

const stores = useTempStores();

describe('SQLite rows read back', () => {
  it('reports a corrupted JSON column by table and row', () => {
    const store = stores.open();
    store.addDocument(doc('a'), FULL, 't');
    const db = new Database(stores.file);
    db.prepare(`UPDATE mentions SET aliases = '["ZIRCONIUM", oops' WHERE name = 'APT31'`).run();
    db.prepare(`UPDATE events SET actors = '{"not":"an array"}'`).run();
    db.prepare(`UPDATE entities SET aliases = '[oops' WHERE name = 'APT31'`).run();
    db.close();

    expect(() => store.aliasesElsewhere(['APT31'], [])).toThrow(
      /table "mentions", row \d+ \(document a\)[\s\S]*not valid JSON[\s\S]*aliases/,
    );
    expect(() => store.entity('APT31', 'threat_actor')).toThrow(/table "entities"/);
    expect(() => store.entitiesByKey('apt31')).toThrow(/table "entities", row \d+[\s\S]*aliases/);
    expect(() => store.events()).toThrow(/table "events"[\s\S]*actors/);
    // Rows that are fine still read.
    expect(store.aliasesElsewhere(['Oliver Dowden'], [])).toEqual(new Map([['Oliver Dowden', ['Dowden']]]));
  });

  it('reports an unknown enum value read back instead of passing it on', () => {
    const store = stores.open();
    store.addDocument(doc('a'), FULL, 't');
    const db = new Database(stores.file);
    db.prepare(`UPDATE assessments SET band = 'probably maybe' WHERE actor = 'APT31'`).run();
    db.close();
    expect(() => store.assessments(['APT31'])).toThrow(/table "assessments"[\s\S]*band/);
  });
});
