// Commands against the real core: the seeds ingested into a real SQLite file in a temp dir.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLine } from '../../src/adapters/terminal/run-line.js';
import { createExecutor } from '../../src/app/executor.js';
import { openRuntime, type Runtime } from '../../src/app/runtime.js';
import type { Block, Reply } from '../../src/core/reply.js';
import { fixedClock } from '../../src/infra/clock.js';
import { memoryLogger } from '../../src/infra/logger.js';

let rt: Runtime;
const logger = memoryLogger();
const run = (line: string) => runLine(line, createExecutor(rt, []));
const blocks = <T extends Block['type']>(r: Reply, type: T) =>
  r.blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);

beforeAll(async () => {
  rt = await openRuntime({
    dataDir: mkdtempSync(join(tmpdir(), 'sitrep-cmd-')),
    seedsDir: join(import.meta.dirname, '..', '..', 'seeds'),
    clock: fixedClock(new Date('2024-04-01T00:00:00Z')),
    logger,
  });
});
afterAll(() => rt.close());

describe('/who', () => {
  it('answers a threat actor card with vendor aliases, assessments and citations', async () => {
    const r = await run('/who APT31');
    expect(r.status).toBe('ok');
    const fields = blocks(r, 'fields')[0]?.fields ?? [];
    expect(fields.find((f) => f.label === 'Kind')?.value).toBe('Threat actor');
    expect(fields.find((f) => f.label === 'Also known as')?.value).toMatch(/ZIRCONIUM/);
    const assessed = blocks(r, 'assessments')[0]?.rows ?? [];
    expect(assessed.some((a) => a.band === 'almost certain')).toBe(true);
    expect(assessed.every((a) => a.sources.length > 0)).toBe(true);
    expect(blocks(r, 'sources')[0]?.rows.length).toBe(5);
  });

  it('is forgiving: spacing, case, vendor alias, surname, small typo', async () => {
    for (const q of ['APT 31', 'apt-31', 'zirconium', 'Violet Typhoon'])
      expect((await run(`/who ${q}`)).title).toBe('APT31');
    expect((await run('/who Dowden')).title).toBe('Oliver Dowden');
    expect((await run('/who dowdne')).title).toBe('Oliver Dowden');
  });

  it('answers an unknown name with suggestions, and a known actor absent from the corpus honestly', async () => {
    const r = await run('/who Chichestr Paulo');
    expect(r.status).toBe('user-error');
    const unknown = await run('/who Xyzzy');
    expect(unknown.status).toBe('user-error');
    expect(unknown.title).toMatch(/No match for "Xyzzy"/);
    const absent = await run('/who Fancy Bear');
    expect(absent.status).toBe('ok');
    expect(JSON.stringify(absent)).toMatch(/no report in this corpus mentions it/);
  });

  it('gives the usage line when the name is missing', async () => {
    const r = await run('/who');
    expect(r.status).toBe('user-error');
    expect(JSON.stringify(r.blocks)).toMatch(/Usage: \/who NAME/);
  });
});

describe('names that are themselves known, and corrections said first', () => {
  it.each(['APT41', 'APT3', 'APT1', 'APT30'])('/who %s never answers with APT31', async (q) => {
    const r = await run(`/who ${q}`);
    expect(r.title).not.toBe('APT31');
    expect(JSON.stringify(r.blocks)).not.toMatch(/Violet Typhoon|reconnaissance/);
  });

  it('/timeline and /quote never take another actor for a known one', async () => {
    expect((await run('/timeline APT41')).status).toBe('user-error');
    expect((await run('/quote APT41')).status).toBe('user-error');
  });

  it.each([
    ['/who dowdne', 'dowdne', 'Oliver Dowden'],
    ['/quote dowdne', 'dowdne', 'Oliver Dowden'],
    ['/timeline electorl comission', 'electorl comission', 'Electoral Commission'],
  ])('%s says first that it answers for the closest name', async (line, typed, name) => {
    const r = await run(line);
    expect(r.status).toBe('ok');
    expect(r.blocks[0]).toEqual({
      type: 'text',
      text: `Nothing in these reports is called "${typed}"; closest: ${name}.`,
    });
    expect(JSON.stringify(r.blocks)).not.toMatch(/Matched/);
  });

  it('/search never reads a number as a typo of another', async () => {
    const r = await run('/search APT41');
    expect(r.status).toBe('user-error');
    expect(JSON.stringify(r)).not.toMatch(/APT31/);
  });

  it.each([
    ['/search electorl', '"electorl"', '"electoral"'],
    ['/quote Chichester democrcy', '"democrcy"', '"democracy"'],
  ])('%s says first which typed word it searched as another', async (line, typed, instead) => {
    const r = await run(line);
    expect(r.status).toBe('ok');
    const first = r.blocks[0];
    expect(first?.type).toBe('text');
    expect(first && 'text' in first ? first.text : '').toMatch(
      new RegExp(`^No report has the word ${typed}; searched .*${instead}.* instead\\.$`),
    );
  });

  it('/search says when no passage has every word and it lists passages with some', async () => {
    const r = await run('/search parliamentarians xylophone');
    expect(r.status).toBe('ok');
    expect(r.blocks[0]).toEqual({
      type: 'text',
      text: 'No passage has all of these words; these have some.',
    });
    const all = await run('/search parliamentarians');
    expect(all.blocks[0]?.type).toBe('heading');
  });

  it('answers an exact name or alias with no such note', async () => {
    for (const line of ['/who GCHQ', '/who zirconium', '/quote Dowden', '/timeline APT31'])
      expect((await run(line)).blocks[0]?.type, line).toBe('heading');
  });
});

