// Typo-tolerant passage search over the store: corrections from words stored later, and from the part of
// the vocabulary read so far while it warms.
import { describe, expect, it } from 'vitest';
import { doc, EMPTY, FIRST, useTempStores } from './helpers.js';

const stores = useTempStores();

describe('SQLite passage search through the store', () => {
  it('searches passages written with their document, correcting typos with words stored later too', async () => {
    const store = stores.open();
    const body = (words: string) => `${words} ${'and more words to make a passage long enough. '.repeat(3)}`;
    store.addDocument(doc('a', { body: body('Oliver Dowden spoke about reconnaissance') }), EMPTY, 't');
    expect(store.searchPassages('reconnaisance', FIRST).hits.map((h) => h.docId)).toEqual(['a']);
    await store.warmSearch();
    // A word first seen after the vocabulary was loaded is a correction target as well.
    store.addDocument(doc('b', { body: body('Volt Typhoon prepositioning in utilities') }), EMPTY, 't');
    expect(store.searchPassages('prepositoning', FIRST).hits.map((h) => h.docId)).toEqual(['b']);
    expect(store.searchPassages('dowden', FIRST).hits[0]).toMatchObject({ docId: 'a', terms: ['dowden'] });
    expect(store.searchPassages('"" AND (', FIRST).hits).toEqual([]);
    store.close();
  });

  it('corrects words with the vocabulary read so far while it warms, instead of stalling', async () => {
    const store = stores.open();
    // More distinct words than one page of the vocabulary (5,000 terms); the one looked for sorts last.
    const letters = (n: number) =>
      Array.from({ length: 4 }, (_, i) => String.fromCharCode(97 + (Math.floor(n / 26 ** i) % 26))).join('');
    const filler = Array.from({ length: 6000 }, (_, i) => `wo${letters(i)}`).join(' ');
    store.addDocument(doc('a', { body: `${filler}. The zeppelinfield report.` }), EMPTY, 't');
    const warming = store.warmSearch();
    expect(store.searchPassages('zeppelinfeild', FIRST).hits).toEqual([]);
    await warming;
    expect(store.searchPassages('zeppelinfeild', FIRST).hits.map((h) => h.docId)).toEqual(['a']);
    store.close();
  });
});
