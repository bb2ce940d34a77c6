// The real Bolt App in Socket Mode against the loopback fake, started the way a user starts it:
// environment → loadConfig → startSlack, with SLACK_API_URL pointing at the fake.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackBot } from '../../../src/adapters/slack/app.js';
import {
  MAX_BLOCKS_PER_MESSAGE,
  MAX_MESSAGES,
  MAX_SECTION_TEXT,
} from '../../../src/adapters/slack/limits.js';
import { SHARE_ACTION } from '../../../src/adapters/slack/share.js';
import { loadConfig } from '../../../src/app/config.js';
import { startSlack } from '../../../src/app/slack.js';
import { type Citation, type Reply, reply, userError } from '../../../src/core/reply.js';
import { memoryLogger } from '../../../src/infra/logger.js';
import { deferred } from '../../support/events.js';
import { type FakeSlack, startFakeSlack } from './fake-slack.js';
import { stubExecutor, textsOf } from './helpers.js';

const ncsc: Citation = {
  docId: 'd1',
  title: 'UK calls out China state-affiliated actors',
  publisher: 'National Cyber Security Centre',
  published: '2024-03-25',
  url: 'https://www.ncsc.gov.uk/news/china',
};
const indy: Citation = {
  docId: 'd2',
  title: 'Cyber attacks on UK',
  publisher: 'The Independent',
  published: null,
  url: null,
};

const WHO: Reply = reply('APT31', [
  { type: 'heading', text: 'APT31' },
  {
    type: 'fields',
    fields: [
      { label: 'Kind', value: 'Threat actor' },
      { label: 'Also known as', value: 'ZIRCONIUM (Microsoft), Violet Typhoon (Microsoft)' },
    ],
  },
  {
    type: 'timeline',
    rows: [{ date: '2021', text: 'Reconnaissance against UK parliamentarians.', sources: [ncsc, indy] }],
  },
  {
    type: 'sources',
    rows: [
      { ...ncsc, origin: 'ncsc.txt' },
      { ...indy, origin: 'indy.txt' },
    ],
  },
]);

const md = (text: string) => ({ type: 'mrkdwn', text, verbatim: true });
const WHO_BLOCKS = [
  { type: 'header', text: { type: 'plain_text', text: 'APT31', emoji: true } },
  {
    type: 'section',
    fields: [
      md('*Kind*\nThreat actor'),
      md('*Also known as*\nZIRCONIUM (Microsoft), Violet Typhoon (Microsoft)'),
    ],
  },
  { type: 'section', text: md('*2021* — Reconnaissance against UK parliamentarians. [1][2] (2 sources)') },
  {
    type: 'context',
    elements: [
      md(
        '*Sources*\n[1] <https://www.ncsc.gov.uk/news/china|UK calls out China state-affiliated actors> — National Cyber Security Centre, 25 Mar 2024 — ncsc.txt\n[2] Cyber attacks on UK — The Independent, undated — indy.txt',
      ),
    ],
  },
];
const SHARE_BUTTON = (line: string) => ({
  type: 'actions',
  elements: [
    {
      type: 'button',
      action_id: SHARE_ACTION,
      text: { type: 'plain_text', text: 'Share in channel' },
      value: JSON.stringify({ line }),
    },
  ],
});

const EVIL = '<!channel> & <@U123>';
const timelineRows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    date: `2023-${String((i % 12) + 1).padStart(2, '0')}`,
    text: `Event ${i}: a compromise reported by one of the outlets, with a sentence of detail about it, and another sentence on who was targeted and how the assessors judged it.`,
    sources: [i % 3 ? ncsc : indy],
  }));

/** /search works until the test lets it finish. */
const searchDone = deferred();
const executor = stubExecutor({
  who: WHO,
  help: reply('Sitrep commands', [{ type: 'heading', text: 'Sitrep commands' }]),
  search: async () => {
    await searchDone.promise;
    return reply('Search', [{ type: 'text', text: 'Slow but here.' }]);
  },
  quote: () => {
    throw new Error('boom');
  },
  sources: reply(EVIL, [
    { type: 'heading', text: EVIL },
    { type: 'text', text: `Said ${EVIL}` },
    { type: 'quote', text: EVIL, speaker: EVIL, role: null, sources: [{ ...ncsc, title: EVIL }] },
  ]),
  timeline: reply('Timeline', [
    { type: 'heading', text: 'Timeline' },
    { type: 'timeline', rows: timelineRows(300) },
    { type: 'more', shown: 300, total: 320, command: '/timeline page:2' },
  ]),
  nomatch: userError('No match for "<!here>".', 'Try a surname.'),
});

let fake: FakeSlack;
let bot: SlackBot;
const logger = memoryLogger();

