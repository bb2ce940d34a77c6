// Three replicas of `npm start` on one PostgreSQL database, each a process of its own with its own DATA_DIR
// and /healthz, connected to the loopback Slack (Socket Mode: each command goes to one connection) and
// the loopback Discord (briefings over REST, commands to any replica's HTTP interactions endpoint), and a
// loopback feed server. An admin adds the feed and both channels follow APT40, by command. Then leaders
// go as they go in production, each replaced as an orchestrator would replace it:
// - SIGTERM in a rolling restart: the leader hands over at once, and its successor makes the poll the
//   source's schedule made due;
// - kill -9 while that poll waits for the feed: another replica leads at its next attempt, polls, and
//   queues one briefing per channel;
// - kill -9 after Discord made the briefing message but before the leader heard: the successor posts the
//   part again with the same nonce and Discord answers with the message it made: the channel shows one;
// - kill -9 after Slack made its message but before the leader heard: ADR 14's duplicate window, exactly
//   as it is written (Slack has no idempotency key): that part twice, the part marked sent never again;
// - commands sent to the survivors right after each kill are answered, leader or not;
// - SIGTERM again: hands over at once.
// Every wait is for an event or a condition (/healthz polled against the 30 s); the failover times
// (the signal to the successor's own "leading since") are printed for the record.
import type { APIEmbed } from 'discord.js';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HeldRequest } from '../adapters/discord/fake-discord.js';
import type { HeldCall } from '../adapters/slack/fake-slack.js';
import { textsOf } from '../adapters/slack/helpers.js';
import { postgresUnavailable, startTestServer, type TestServer } from '../infra/postgres/test-server.js';
import { type TestServer as FeedServer, rss, STORY, startServer, xml } from '../sources/helpers.js';
import { type Deferred, deferred } from '../support/events.js';
import {
  type ChatFakes,
  DISCORD_CHANNEL,
  embedText,
  SLACK_CHANNEL,
  SLACK_OTHER,
  startChatFakes,
} from './replica-chats.js';
import { leads, type Replica } from './replica-process.js';
import { ReplicaSet, TAKEOVER_MS } from './replica-set.js';

const FEED = '/news.xml';
const SLACK_ADMIN = 'U0ADMIN';
const DISCORD_ADMIN = '1400000000000000004';
const BRIEFING_TITLE = 'Sitrep briefing: 1 new report';

let database: TestServer;
let db: pg.Client;
let chats: ChatFakes;
let feeds: FeedServer;
let set: ReplicaSet;

/** The feed: what it carries, and a hold on its next request (a poll that waits for the server). */
const feed = {
  items: [STORY.review, STORY.sandworm],
  held: null as { arrived: Deferred; answer: Deferred } | null,
};

/** The daily tick of the source: half an hour ago, so it never fires while the test runs. */
const tick = new Date(Date.now() - 30 * 60_000);
const DAILY = `${tick.getUTCMinutes()} ${tick.getUTCHours()} * * *`;

/** `/who APT31` through Slack (to whichever connection it picks) and to a surviving replica's endpoint. */
function whoDuring(gone: Replica): () => Promise<void> {
  return async () => {
    // Slack hands a command only to an open connection; the killed replica's closes with its process.
    await chats.slack.waitForConnections(chats.appTokenOf(gone.name), 0, TAKEOVER_MS);
    const [slack, discord] = await Promise.all([
      chats.slackCommand('/who', 'APT31', SLACK_ADMIN),
      chats.discordCommand(set.survivorOf(gone).interactionsUrl, 'who', { name: 'APT31' }),
    ]);
    for (const answer of [slack, discord]) expect(answer).toMatch(/APT31[\s\S]*ZIRCONIUM/);
  };
}

async function outbox() {
  const { rows } = await db.query(
    `SELECT f.platform, f.channel, o.status, o.message_id AS "messageId"
     FROM outbox o JOIN follows f ON f.id = o.follow_id ORDER BY o.id`,
  );
  return rows;
}

