// /export in chat: the bundle arrives as a file the way each platform hands files over — Slack through
// files.uploadV2's three steps against the loopback Slack, Discord as an attachment of the answer against
// the loopback Discord, the terminal as a path — and every file is a bundle the OASIS schemas accept.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordBot } from '../../src/adapters/discord/bot.js';
import type { InteractionsEndpoint } from '../../src/adapters/discord/http-endpoint.js';
import type { SlackBot } from '../../src/adapters/slack/app.js';
import { SHARE_ACTION } from '../../src/adapters/slack/share.js';
import { renderText } from '../../src/adapters/terminal/render.js';
import { runLine } from '../../src/adapters/terminal/run-line.js';
import { loadConfig } from '../../src/app/config.js';
import { startDiscord } from '../../src/app/discord.js';
import { startDiscordInteractions } from '../../src/app/discord-interactions.js';
import { createExecutor, type Executor } from '../../src/app/executor.js';
import { openRuntime, type Runtime } from '../../src/app/runtime.js';
import { startSlack } from '../../src/app/slack.js';
import { bundleFiles } from '../../src/app/stix-files.js';
import { fixedClock } from '../../src/infra/clock.js';
import { memoryLogger } from '../../src/infra/logger.js';
import { APP_ID, FakeDiscord, type RecordedRequest, TOKEN } from '../adapters/discord/fake-discord.js';
import { ed25519Pair, type Payload, postSigned, slash } from '../adapters/discord/interactions-support.js';
import { type FakeSlack, slashPayload, startFakeSlack } from '../adapters/slack/fake-slack.js';
import { freePort } from '../adapters/slack/helpers.js';
import { loadStixValidator } from '../support/stix-validator.js';

const validator = loadStixValidator();
const LOG = memoryLogger();
let rt: Runtime;
let dataDir: string;
let executor: Executor;

