// Writing passages with their document, the vocabulary they make, and their word families.
import { describe, expect, it } from 'vitest';
import { passageVocabulary } from '../../../src/infra/sqlite/passage-search.js';
import { vocabularyOf } from '../../../src/infra/sqlite/passage-writer.js';
import { fillWordFamilies } from '../../../src/infra/sqlite/word-families.js';
import { NCSC, open, US } from './passage-fixtures.js';

describe('writing passages', () => {
  it('writes one row per passage, inside the caller’s transaction', () => {
    const { db, writer } = open();
    const count = () => db.prepare('SELECT count(*) FROM passages').pluck().get();
    expect(db.transaction(() => writer.add(NCSC))()).toBe(4);
    expect(count()).toBe(4);
    // The document insert failing after its passages rolls the passages back too.
    expect(() =>
      db.transaction(() => {
        writer.add(US);
        throw new Error('document insert failed');
      })(),
    ).toThrow('document insert failed');
    expect(count()).toBe(4);
    expect(writer.remove('ncsc')).toBe(4);
    expect(writer.remove('ncsc')).toBe(0);
    expect(count()).toBe(0);
    db.close();
  });

  it('exposes the vocabulary with passage counts, whole or for chosen terms', () => {
    const { db, lexicon } = open(NCSC, US);
    const all = vocabularyOf(db);
    expect(all.find((e) => e.term === 'apt31')).toEqual({ term: 'apt31', weight: 3 });
    expect(all.every((e) => e.term.length >= 4)).toBe(true);
    expect(lexicon.weight('treasury')).toBe(2);
    expect(vocabularyOf(db, ['dowden', 'resume', 'zebra', 'dowden'])).toEqual([
      { term: 'dowden', weight: 1 },
      { term: 'resume', weight: 1 },
      { term: 'zebra', weight: 0 },
    ]);
    expect(passageVocabulary(db).has('uk')).toBe(true);
    expect(passageVocabulary(db).has('zebra')).toBe(false);
    expect(passageVocabulary(db).has('"')).toBe(false);
    // A word in a title only is not in any passage's text.
    expect(passageVocabulary(db).has('calls')).toBe(false);
    db.close();
  });

  it('keeps the word families of passage text, filled again by the migration', () => {
    const { db } = open(NCSC, US);
    const families = () => db.prepare('SELECT family, word FROM passage_words ORDER BY word').all();
    expect(passageVocabulary(db).forms('sanction')).toEqual(['sanctioned']);
    expect(passageVocabulary(db).forms('democracy')).toEqual(['democratic']);
    expect(passageVocabulary(db).forms('designated')).toEqual([]);
    const written = families();
    expect(written).toContainEqual({ family: 'democrat', word: 'democratic' });
    // Words with digits and title-only words are not kept.
    expect(written.some((r) => /apt31|calls/.test(JSON.stringify(r)))).toBe(false);
    db.exec('DELETE FROM passage_words');
    fillWordFamilies(db);
    // The migration reads the index's vocabulary, titles' words included: a superset of what was written.
    expect(families()).toEqual(expect.arrayContaining(written));
    db.close();
  });
});
