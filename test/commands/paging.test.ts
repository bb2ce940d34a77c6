// Paging on the bundled reports: what each /search page lists, what the "more" line counts, checked
// against the passages split from the stored documents themselves; and what a page past the end says.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLine } from '../../src/adapters/terminal/run-line.js';
import { createExecutor } from '../../src/app/executor.js';
import { openRuntime, type Runtime } from '../../src/app/runtime.js';
import { passagesOf } from '../../src/core/passages.js';
import type { Block, Reply } from '../../src/core/reply.js';
import { fixedClock } from '../../src/infra/clock.js';
import { memoryLogger } from '../../src/infra/logger.js';

let rt: Runtime;
const run = (line: string) => runLine(line, createExecutor(rt, []));
const rowsOf = (r: Reply) =>
  r.blocks
    .flatMap((b) => (b.type === 'passages' ? b.rows : []))
    .map((row) => ({
      docId: row.source.docId,
      text: row.runs.map((x) => x.text).join(''),
      marked: row.runs.filter((x) => x.marked).map((x) => x.text),
    }));
const moreOf = (r: Reply) =>
  r.blocks.find((b): b is Extract<Block, { type: 'more' }> => b.type === 'more') ?? null;

beforeAll(async () => {
  rt = await openRuntime({
    dataDir: mkdtempSync(join(tmpdir(), 'sitrep-search-pages-')),
    seedsDir: join(import.meta.dirname, '..', '..', 'seeds'),
    clock: fixedClock(new Date('2024-04-01T00:00:00Z')),
    logger: memoryLogger(),
  });
});
afterAll(() => rt.close());

/** Every stored passage whose own text (not its document's title) has a word matching `word`. */
async function passagesWith(word: RegExp) {
  return (await rt.store.listDocuments()).flatMap((d) => passagesOf(d)).filter((p) => word.test(p.text));
}

/** Every page of `/search words`, until the answer says there is no such page. */
async function allPages(words: string) {
  const pages: Reply[] = [];
  for (let page = 1; page <= 50; page++) {
    const r = await run(`/search ${words} page:${page}`);
    if (r.status !== 'ok') {
      expect(r.title).toMatch(new RegExp(`no page ${page}\\b`));
      return { pages, end: r };
    }
    pages.push(r);
  }
  throw new Error('more than 50 pages');
}

describe('/search pages', () => {
  it('list each matching passage once, only for its own words, with exact counts, every report reachable', async () => {
    const word = /\bparliamentarians?\b/i;
    const expected = await passagesWith(word);
    expect(expected.length).toBeGreaterThan(5);
    const { pages, end } = await allPages('parliamentarians');
    const listed = pages.flatMap(rowsOf);
    for (const row of listed) {
      expect(row.text, 'a passage listed for its title alone').toMatch(word);
      expect(row.marked.join(' ')).toMatch(word);
    }
    const keys = listed.map((r) => `${r.docId}#${r.text}`);
    expect(new Set(keys).size, 'pages overlap').toBe(keys.length);
    expect(listed.length).toBe(expected.length);
    expect(new Set(listed.map((r) => r.docId))).toEqual(new Set(expected.map((p) => p.docId)));
    // Every page but the last says exactly how many are left.
    pages.forEach((r, i) => {
      const more = moreOf(r);
      const shown = pages.slice(0, i + 1).flatMap(rowsOf).length;
      if (i === pages.length - 1) expect(more).toBeNull();
      else expect(more && more.total - more.shown).toBe(expected.length - shown);
    });
    expect(end.title).toMatch(new RegExp(`${expected.length} passages`));
  });

  it('counts exactly on a late page', async () => {
    const expected = (await passagesWith(/\bchina/i)).length;
    const r = await run('/search china page:2');
    expect(r.status).toBe('ok');
    const more = moreOf(r);
    expect(more?.total).toBe(expected);
    expect(more?.shown).toBe(10);
  });

  it('says a page is past the end, and how many pages there are, instead of "nothing matches"', async () => {
    const first = await run('/search exfil');
    expect(first.status).toBe('ok');
    const found = rowsOf(first).length;
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThanOrEqual(5);
    const r = await run('/search exfil page:2');
    expect(r.status).toBe('user-error');
    expect(r.title).toMatch(/There is no page 2/);
    expect(r.title).toMatch(new RegExp(`${found} passages? match`));
    expect(r.title).not.toMatch(/Nothing matches/);
  });
});

describe('a page past the end', () => {
  it('says how many there are and on which pages, for every paged command', async () => {
    const quotes = await run('/quote Chichester page:1');
    const total = moreOf(quotes)?.total ?? quotes.blocks.filter((b) => b.type === 'quote').length;
    for (const [line, counted] of [
      ['/quote Chichester page:9', new RegExp(`Paul Chichester has ${total} quotes?, all on page 1`)],
      ['/quote Chichester democracy page:9', /Paul Chichester has \d+ quotes? on democracy, all on page 1/],
      ['/timeline page:99', /the timeline has \d+ events, on pages 1–\d+\./],
      ['/sources page:9', /the corpus holds 5 reports, all on page 1/],
    ] as const) {
      const r = await run(line);
      expect(r.status, line).toBe('user-error');
      expect(r.title, line).toMatch(/^There is no page \d+; /);
      expect(r.title, line).toMatch(counted);
    }
  });
});
