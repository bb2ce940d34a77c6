// One end-to-end run through the real core: the bundled seeds in a fresh data dir, the real executor, and the
// real Bolt App in Socket Mode against the loopback fake. Writes the payloads it got to /tmp for reading.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackBot } from '../../../src/adapters/slack/app.js';
import { loadConfig } from '../../../src/app/config.js';
import { createExecutor } from '../../../src/app/executor.js';
import { openRuntime, type Runtime } from '../../../src/app/runtime.js';
import { startSlack } from '../../../src/app/slack.js';
import { fixedClock } from '../../../src/infra/clock.js';
import { memoryLogger } from '../../../src/infra/logger.js';
import { type FakeSlack, startFakeSlack } from './fake-slack.js';

let fake: FakeSlack;
let bot: SlackBot;
let rt: Runtime;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sitrep-slack-'));
  const logger = memoryLogger();
  rt = await openRuntime({
    dataDir,
    seedsDir: 'seeds',
    clock: fixedClock(new Date('2024-04-02T09:00:00Z')),
    logger,
  });
  fake = await startFakeSlack();
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-1-real',
    SLACK_APP_TOKEN: 'xapp-1-real',
    SLACK_API_URL: fake.apiUrl,
  });
  const started = await startSlack(config, createExecutor(rt, []), logger);
  if (!started) throw new Error('Slack did not start');
  bot = started;
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  await rt?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

type Blocks = {
  type: string;
  text?: { text: string };
  fields?: { text: string }[];
  elements?: { text: string }[];
}[];

describe('Slack with the real core', () => {
  it('/who APT31 over Socket Mode answers the seed card, cited and linked', async () => {
    const sent = fake.slashCommand('/who', 'APT31');
    const [answer] = await fake.waitForDeliveries(sent.responseId, 1, 8000);
    writeFileSync('/tmp/slack-who.json', `${JSON.stringify(answer?.body, null, 2)}\n`);
    const blocks = answer?.body.blocks as Blocks;
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'APT31', emoji: true } });
    const fields = blocks[1]?.fields?.map((f) => f.text) ?? [];
    expect(fields).toContain('*Kind*\nThreat actor');
    expect(fields.find((f) => f.startsWith('*Also known as*'))).toContain('Violet Typhoon (Microsoft)');
    const facts = blocks
      .filter((b) => b.type === 'section' && b.text)
      .flatMap((b) => b.text?.text.split('\n') ?? [])
      .filter((l) => l !== '*Assessed*' && !l.startsWith('>'));
    expect(facts.length).toBeGreaterThan(3);
    for (const l of facts) expect(l).toMatch(/\[\d+\]/);
    const sources = blocks
      .filter((b) => b.type === 'context')
      .flatMap((b) => b.elements?.map((e) => e.text) ?? []);
    expect(sources.join('\n')).toMatch(
      /\[\d\] <https:\/\/www\.ncsc\.gov\.uk\/news\/china-state-affiliated-actors-target-uk-democratic-institutions-parliamentarians\|UK calls out China/,
    );
    expect(answer?.body.response_type).toBe('ephemeral');
  });

  it("/timeline over Socket Mode pages at the command's page size", async () => {
    const sent = fake.slashCommand('/timeline', '');
    const [answer] = await fake.waitForDeliveries(sent.responseId, 1, 8000);
    writeFileSync('/tmp/slack-timeline.json', `${JSON.stringify(answer?.body, null, 2)}\n`);
    const blocks = answer?.body.blocks as Blocks;
    expect(blocks[0]?.type).toBe('header');
    const rows = blocks.flatMap((b) => (b.type === 'section' ? (b.text?.text.split('\n') ?? []) : []));
    expect(rows.filter((r) => /^\*[^*]+\* — .+\[\d+\]/.test(r)).length).toBeGreaterThan(0);
  });
});