// Each step's own deadlines (the 30 s for a takeover) decide, not the default test timeout.
describe.skipIf(postgresUnavailable() !== null)(
  'three replicas on one PostgreSQL database',
  { timeout: 90_000 },
  () => {
    beforeAll(async () => {
      database = await startTestServer();
      const url = await database.createDatabase();
      db = new pg.Client({ connectionString: url });
      await db.connect();
      chats = await startChatFakes();
      feeds = await startServer();
      feeds.routes.set(FEED, () => {
        const held = feed.held;
        feed.held = null;
        held?.arrived.resolve();
        return { ...xml(rss('Example News', feed.items)), ...(held ? { hold: held.answer.promise } : {}) };
      });
      set = new ReplicaSet((name) => ({
        DATABASE_URL: url,
        LOG_LEVEL: 'info',
        SITREP_ADMINS: `slack:${SLACK_ADMIN},discord:${DISCORD_ADMIN}`,
        SITREP_FETCH_ALLOW_HOSTS: feeds.host,
        // A poll held by the test waits for the test, not for the fetch timeout.
        SITREP_FETCH_TIMEOUT: '120',
        SITREP_LEADER_RETRY: '1',
        ...chats.envFor(name),
      }));
      const started = await Promise.all(['a', 'b', 'c'].map((name) => set.start(name)));
      await Promise.all(started.map((r) => set.ready(r)));
    }, 120_000);

    let failed = false;
    afterEach(({ task }) => {
      failed ||= task.result?.state === 'fail';
    });

    afterAll(async () => {
      // What each replica said, when a step failed: the test's only view into the processes.
      if (failed && set) console.error(`${set.elections()}\n${set.logs(40)}`);
      await set?.close();
      feed.held?.answer.resolve();
      await chats?.close();
      await feeds?.close();
      await db?.end();
      await database?.stop();
      if (set?.failovers.length) console.info(`replicas: failovers ${JSON.stringify(set.failovers)}`);
    }, 60_000);

    it('three replicas start together: the seeds stored once, one leads, each answers /healthz', async () => {
      const { rows } = await db.query('SELECT count(*)::int AS n FROM documents');
      expect(rows[0]?.n).toBe(5);
      // Each campaigns from the moment it serves: one wins.
      await set.nextLeader();
      const reports = await Promise.all(set.replicas.map((r) => r.health()));
      expect(reports.map((h) => h?.status)).toEqual(['ok', 'ok', 'ok']);
      expect(reports.filter(leads)).toHaveLength(1);
    });

    it('an admin adds the feed and both channels follow APT40, by command through the replicas', async () => {
      const added = await chats.slackCommand(
        '/source',
        `add ${feeds.url(FEED)} name:"Example News" every:"${DAILY}"`,
        SLACK_ADMIN,
      );
      expect(added).toMatch(/Added “Example News” as source #1 \(RSS, 2 items/);
      const [first] = set.replicas;
      const discord = await chats.discordCommand(first?.interactionsUrl ?? '', 'follow', { query: 'APT40' });
      expect(discord).toContain('This channel now follows “APT40” (#1)');
      const slack = await chats.slackCommand('/follow', 'APT40', SLACK_ADMIN);
      expect(slack).toContain('This channel now follows “APT40” (#2)');
      const other = await chats.slackCommand('/follow', 'APT40', SLACK_ADMIN, SLACK_OTHER);
      expect(other).toContain('This channel now follows “APT40” (#3)');
      expect(chats.slackPosts()).toEqual([]);
      expect(chats.discordPostRequests()).toEqual([]);
    });

    let leader: Replica;

    it('SIGTERM in a rolling restart: the leader hands over at once, its successor makes the poll now due', async () => {
      // A rolling update starts new replicas and stops an old one once a new one is up. (The second new
      // one is up in time for the kills below, which leave fewer than three otherwise.)
      const [d] = await Promise.all([set.start('d'), set.start('e')]);
      if (d) await set.ready(d);
      ({ leader } = await set.nextLeader());
      // APT40 is on the feed now, and the source was last fetched yesterday, before today's tick: due.
      feed.items = [STORY.apt40, STORY.review, STORY.sandworm];
      const polling = deferred();
      feed.held = { arrived: polling, answer: deferred() };
      await db.query('UPDATE sources SET last_fetch_at = $1', [
        new Date(Date.now() - 25 * 3_600_000).toISOString(),
      ]);

      const stopped = leader;
      leader = await set.replace(stopped, 'SIGTERM', 'SIGTERM (hand-over)');
      expect(await stopped.exited).toEqual({ code: 0, signal: null });
      // Only the leader polls: the successor, for the tick nobody polled.
      await polling.promise;
    });

    let discordPost: HeldRequest;
    let slackPost: HeldCall;

    it('kill -9 mid-poll: another replica leads and polls; commands sent meanwhile are answered', async () => {
      // Discord and Slack will make the next briefing messages, and the test hold back their answers.
      discordPost = chats.discord.holdNext('POST', /^\/channels\/\d+\/messages$/);
      slackPost = chats.slack.holdNext('chat.postMessage');
      const killed = leader;
      leader = await set.replace(killed, 'SIGKILL', 'kill -9 mid-poll', whoDuring(killed));
      expect((await killed.exited).signal).toBe('SIGKILL');
      void set.start('f');
      // The successor's poll queued a briefing per channel, and posts Discord's first (follow #1).
      const request = await discordPost.arrived;
      expect(embedText((request.body as { embeds?: APIEmbed[] }).embeds)).toContain(STORY.apt40.title);
      expect(chats.discord.channels.messagesIn(DISCORD_CHANNEL)).toHaveLength(1);
      expect(await outbox()).toMatchObject([
        { status: 'pending' },
        { status: 'pending' },
        { status: 'pending' },
      ]);
    });

    it('kill -9 after Discord made the message: the retry carries its nonce, and the channel shows it once', async () => {
      const killed = leader;
      leader = await set.replace(killed, 'SIGKILL', 'kill -9 mid-post (Discord)', whoDuring(killed));
      discordPost.release();
      // The successor posted the part again, then went on to Slack's.
      const call = await slackPost.arrived;
      expect(textsOf(call.args.blocks).join('\n')).toContain(STORY.apt40.title);

      const bodies = chats
        .discordPostRequests()
        .map((r) => r.body as { nonce?: string; enforce_nonce?: boolean });
      const nonce = bodies[0]?.nonce;
      expect(nonce).toMatch(/^.{1,25}$/);
      expect(bodies.map((b) => [b.nonce, b.enforce_nonce])).toEqual([
        [nonce, true],
        [nonce, true],
      ]);
      const messages = chats.discord.channels.messagesIn(DISCORD_CHANNEL);
      expect(messages).toHaveLength(1);
      expect(messages[0]?.content).toBe(BRIEFING_TITLE);
      expect(await outbox()).toEqual([
        { platform: 'discord', channel: DISCORD_CHANNEL, status: 'sent', messageId: messages[0]?.id },
        { platform: 'slack', channel: SLACK_CHANNEL, status: 'pending', messageId: null },
        { platform: 'slack', channel: SLACK_OTHER, status: 'pending', messageId: null },
      ]);
    });

    it('kill -9 after Slack made the message: ADR 14’s window, that one part twice and nothing else again', async () => {
      // Slack's client waits for its answer as long as it takes: a replacement has time to be up.
      await Promise.any(
        set
          .running()
          .filter((r) => r !== leader)
          .map((r) => set.ready(r)),
      );
      const killed = leader;
      leader = await set.replace(killed, 'SIGKILL', 'kill -9 mid-post (Slack)', whoDuring(killed));
      slackPost.release();
      await leader.waitForLine((l) => l.includes('"outbox drained"'), TAKEOVER_MS);

      // Slack has no idempotency key: the part it made before the kill is made again by the successor.
      const slack = chats.slackPosts();
      expect(slack).toHaveLength(2);
      expect(slack[1]?.text).toBe(slack[0]?.text);
      expect(slack[0]?.text).toContain(STORY.apt40.title);
      // The part already marked sent (Discord's) is not posted again; the one no platform had made yet
      // (the other Slack channel's, claimed by two runs that died) is posted once.
      expect(chats.discordPostRequests()).toHaveLength(2);
      const messages = chats.discord.channels.messagesIn(DISCORD_CHANNEL);
      expect(messages).toHaveLength(1);
      const other = chats.slackPosts(SLACK_OTHER);
      expect(other).toHaveLength(1);
      expect(other[0]?.text).toBe(slack[0]?.text);
      expect((await outbox()).map((r) => [r.channel, r.status, r.messageId])).toEqual([
        [DISCORD_CHANNEL, 'sent', messages[0]?.id],
        [SLACK_CHANNEL, 'sent', slack[1]?.ts],
        [SLACK_OTHER, 'sent', other[0]?.ts],
      ]);
    });

    it('SIGTERM again: hands over at once to a replica that joined during the failovers', async () => {
      await Promise.all(set.running().map((r) => set.ready(r)));
      const stopped = leader;
      leader = await set.replace(stopped, 'SIGTERM', 'SIGTERM (hand-over)');
      expect(await stopped.exited).toEqual({ code: 0, signal: null });
      const reports = await Promise.all(set.running().map((r) => r.health()));
      expect(reports.filter(leads)).toHaveLength(1);
      expect(reports.every((h) => h?.status === 'ok')).toBe(true);
    });
  },
);