beforeAll(async () => {
  fake = await startFakeSlack();
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-1-socket',
    SLACK_APP_TOKEN: 'xapp-1-socket',
    SLACK_API_URL: fake.apiUrl,
  });
  const started = await startSlack(config, executor, logger);
  if (!started) throw new Error('Slack did not start');
  bot = started;
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('Slack in Socket Mode', () => {
  it('connects through the configured API URL with both tokens', () => {
    expect(fake.ok('auth.test')[0]?.authorization).toBe('Bearer xoxb-1-socket');
    expect(fake.ok('apps.connections.open')[0]?.authorization).toBe('Bearer xapp-1-socket');
    expect(fake.sockets.size).toBe(1);
  });

  it('/who APT31: acks, then answers through response_url with the Block Kit card, ephemeral', async () => {
    const sent = fake.slashCommand('/who', 'APT31');
    const ack = await fake.waitForAck(sent.envelopeId);
    const [answer] = await fake.waitForDeliveries(sent.responseId);
    expect(ack.payload).toEqual({});
    expect(ack.at - sent.sentAt).toBeLessThan(3000);
    const call = executor.calls.find((c) => c.command === 'who');
    expect(call?.raw).toEqual({ name: 'APT31' });
    expect(call?.caller).toEqual({ platform: 'slack', userId: 'U0ALICE' });
    expect(ack.at).toBeLessThanOrEqual(answer?.at ?? 0);
    expect(answer?.body).toEqual({
      response_type: 'ephemeral',
      text: expect.stringContaining('*APT31*'),
      blocks: [...WHO_BLOCKS, SHARE_BUTTON('who APT31')],
      unfurl_links: false,
      unfurl_media: false,
    });
  });

  it('a trailing "share" posts the answer to the channel, without the button', async () => {
    const sent = fake.slashCommand('/who', 'APT31 share');
    const [answer] = await fake.waitForDeliveries(sent.responseId);
    expect(answer?.body.response_type).toBe('in_channel');
    expect(answer?.body.blocks).toEqual(WHO_BLOCKS);
    expect(executor.calls.at(-1)?.raw).toEqual({ name: 'APT31' });
  });

  it('the Share button re-posts the answer in the channel and removes the ephemeral one', async () => {
    const sent = fake.buttonClick(SHARE_ACTION, JSON.stringify({ line: 'who APT31' }), 'U0BOB');
    await fake.waitForAck(sent.envelopeId);
    const [shared, removed] = await fake.waitForDeliveries(sent.responseId, 2);
    expect(shared?.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(shared?.body.blocks).toEqual([
      ...WHO_BLOCKS,
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Shared by <@U0BOB>' }] },
    ]);
    expect(removed?.body).toEqual({ delete_original: true });
  });

  it('/sitrep who APT31 reaches the same command', async () => {
    const sent = fake.slashCommand('/sitrep', 'who APT31');
    const [answer] = await fake.waitForDeliveries(sent.responseId);
    expect(answer?.body.blocks).toEqual([...WHO_BLOCKS, SHARE_BUTTON('who APT31')]);
  });

  it('/help ends with how to share', async () => {
    const sent = fake.slashCommand('/help', '');
    const [answer] = await fake.waitForDeliveries(sent.responseId);
    expect(JSON.stringify(answer?.body.blocks)).toContain('Add `share` at the end');
  });

  it('a slow command is acked within 3 s while it still works, and answers when it is done', async () => {
    const sent = fake.slashCommand('/search', 'living off the land');
    // The command cannot finish before the ack arrives: an ack that waited for it would never come.
    const ack = await fake.waitForAck(sent.envelopeId);
    expect(ack.at - sent.sentAt).toBeLessThan(3000);
    expect(fake.deliveredTo(sent.responseId)).toEqual([]);
    const released = Date.now();
    searchDone.resolve();
    const [answer] = await fake.waitForDeliveries(sent.responseId);
    expect(answer?.at ?? 0).toBeGreaterThanOrEqual(released);
    expect(answer?.body.blocks).toContainEqual({ type: 'section', text: md('Slow but here.') });
  });

  it('escapes document and user text: no mention, no @channel, no link reaches Slack', async () => {
    const sent = fake.slashCommand('/sources', '');
    const [answer] = await fake.waitForDeliveries(sent.responseId);
    const body = answer?.body ?? {};
    const texts = [...textsOf(body.blocks), String(body.text)];
    expect(texts.join('\n')).toContain('&lt;!channel&gt; &amp; &lt;@U123&gt;');
    for (const t of texts) expect(t).not.toMatch(/<[!@#]/);
    expect(JSON.stringify(body)).not.toContain('<!channel>');
    expect(JSON.stringify(body)).not.toContain('<@U123>');
  });

  it('a user error is a short ephemeral answer, escaped', async () => {
    const sent = fake.slashCommand('/sitrep', 'nomatch');
    const [answer] = await fake.waitForDeliveries(sent.responseId);
    expect(answer?.body).toEqual({
      response_type: 'ephemeral',
      text: 'No match for "&lt;!here&gt;".\nTry a surname.',
      blocks: [
        { type: 'section', text: md('No match for "&lt;!here&gt;".') },
        { type: 'context', elements: [md('Try a surname.')] },
      ],
      unfurl_links: false,
      unfurl_media: false,
    });
  });

  it('an oversized answer is paged within 50 blocks and 3,000 characters, with "… and N more"', async () => {
    const sent = fake.slashCommand('/timeline', '');
    const pages = await fake.waitForDeliveries(sent.responseId, MAX_MESSAGES);
    // Pages are sent one after another and only the last carries the Share button: once it is here,
    // nothing more is coming.
    expect(JSON.stringify(pages.at(-1)?.body.blocks)).toContain(SHARE_ACTION);
    expect(fake.deliveredTo(sent.responseId)).toHaveLength(MAX_MESSAGES);
    let shown = 0;
    for (const p of pages) {
      const blocks = p.body.blocks as unknown[];
      expect(blocks.length).toBeLessThanOrEqual(MAX_BLOCKS_PER_MESSAGE);
      for (const t of textsOf(blocks)) expect(t.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
      shown += textsOf(blocks)
        .flatMap((t) => t.split('\n'))
        .filter((l) => /^\*\w{3} 2023\* — Event \d+/.test(l)).length;
      expect(p.body.response_type).toBe('ephemeral');
    }
    const last = textsOf(pages.at(-1)?.body.blocks).join('\n');
    expect(Number(/… and (\d+) more not shown here/.exec(last)?.[1])).toBe(300 - shown);
    expect(last).toContain('… and 20 more: /timeline page:2');
    expect(JSON.stringify(pages.at(-1)?.body.blocks)).toContain(SHARE_ACTION);
  });

  it('a crash in one command is logged once, apologised for, and the bot keeps answering', async () => {
    const before = logger.lines.filter((l) => l.level === 'error').length;
    const sent = fake.slashCommand('/quote', 'Dowden');
    const [answer] = await fake.waitForDeliveries(sent.responseId);
    expect(answer?.body).toMatchObject({
      response_type: 'ephemeral',
      text: 'Sorry, /quote failed on our side. It has been logged; please try again.',
    });
    const errors = logger.lines.filter((l) => l.level === 'error').slice(before);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ message: 'slack command crashed', context: { command: 'quote' } });
    expect(String(errors[0]?.context?.error)).toContain('boom');
    const next = fake.slashCommand('/who', 'APT31');
    await fake.waitForDeliveries(next.responseId);
  });

  it('"@Sitrep who APT31" answers in a thread under the mention', async () => {
    const sent = fake.mention('<@U0SITREP> who APT31', { ts: '1711400000.000100' });
    await fake.waitForAck(sent.envelopeId);
    const [post] = await fake.waitForCalls('chat.postMessage');
    expect(post?.args).toMatchObject({
      channel: 'C0GENERAL',
      thread_ts: '1711400000.000100',
      blocks: WHO_BLOCKS,
      unfurl_links: 'false',
    });
  });

  it('a mention with a user mistake answers only its author', async () => {
    fake.mention('<@U0SITREP> nomatch', { user: 'U0CAROL' });
    const [ephemeral] = await fake.waitForCalls('chat.postEphemeral');
    expect(ephemeral?.args).toMatchObject({ channel: 'C0GENERAL', user: 'U0CAROL' });
  });

  it('answers direct messages', async () => {
    const before = fake.ok('chat.postMessage').length;
    fake.directMessage('who APT31');
    const posts = await fake.waitForCalls('chat.postMessage', before + 1);
    expect(posts.at(-1)?.args).toMatchObject({ channel: 'D0ALICE', blocks: WHO_BLOCKS });
    expect(posts.at(-1)?.args.thread_ts).toBeUndefined();
  });

  it('post() honours 429 Retry-After and posts exactly once', async () => {
    fake.rateLimit('chat.postMessage', 1);
    const started = Date.now();
    await bot.post('C0BRIEF', WHO);
    const calls = fake.calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0BRIEF');
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(1000);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(calls[1]?.args).toMatchObject({ channel: 'C0BRIEF', blocks: WHO_BLOCKS });
    expect(logger.lines).toContainEqual(
      expect.objectContaining({ level: 'warn', message: 'slack rate limited; retrying after Retry-After' }),
    );
  });

  it('post() answers with the ts of the first message when a reply takes several', async () => {
    const long = reply('Timeline', [{ type: 'timeline', rows: timelineRows(300) }]);
    const posted = await bot.post('C0PAGES', long);
    const calls = fake.ok('chat.postMessage').filter((c) => c.args.channel === 'C0PAGES');
    expect(calls.length).toBeGreaterThan(1);
    expect(new Set(calls.map((c) => c.response.ts)).size).toBe(calls.length);
    expect(posted).toEqual({ messageId: calls[0]?.response.ts });
  });

  it('post() to a channel the bot is not in fails with a hint', async () => {
    await expect(bot.post('C0NOTMEMBER', WHO)).rejects.toThrow(/not_in_channel.*\/invite @Sitrep/);
  });
});