describe('/who card: every partial list says how many more and where', () => {
  it('shows some quotes and points at /quote for the rest', async () => {
    const all = blocks(await run('/quote Dowden'), 'quote').length;
    const card = await run('/who Dowden');
    const shown = blocks(card, 'quote').length;
    expect(shown).toBeLessThan(all);
    expect(blocks(card, 'more')).toContainEqual({
      type: 'more',
      shown,
      total: all,
      command: '/quote Oliver Dowden',
    });
  });
});

describe('/quote', () => {
  it('merges the same quote across outlets', async () => {
    const r = await run('/quote Dowden');
    const qs = blocks(r, 'quote');
    expect(qs.length).toBeGreaterThan(0);
    expect(qs[0]?.speaker).toBe('Oliver Dowden');
    expect(qs.some((q) => q.sources.length >= 2)).toBe(true);
  });
  it('splits speaker and topic', async () => {
    const r = await run('/quote Paul Chichester democratic');
    expect(r.title).toBe('Paul Chichester on democratic');
    expect(blocks(r, 'quote').every((q) => /democratic/i.test(q.text))).toBe(true);
  });
});

describe('/timeline', () => {
  it('lists events in date order with every source cited, and pages', async () => {
    const r = await run('/timeline');
    const rows = blocks(r, 'timeline')[0]?.rows ?? [];
    expect(rows.length).toBe(10);
    expect([...rows.map((x) => x.date)].sort()).toEqual(rows.map((x) => x.date));
    expect(rows.every((x) => x.sources.length > 0)).toBe(true);
    expect(blocks(r, 'more')[0]?.command).toBe('/timeline page:2');
  });
  it('filters by topic and period', async () => {
    const r = await run('/timeline "electoral commission" from:2022');
    const rows = blocks(r, 'timeline')[0]?.rows ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((x) => /electoral/i.test(x.text) && (x.date.split('/').pop() ?? '') >= '2022')).toBe(
      true,
    );
    expect(rows.some((x) => x.date === '2021/2022' && x.sources.length === 5)).toBe(true);
  });
  it('rejects a bad date with the usage line', async () => {
    const r = await run('/timeline from:banana');
    expect(r.status).toBe('user-error');
    expect(r.title).toMatch(/from must be a date/);
    expect((await run('/timeline from:2099')).title).toMatch(/from must be a year from 1950 to 2049/);
    expect(await run('/timeline from:2021 to:2020')).toMatchObject({
      status: 'user-error',
      title: 'from:2021 is after to:2020.',
    });
    // A date with spaces typed without quotes arrives cut at the space.
    expect((await run('/timeline APT31 from:March 2021')).title).toMatch(
      /from:March has no year; a date with spaces needs quotes, as in from:"March 2024"/,
    );
    expect((await run('/timeline APT31 from:"March 2021" to:2022')).status).toBe('ok');
    // A month inside the year that ends the period is no inverted period.
    expect((await run('/timeline from:2022-03 to:2022')).status).toBe('ok');
  });
});

describe('/search, /sources, /help', () => {
  it('marks the matching words in the passage', async () => {
    const r = await run('/search living off the land');
    const p = blocks(r, 'passages')[0]?.rows[0];
    expect(p?.runs.some((x) => x.marked && /land/i.test(x.text))).toBe(true);
  });
  it('finds prefixes and small typos', async () => {
    expect(blocks(await run('/search exfiltr'), 'passages')[0]?.rows.length).toBeGreaterThan(0);
    expect(blocks(await run('/search reconnaisance'), 'passages')[0]?.rows.length).toBeGreaterThan(0);
  });
  it('lists the sources and the commands', async () => {
    expect(blocks(await run('/sources'), 'sources')[0]?.rows).toHaveLength(5);
    const help = await run('/help');
    const labels = blocks(help, 'fields')[0]?.fields.map((f) => f.label) ?? [];
    expect(labels.some((l) => l.startsWith('/who'))).toBe(true);
    expect(labels.some((l) => l.startsWith('/timeline'))).toBe(true);
  });
  it('answers an unknown command or option with a hint, never a crash', async () => {
    expect((await run('/whoo APT31')).status).toBe('user-error');
    expect((await run('/sources colour:blue')).status).toBe('user-error');
  });
});
