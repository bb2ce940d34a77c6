// Full text in PostgreSQL's terms: tsvectors built from core's folded words, and core's query plans as
// tsquery text that a real server parses and matches as FTS5 matches the same plan.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuery, toMatchExpression } from '../../../src/core/search-query.js';
import { toTsQuery, tsvectorOf, wordPositions } from '../../../src/infra/postgres/text-search.js';
import { postgresUnavailable, startTestServer, type TestServer } from './test-server.js';

describe('tsvectors of passage text', () => {
  it('hold each folded word with its positions, accents and case dropped', () => {
    expect(tsvectorOf('Ó Súilleabháin told the Dáil, the DÁIL')).toBe(
      "'o':1 'suilleabhain':2 'told':3 'the':4,6 'dail':5,7",
    );
    expect(tsvectorOf('')).toBe('');
    expect(tsvectorOf('!!! ...')).toBe('');
  });

  it("keep within PostgreSQL's limits: 256 positions a word, the last one 16,383, no 2 KB word", () => {
    const many = wordPositions('cyber '.repeat(20_000));
    expect(many.get('cyber')).toHaveLength(255);
    expect(wordPositions(`${'word '.repeat(17_000)}last`).get('last')).toEqual([16_383]);
    expect(wordPositions(`${'x'.repeat(3_000)} short`).has('x'.repeat(3_000))).toBe(false);
  });
});

describe('tsquery text of query plans', () => {
  const plan = (q: string) => parseQuery(q);

  it('renders words, the last typed as a prefix, phrases, and forms and alternatives as an OR', () => {
    expect(toTsQuery(plan('electoral commis'), 'AND')).toBe("'electoral' & 'commis':*");
    expect(toTsQuery(plan('"front company" hack'), 'OR')).toBe("'hack':* | ('front' <-> 'company')");
    expect(toTsQuery(plan('"apt31"'), 'AND')).toBe("'apt31'");
    const word = { term: 'democracy', prefix: false, alternatives: ['democrcy'], forms: ['democratic'] };
    expect(toTsQuery({ words: [word], phrases: [] }, 'AND')).toBe(
      "('democracy' | 'democratic' | 'democrcy')",
    );
    expect(toTsQuery(plan('the of'), 'AND')).toBeNull();
  });

  it('has the shape of the FTS5 expression of the same plan', () => {
    for (const q of ['electoral commis', '"front company" hack', 'a b c d e f g h i j k l m n']) {
      const fts = toMatchExpression(plan(q), 'AND') ?? '';
      const ts = toTsQuery(plan(q), 'AND') ?? '';
      expect(ts.split(' & ').length, q).toBe(fts.split(' AND ').length);
    }
  });

  it('quotes every term, so no character of a term is tsquery syntax', () => {
    const hostile = { term: "x' & !y:* | (z", prefix: false, alternatives: ['a\\b'], forms: [] };
    expect(toTsQuery({ words: [hostile], phrases: [] }, 'AND')).toBe("('x'' & !y:* | (z' | 'a\\\\b')");
  });
});

describe.skipIf(postgresUnavailable())('tsvectors and tsqueries on a real server', () => {
  let server: TestServer;
  let client: pg.Client;
  beforeAll(async () => {
    server = await startTestServer();
    client = new pg.Client({ connectionString: await server.createDatabase() });
    await client.connect();
  }, 120_000);
  afterAll(async () => {
    await client?.end();
    await server?.stop();
  });
  const matches = async (text: string, query: string) =>
    (await client.query('SELECT $1::tsvector @@ $2::tsquery AS m', [tsvectorOf(text), query])).rows[0]?.m;

  it('parse, and match as FTS5 matches the same plan: phrases in order, prefixes, any form', async () => {
    const text = 'The Foreign Office sanctioned a front company and two individuals.';
    expect(await matches(text, toTsQuery(parseQuery('"front company"'), 'AND') ?? '')).toBe(true);
    expect(await matches(text, toTsQuery(parseQuery('"company front"'), 'AND') ?? '')).toBe(false);
    expect(await matches(text, toTsQuery(parseQuery('"sanctioned a front"'), 'AND') ?? '')).toBe(true);
    expect(await matches(text, toTsQuery(parseQuery('individ'), 'AND') ?? '')).toBe(true);
    expect(await matches(text, toTsQuery(parseQuery('individ '), 'AND') ?? '')).toBe(false);
    const hostile = { term: "x' & !y:* | (z", prefix: false, alternatives: [], forms: [] };
    expect(await matches("x' & !y:* | (z", toTsQuery({ words: [hostile], phrases: [] }, 'AND') ?? '')).toBe(
      false,
    );
  });
});
