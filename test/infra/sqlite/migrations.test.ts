// Existing data dirs keep opening: files an older Sitrep left are upgraded in place, data survives
// reopening, and a file from a newer Sitrep is refused.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { documentId, textHash } from '../../../src/core/documents/identity.js';
import { migrate, SCHEMA_VERSION } from '../../../src/infra/sqlite/migrations.js';
import { openSqliteStore } from '../../../src/infra/sqlite/store.js';
import { doc, EMPTY, FIRST, FULL, useTempStores } from './helpers.js';

const stores = useTempStores();

describe('SQLite migrations', () => {
  it('upgrades a file an older Sitrep left, merging and indexing what it holds', () => {
    // Schema 2: documents with their extracted rows, before merged rows (3) and passages (4) existed.
    const old = new Database(stores.file);
    migrate(old, 2);
    const addDoc = old.prepare(
      `INSERT INTO documents (id, url, title, publisher, author, published, published_start, origin, body, ingested_at)
       VALUES (?, NULL, ?, 'NCSC', NULL, '2024-03-25', '2024-03-25', ?, ?, '2024-03-26T00:00:00Z')`,
    );
    const addEvent = old.prepare(
      `INSERT INTO events (doc_id, date, date_start, date_end, text, date_phrase, actors, paragraph)
       VALUES (?, '2021', '2021-01-01', '2021-12-31', 'APT31 targeted the Electoral Commission in 2021.', 'in 2021', '["APT31"]', 0)`,
    );
    const addQuote = old.prepare(
      `INSERT INTO quotes (doc_id, speaker, speaker_kind, role, text, paragraph)
       VALUES (?, 'Oliver Dowden', 'person', NULL, 'We will not tolerate this.', 1)`,
    );
    const addMention = old.prepare(
      `INSERT INTO mentions (doc_id, name, kind, aliases, roles) VALUES (?, 'APT31', 'threat_actor', '["Zirconium"]', '[]')`,
    );
    // More documents than one migration step reads, each with a word of its own.
    old.transaction(() => {
      for (let i = 0; i < 1_201; i++) {
        const id = `old${i}`;
        addDoc.run(
          id,
          `Report ${i}`,
          `${id}.txt`,
          `Paragraph about marker${i}x and APT31.\n\nWe will not tolerate this.`,
        );
        addEvent.run(id);
        addQuote.run(id);
        addMention.run(id);
      }
    })();
    old.close();

    const store = stores.open();
    for (const i of [0, 500, 1_200])
      expect(store.searchPassages(`marker${i}x`, FIRST).hits.map((h) => h.docId)).toEqual([`old${i}`]);
    // Word families filled from the passages written by the migration: "tolerated" finds "tolerate".
    expect(store.searchPassages('tolerated', FIRST).total).toBe(1_201);
    expect(store.quoteClusters({ speaker: 'Oliver Dowden', words: ['tolerated'], limit: 5 }).total).toBe(1);
    const events = store.eventClusters({ actor: 'APT31', limit: 5 });
    expect([events.total, events.rows[0]?.sourceCount]).toEqual([1, 1_201]);
    expect(store.quoteClusters({ speaker: 'Oliver Dowden', limit: 5 }).total).toBe(1);
    expect(store.entitiesByKey('zirconium').map((e) => [e.name, e.documents])).toEqual([['APT31', 1_201]]);
  });

  it('upgrades a file whose documents were identified by their text alone, finding copies of them', () => {
    const old = new Database(stores.file);
    migrate(old, 6);
    const body = 'Sandworm disrupted electricity distribution in Ukraine.';
    old
      .prepare(
        `INSERT INTO documents (id, url, title, publisher, author, published, published_start, origin, body, ingested_at)
         VALUES (?, 'https://news.example/sandworm', 'Sandworm', 'Example News', NULL, NULL, NULL, 'feed', ?, 't')`,
      )
      .run(textHash(body), body);
    old.close();

    const store = stores.open();
    const url = 'https://wire.example/sandworm';
    const copy = doc(documentId(body, url), { url, body });
    expect(store.hasDocument(copy)).toBe(false);
    expect(store.addDocument(copy, EMPTY, 't').added).toBe(true);
    expect(store.documentsWithSameText([copy.id], 5)).toEqual([textHash(body)]);
    expect(store.hasDocument(doc(documentId(body, null), { url: null, body }))).toBe(true);
  });
});

describe('SQLite migrations of sources', () => {
  it('upgrades sources to carry a TLP marking and a cursor, keeping their ids and the items they saw', () => {
    const old = new Database(stores.file);
    migrate(old, 12);
    old
      .prepare(
        `INSERT INTO sources (id, url, name, kind, every, added_by, added_at, item_count)
         VALUES (7, 'https://news.example/feed.xml', 'Example News', 'rss', '30m', 'terminal:local', 't', 2)`,
      )
      .run();
    const seen = old.prepare(
      `INSERT INTO seen_items (source_id, guid, link, content_hash, document_id, seen_at) VALUES (7, ?, ?, ?, NULL, 't')`,
    );
    seen.run('a', 'https://news.example/a', 'hash-a');
    seen.run('b', 'https://news.example/b', 'hash-b');
    old.close();

    const store = stores.open();
    expect(store.getSource(7)).toMatchObject({
      name: 'Example News',
      kind: 'rss',
      itemCount: 2,
      tlp: 'clear',
      cursor: null,
    });
    expect(store.isSeen(7, { guid: 'b', link: null, contentHash: 'x' })).toBe(true);
    const taxii = store.addSource(
      {
        url: 'https://cti.example/api1/collections/c1/',
        name: 'CTI',
        kind: 'taxii',
        every: '1h',
        addedBy: 'a',
        addedAt: 't',
        tlp: 'amber',
      },
      { at: 't', who: 'a', action: 'source.add', detail: 'CTI' },
    );
    expect(taxii).toMatchObject({ id: 8, kind: 'taxii', tlp: 'amber' });
    // The seen items still belong to their source: removing it removes them.
    store.removeSource(7, { at: 't', who: 'a', action: 'source.remove', detail: '#7' });
    expect(store.isSeen(7, { guid: 'b', link: null, contentHash: 'x' })).toBe(false);
  });
});

describe('SQLite schema versions', () => {
  it('keeps data across reopening the file, and migrates only once', () => {
    const store = stores.open();
    store.addDocument(doc('a'), FULL, 't');
    store.setMeta('index.version', '1');
    store.setMeta('index.version', '2');
    store.close();

    const again = stores.open();
    expect(again.documentCount()).toBe(1);
    expect(again.extractionOf('a')).toEqual(FULL);
    expect(again.getMeta('index.version')).toBe('2');
    expect(again.getMeta('nothing')).toBeUndefined();
    again.close();

    const db = new Database(stores.file, { readonly: true });
    try {
      expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(1);
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
  });

  it('refuses a file written by a newer schema', () => {
    stores.open().close();
    const db = new Database(stores.file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openSqliteStore(stores.file)).toThrow(/sitrep\.db.*newer/);
  });
});
