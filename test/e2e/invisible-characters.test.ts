// Characters that are not seen but change what is seen (a right-to-left override that shows "cod.exe" as
// "exe.doc", isolates, zero-width spaces, a terminal escape sequence) never reach an answer: not from a
// feed's title, items or pages, not from a file, not from what a user types, not from text stored earlier.
// Real parts: a local feed server, the sources service, the runtime on a temp SQLite file, the executor,
// and the three renderers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDiscord } from '../../src/adapters/discord/render.js';
import { renderSlack } from '../../src/adapters/slack/render.js';
import { renderText } from '../../src/adapters/terminal/render.js';
import { LOCAL_USER, runLine } from '../../src/adapters/terminal/run-line.js';
import { createExecutor } from '../../src/app/executor.js';
import { toDocument } from '../../src/core/documents/document.js';
import type { Executor } from '../../src/core/executor.js';
import { type Reply, reply } from '../../src/core/reply.js';
import { stripInvisible } from '../../src/core/text/normalise.js';
import { type Env, openEnv, rss, startServer, type TestServer, xml } from '../sources/helpers.js';

const RLO = '\u202e';
const PDF = '\u202c';
const LRI = '\u2066';
const PDI = '\u2069';
const LRM = '\u200e';
const RLM = '\u200f';
const ZWSP = '\u200b';
const ESC = '\u001b';
const TAG = '\u{e0041}';
/** Any of the characters the fixtures below carry. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is one of them.
const INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200b-\u200f\u001b\u{e0000}-\u{e007f}\ufeff]/u;

const PARAGRAPHS = [
  `Officials said on 8 July 2024 that APT40 sent mail with an attachment named ${RLO}cod.exe${PDF} to staff at the ministry of transport.`,
  `“We found the ${LRI}implant${PDI} on three servers,” said Dana Whitfield, the ministry's chief information officer, on 9 July 2024.`,
  `The agency said the group used a tool it calls Ja${ZWSP}deWhale${ESC}[2J and that it is likely${RLM} the campaign will continue${LRM}.`,
];

let server: TestServer;
let env: Env;
let executor: Executor;

beforeAll(async () => {
  server = await startServer();
  server.routes.set('/feed.xml', () =>
    xml(
      rss(`Transport ${RLO}news${PDF}`, [
        {
          guid: 'item-1',
          link: 'https://news.example/apt40-transport',
          title: `APT40 targets ${RLO}transport${PDF} ministry${TAG}`,
          date: 'Tue, 09 Jul 2024 10:00:00 +0000',
          html: PARAGRAPHS.map((p) => `<p>${p}</p>`).join(''),
        },
      ]),
    ),
  );
  env = await openEnv(server);
  executor = createExecutor(env.rt, [], env.service);
});
afterAll(async () => {
  await env?.close();
  await server?.close();
});

const run = (line: string) => runLine(line, executor, LOCAL_USER);

/** What each platform would send for a reply, as one string. */
function rendered(r: Reply): string {
  return [renderText(r), JSON.stringify(renderSlack(r)), JSON.stringify(renderDiscord(r))].join('\n');
}

describe('invisible characters', () => {
  it('are gone from a fetched feed item once ingested: body, title and every answer built from them', async () => {
    const added = await run(`/source add ${server.url('/feed.xml')}`);
    expect(added.status, JSON.stringify(added)).toBe('ok');
    const [doc] = await env.rt.store.listDocuments();
    expect(doc).toBeDefined();
    const stored = JSON.stringify(doc);
    expect(stored).not.toMatch(INVISIBLE);
    expect(doc?.title).toBe('APT40 targets transport ministry');
    expect(doc?.body).toContain('named cod.exe to staff');
    expect(doc?.body).toContain('calls JadeWhale[2J and');

    for (const line of [
      '/search transport',
      '/sources',
      '/who APT40',
      '/quote Whitfield',
      '/timeline APT40',
    ]) {
      const r = await run(line);
      expect(r.status, line).toBe('ok');
      expect(JSON.stringify(r), line).not.toMatch(INVISIBLE);
      expect(rendered(r), line).not.toMatch(INVISIBLE);
    }
  });

  it('are gone from a report file: its text, its name and an HTML title given as character references', () => {
    const html = toDocument({
      content: `<html><head><title>Ministry breach &#x202E;cod.exe&#x202C;</title></head><body><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
      origin: `report${RLO}txt.exe`,
      format: 'html',
      known: { author: `Dana ${LRI}Whitfield${PDI}` },
    });
    expect(JSON.stringify(html)).not.toMatch(INVISIBLE);
    expect(html.origin).toBe('reporttxt.exe');
    expect(html.title).toBe('Ministry breach cod.exe');
  });

  it('are taken out of what a user types before it is read or echoed back', async () => {
    for (const line of [
      `/who Nobody${RLO}exe.doc`,
      `/wh${RLO}o APT40`,
      `/search ${LRI}zzqx${PDI} page:${ZWSP}9`,
    ]) {
      const r = await run(line);
      expect(JSON.stringify(r), line).not.toMatch(INVISIBLE);
    }
    // The typed name still finds what it names once the invisible characters are gone.
    expect((await run(`/who APT${ZWSP}4${RLO}0`)).title).toBe((await run('/who APT40')).title);
    const discord = await executor.execute(
      'who',
      { name: `${LRI}Nobody${PDI}` },
      { platform: 'discord', userId: '1' },
    );
    expect(JSON.stringify(discord)).not.toMatch(INVISIBLE);
  });

  it('are dropped by every renderer, for text stored before ingest removed them', () => {
    const old = reply(`Title ${RLO}cod.exe`, [
      { type: 'heading', text: `Heading ${RLO}x` },
      { type: 'text', text: `Text ${ESC}[31m red ${LRI}x${PDI}` },
      { type: 'fields', fields: [{ label: `L${RLM}`, value: `V${ZWSP}` }] },
      {
        type: 'sources',
        rows: [
          {
            docId: 'd1',
            title: `Report ${RLO}fdp.exe`,
            publisher: `Pub${TAG}`,
            published: '2024-07-09',
            url: 'https://news.example/x',
            origin: `file${RLO}txt.exe`,
          },
        ],
      },
    ]);
    const out = rendered(old);
    expect(out).not.toMatch(INVISIBLE);
    expect(out).toContain('Report fdp.exe');
  });
});

describe('stripInvisible', () => {
  it('keeps line breaks, tabs and every visible character, and turns NEL into a space', () => {
    const visible = 'Ünïcödé — “quotes” 中文 עברית العربية 🙂\tTab\nLine';
    expect(stripInvisible(visible)).toBe(visible);
    expect(stripInvisible('a\u0085b\u009b2Jc\u0007')).toBe('a b2Jc');
  });
});
