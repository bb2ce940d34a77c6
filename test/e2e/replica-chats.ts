// The chat platforms as the replicas test drives them: the loopback Slack, whose Socket Mode hands each
// slash command to one of the replicas' connections, and the loopback Discord, whose REST the replicas
// post briefings through and whose HTTP interactions any replica answers. Commands are sent as the
// platform sends them (a Socket Mode envelope; an Ed25519-signed POST) and the answers read back as a user
// sees them.
import { randomUUID } from 'node:crypto';
import type { APIEmbed } from 'discord.js';
import {
  APP_ID,
  CHANNEL_ID,
  FakeDiscord,
  type RecordedRequest,
  TOKEN,
} from '../adapters/discord/fake-discord.js';
import { ed25519Pair, postSigned, slash } from '../adapters/discord/interactions-support.js';
import { type FakeSlack, slashPayload, startFakeSlack } from '../adapters/slack/fake-slack.js';
import { textsOf } from '../adapters/slack/helpers.js';

/** A generous bound: a replica on a loaded machine answers in well under a second. */
const ANSWER_MS = 30_000;

export const SLACK_CHANNEL = 'C0BRIEFS';
/** Another Slack channel, following the same as the first. */
export const SLACK_OTHER = 'C0WATCH';
export const DISCORD_CHANNEL = CHANNEL_ID;

export interface ChatFakes {
  slack: FakeSlack;
  discord: FakeDiscord;
  /** The environment that points a replica at both fakes; each replica its own app-level token. */
  envFor(replica: string): Record<string, string>;
  appTokenOf(replica: string): string;
  /** A slash command in a channel over Socket Mode; resolves with the text of its answer. */
  slackCommand(command: string, text: string, user: string, channel?: string): Promise<string>;
  /** A slash command POSTed to one replica's interactions endpoint; resolves with the text of its answer. */
  discordCommand(endpoint: string, name: string, options: Record<string, string>): Promise<string>;
  /** Briefings in a Slack channel, as the fake's chat.postMessage calls, oldest first. */
  slackPosts(channel?: string): { text: string; ts: unknown }[];
  /** The requests that posted to a Discord channel, whatever Discord answered. */
  discordPostRequests(): RecordedRequest[];
  close(): Promise<void>;
}

const isChannelPost = (r: RecordedRequest) =>
  r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path);

export function embedText(embeds: APIEmbed[] | undefined): string {
  return (embeds ?? [])
    .flatMap((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])])
    .filter(Boolean)
    .join('\n');
}

export async function startChatFakes(): Promise<ChatFakes> {
  const slack = await startFakeSlack();
  const discord = await FakeDiscord.start();
  const keys = ed25519Pair();
  const appTokenOf = (replica: string) => `xapp-1-${replica}`;
  return {
    slack,
    discord,
    appTokenOf,
    envFor: (replica) => ({
      SLACK_BOT_TOKEN: 'xoxb-1-replicas',
      SLACK_APP_TOKEN: appTokenOf(replica),
      SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: discord.apiUrl,
      // Commands come over HTTP to any replica; the token only posts briefings.
      DISCORD_GATEWAY: 'off',
      DISCORD_PUBLIC_KEY: keys.hex,
    }),
    async slackCommand(command, text, user, channel = SLACK_CHANNEL) {
      const responseId = randomUUID();
      const payload = slashPayload(command, text, slack.responseUrl(responseId), user);
      const sent = slack.send('slash_commands', {
        ...payload,
        channel_id: channel,
        channel_name: 'briefs',
      });
      await slack.waitForAck(sent.envelopeId, ANSWER_MS);
      const [answer] = await slack.waitForDeliveries(responseId, 1, ANSWER_MS);
      const body = answer?.body ?? {};
      return [String(body.text ?? ''), ...textsOf(body.blocks)].join('\n');
    },
    async discordCommand(endpoint, name, options) {
      const p = slash(name, options);
      const res = await postSigned(endpoint, p.json, keys.privateKey, {
        at: String(Math.floor(Date.now() / 1000)),
      });
      if (res.status !== 200) throw new Error(`the endpoint answered ${res.status}: ${await res.text()}`);
      const edit = await discord.waitForRequest(
        (r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${p.token}/messages/@original`,
        ANSWER_MS,
      );
      const body = edit.body as { content?: string; embeds?: APIEmbed[] };
      return [body.content ?? '', embedText(body.embeds)].join('\n');
    },
    slackPosts: (channel = SLACK_CHANNEL) =>
      slack
        .ok('chat.postMessage')
        .filter((c) => c.args.channel === channel)
        .map((c) => ({ text: textsOf(c.args.blocks).join('\n'), ts: c.response.ts })),
    discordPostRequests: () => discord.requests.filter(isChannelPost),
    async close() {
      await slack.close();
      await discord.close();
    },
  };
}