/** The bundle's objects, after checking it against the schemas and the integrity rules. */
function validBundle(bytes: Buffer | string): { type: string; name?: string }[] {
  const bundle = JSON.parse(String(bytes)) as { objects: { type: string; name?: string }[] };
  expect(validator?.(bundle).errors ?? []).toEqual([]);
  return bundle.objects;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sitrep-export-'));
  const clock = fixedClock(new Date('2024-04-02T09:00:00Z'));
  rt = await openRuntime({ dataDir, seedsDir: 'seeds', clock, logger: LOG });
  executor = createExecutor(rt, [], undefined, bundleFiles(rt, dataDir));
});
afterAll(async () => {
  await rt?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('/export on Slack', () => {
  let fake: FakeSlack;
  let bot: SlackBot;
  beforeAll(async () => {
    fake = await startFakeSlack();
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_API_URL: fake.apiUrl,
    });
    const started = await startSlack(config, executor, memoryLogger());
    if (!started) throw new Error('Slack did not start');
    bot = started;
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });
  /** `/export TEXT` typed in `channel`; resolves with the answers sent to its response_url. */
  const exportIn = async (channel: string, text: string, answers: number) => {
    const responseId = `r-${channel}-${answers}`;
    fake.send('slash_commands', {
      ...slashPayload('/export', text, fake.responseUrl(responseId)),
      channel_id: channel,
    });
    return fake.waitForDeliveries(responseId, answers, 15_000);
  };

  it('uploads the bundle with files.uploadV2 to the channel it was asked in', async () => {
    const [answer] = await exportIn('C0GENERAL', 'APT31', 1);
    expect(JSON.stringify(answer?.body.blocks)).toContain('report(s) as one STIX 2.1 bundle');
    // The file is in the channel already: no button to share the answer (and write another file).
    expect(JSON.stringify(answer?.body.blocks)).not.toContain(SHARE_ACTION);
    await fake.waitForCalls('files.completeUploadExternal', 1, 15_000);
    const methods = fake.calls.map((c) => c.method).filter((m) => m.startsWith('files.'));
    expect(methods).toEqual(['files.getUploadURLExternal', 'files.completeUploadExternal']);
    const [file] = fake.files.shared();
    expect(file?.filename).toMatch(/^sitrep-apt31-20240402T090000Z\.stix\.json$/);
    expect(file?.shared).toMatchObject({ channel: 'C0GENERAL', title: file?.filename });
    const objects = validBundle(file?.bytes ?? '');
    expect(objects.filter((o) => o.type === 'intrusion-set').map((o) => o.name)).toContain('APT31');
  });

  it('posts the bundle in a direct message, and in the thread of a mention', async () => {
    const before = fake.ok('files.completeUploadExternal').length;
    fake.directMessage('export Dowden', { channel: 'D0ALICE' });
    fake.mention('<@U0SITREP> export APT31', { channel: 'C0GENERAL', ts: '1711400009.000900' });
    await fake.waitForCalls('files.completeUploadExternal', before + 2, 15_000);
    const places = fake.files
      .shared()
      .map((f) => [f.filename.split('-')[1], f.shared?.channel, f.shared?.thread_ts]);
    expect(places).toEqual(
      expect.arrayContaining([
        ['dowden', 'D0ALICE', null],
        ['apt31', 'C0GENERAL', '1711400009.000900'],
      ]),
    );
  });

  it('tells the caller when Slack will not take the file there, with what to do', async () => {
    const shared = fake.files.shared().length;
    const [, failure] = await exportIn('C0NOTMEMBER', 'APT31', 2);
    expect(failure?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(String(failure?.body.text)).toContain('could not be posted here (not_in_channel)');
    expect(String(failure?.body.text)).toContain('/invite @Sitrep');
    expect(fake.files.shared()).toHaveLength(shared);
  });
});

describe('/export on Discord', () => {
  let fake: FakeDiscord;
  let bot: DiscordBot;
  const editOf = (token: string) => (r: RecordedRequest) =>
    r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
    const config = loadConfig({
      DATA_DIR: dataDir,
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: fake.apiUrl,
    });
    const started = await startDiscord(config, executor, LOG);
    if (!started) throw new Error('Discord did not start');
    bot = started;
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  // Bolt is loaded before discord.js in this file, so the process-wide HTTP dispatcher is Bolt's undici, as
  // it can be in any process running both: the attachment must go out all the same.
  it('attaches the bundle to the answer, sent as multipart', async () => {
    const { token } = fake.slashCommand('export', { about: 'Dowden' });
    const edit = await fake.waitForRequest(editOf(token), 15_000);
    expect(String(edit.headers['content-type'])).toMatch(/^multipart\/form-data/);
    const [file] = edit.files;
    expect(file?.name).toMatch(/^sitrep-dowden-.*\.stix\.json$/);
    const objects = validBundle(file?.bytes ?? '');
    expect(objects.filter((o) => o.type === 'identity').map((o) => o.name)).toContain('Oliver Dowden');
    expect(JSON.stringify(edit.body)).toContain('report(s) as one STIX 2.1 bundle');
  });

  it('says a bundle is over the attachment limit instead of failing the answer', async () => {
    fake.attachmentSizeLimit = 1000;
    const { token } = fake.slashCommand('export', { about: 'APT31' });
    const edit = await fake.waitForRequest(editOf(token), 15_000);
    fake.attachmentSizeLimit = 10_485_760;
    expect(edit.files).toEqual([]);
    expect((edit.body as { content?: string }).content).toMatch(/The bundle is \d+\.\d MB, over the 0\.0 MB/);
  });
});

describe('/export on Discord over HTTP interactions', () => {
  const keys = ed25519Pair();
  const clock = fixedClock(new Date('2031-06-01T12:00:00Z'));
  let fake: FakeDiscord;
  let endpoint: InteractionsEndpoint;
  const editOf = (token: string) => (r: RecordedRequest) =>
    r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`;
  /** Posts the interaction signed, as Discord does, with the attachment limit it states (when given). */
  async function send(p: Payload, attachmentSizeLimit?: number): Promise<RecordedRequest> {
    const body = JSON.stringify({
      ...JSON.parse(p.json),
      ...(attachmentSizeLimit ? { attachment_size_limit: attachmentSizeLimit } : {}),
    });
    const at = String(Math.floor(clock.now().getTime() / 1000));
    expect((await postSigned(endpoint.url, body, keys.privateKey, { at })).status).toBe(200);
    return fake.waitForRequest(editOf(p.token), 15_000);
  }
  beforeAll(async () => {
    fake = await FakeDiscord.start();
    const config = loadConfig({
      DATA_DIR: dataDir,
      DISCORD_PUBLIC_KEY: keys.hex,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_INTERACTIONS_PORT: String(await freePort()),
    });
    const started = await startDiscordInteractions(config, executor, LOG, { host: '127.0.0.1', clock });
    if (!started) throw new Error('the interactions endpoint did not start');
    endpoint = started;
  });
  afterAll(async () => {
    await endpoint?.stop();
    await fake?.close();
  });

  it('attaches the bundle to the edited answer through the webhook, as multipart', async () => {
    const edit = await send(slash('export', { about: 'Dowden' }));
    expect(String(edit.headers['content-type'])).toMatch(/^multipart\/form-data/);
    const [file] = edit.files;
    expect(file?.name).toMatch(/^sitrep-dowden-.*\.stix\.json$/);
    const objects = validBundle(file?.bytes ?? '');
    expect(objects.filter((o) => o.type === 'identity').map((o) => o.name)).toContain('Oliver Dowden');
    expect(JSON.stringify(edit.body)).toContain('report(s) as one STIX 2.1 bundle');
  });

  it('says a bundle is over the limit the interaction states instead of failing the answer', async () => {
    const edit = await send(slash('export', { about: 'APT31' }), 1000);
    expect(edit.files).toEqual([]);
    expect((edit.body as { content?: string }).content).toMatch(/The bundle is \d+\.\d MB, over the 0\.0 MB/);
  });
});

describe('/export in the terminal', () => {
  it('prints where the bundle was written', async () => {
    const answer = renderText(await runLine('/export living off the land', executor));
    const path = /Written to (\S+)/.exec(answer)?.[1] ?? '';
    expect(path.startsWith(join(dataDir, 'exports'))).toBe(true);
    expect(existsSync(path)).toBe(true);
    expect(validBundle(readFileSync(path)).some((o) => o.type === 'report')).toBe(true);
  });

  it('keeps the newest bundles only, so a busy chat cannot fill the disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-kept-'));
    try {
      const files = bundleFiles(rt, dir, 2);
      const paths: string[] = [];
      for (const about of ['APT31', 'Dowden', 'China']) {
        const written = await files.write({ entity: about });
        if (written.ok) paths.push(written.value.path);
      }
      expect(paths.map((p) => existsSync(p))).toEqual([false, true, true]);
      expect(readdirSync(join(dir, 'exports'))).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers a scope with nothing in it, and words nothing matches, as mistakes', async () => {
    const late = await runLine('/export since:2099-01-01', executor);
    expect([late.status, late.title]).toEqual([
      'user-error',
      'No report was stored since 2099-01-01, so there is nothing to export.',
    ]);
    const none = await runLine('/export qqqzzz wwwxxx', executor);
    expect(none.status).toBe('user-error');
    expect(none.title).toContain('No report has a passage with all of "qqqzzz wwwxxx"');
  });
});
