// `npm start`: the bot. Chat adapters start when their settings are present; with none, the terminal
// console runs over the local corpus (the bundled seeds on first start). The scheduler polls sources and
// posts briefings through every connected platform. With a chat adapter running, the console still
// opens on a real terminal, and the process stops cleanly on SIGINT/SIGTERM. Commands piped into the
// console make the exit code tell how they went (as `sitrep` does). The field's catalogues, when loaded,
// are read in the background; without them one line says how to load them, and everything works as before.
import { join } from 'node:path';
import { runConsole } from '../adapters/terminal/console.js';
import { EXIT, type ExitCode } from '../adapters/terminal/exit-codes.js';
import { runLine } from '../adapters/terminal/run-line.js';
import type { Logger, ReplayMemory } from '../core/ports.js';
import { systemClock } from '../infra/clock.js';
import { type HealthServer, startHealthServer } from '../infra/health-server.js';
import { createLogger } from '../infra/logger.js';
import { type Config, loadConfig } from './config.js';
import { startDiscord } from './discord.js';
import { startDiscordInteractions } from './discord-interactions.js';
import { createExecutor, type Executor } from './executor.js';
import { describeFailure } from './fatal.js';
import { type Io, quietWhenClosed } from './io.js';
import { warmKnowledge } from './knowledge-warm.js';
import { type OutboundRouter, terminalPoster } from './outbound.js';
import { databaseSettings, openRuntime, type Runtime } from './runtime.js';
import { startScheduler } from './scheduler.js';
import { electedSeat, ownSeat, type SchedulerSeat } from './scheduler-seat.js';
import { startSlack } from './slack.js';
import { createSources } from './sources.js';
import { bundleFiles } from './stix-files.js';

/** Runs until the console ends or a signal arrives; resolves to the exit code and never throws. */
export async function serve(io: Io): Promise<ExitCode> {
  quietWhenClosed(io.stdout);
  quietWhenClosed(io.stderr);
  try {
    return await run(io);
  } catch (err) {
    io.stderr.write(describeFailure(err, io.env ?? process.env));
    return EXIT.failure;
  }
}

async function run(io: Io): Promise<ExitCode> {
  const config = loadConfig(io.env);
  const logger = createLogger(config.LOG_LEVEL);
  const { rt, seat, sources, executor } = await openParts(config, logger);
  const signals = stopSignals(logger);
  const stopping = signals.signal;

  const chats: Chat[] = [];
  let health: HealthServer | null = null;
  let warming = Promise.resolve();
  // The scheduler stops and hands its seat over first, so another replica takes over while this one ends.
  const shutdown = async () => {
    await seat.stop();
    await warming;
    await Promise.allSettled(chats.map((c) => c.stop()));
    await health?.close();
    await sources.close();
    await rt.close();
    signals.release();
  };
  try {
    health = await startHealth(config, rt, seat);
    await startChats({ config, executor, logger, outbound: sources.outbound, replays: rt.replays }, chats);
  } catch (err) {
    // One platform refused: close what did start, so the process can end with the message.
    await shutdown();
    throw err;
  }
  const interactive = io.stdin.isTTY === true;
  if (interactive || chats.length === 0)
    sources.outbound.register(
      'terminal',
      terminalPoster((t) => io.stdout.write(t)),
    );
  await seat.begin(() =>
    startScheduler({
      service: sources.service,
      outbound: sources.outbound,
      logger,
      clock: rt.clock,
      timezone: config.SITREP_TIMEZONE,
      platforms: () => sources.outbound.platforms(),
    }),
  );

  // Names and search vocabulary load in the background, a step at a time, once everything answers.
  rt.corpus
    .warm()
    .catch((err: unknown) => logger.warn('warming the lexicons failed', { error: String(err) }));
  const { hint: knowledgeHint, warming: reading } = await warmKnowledge(rt, logger, {
    background: interactive || chats.length > 0,
  });
  warming = reading;

  const where = `${await rt.store.documentCount()} report(s) in ${storeName(config)}`;
  const hint = knowledgeHint ? `\n${knowledgeHint}` : '';
  if (chats.length > 0) {
    const connected = chats.map((c) => c.name).join(' and ');
    io.stderr.write(`Sitrep: ${where}; connected to ${connected}. Ctrl-C stops.${hint}\n`);
    if (!interactive) {
      await new Promise<void>((resolve) =>
        stopping.addEventListener('abort', () => resolve(), { once: true }),
      );
      await shutdown();
      return EXIT.ok;
    }
  }
  const outcome = await runConsole({
    input: io.stdin,
    output: io.stdout,
    interactive,
    signal: stopping,
    historyFile: join(config.DATA_DIR, 'console-history'),
    banner: `Sitrep: ${where}. Try /who APT31, /timeline, /quote Dowden, /search living off the land. /help lists every command; /exit quits.${hint}`,
    execute: (line) => runLine(line, executor),
  });
  await shutdown();
  // At a terminal the person saw every answer; piped, a script learns whether a command failed.
  return interactive ? EXIT.ok : outcome;
}

/**
 * Aborted at the first SIGINT or SIGTERM. Later ones are logged and ignored while the shutdown runs: a
 * second SIGTERM (a supervisor and a wrapper may each send one) must not cut the scheduler's hand-over
 * short. `release` removes the handlers.
 */
function stopSignals(logger: Logger): { signal: AbortSignal; release(): void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) logger.info('already stopping', { signal: name });
    else controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    release() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** Where the corpus is, for the first line: DATA_DIR, or the database's host and name (never its password). */
function storeName(config: Config): string {
  if (!config.DATABASE_URL) return config.DATA_DIR;
  const url = new URL(config.DATABASE_URL);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

type Chat = { name: string; stop(): Promise<void> };

/**
 * The store (the seeds loaded on first start), the scheduler's seat (elected among replicas on
 * PostgreSQL), the sources and the commands.
 */
async function openParts(config: Config, logger: Logger) {
  const { DATA_DIR, SEEDS_DIR } = config;
  const database = databaseSettings(config);
  const rt = await openRuntime({
    dataDir: DATA_DIR,
    database,
    seedsDir: SEEDS_DIR,
    clock: systemClock,
    logger,
  });
  const seat = database
    ? electedSeat({ database, clock: systemClock, logger, retryMs: config.SITREP_LEADER_RETRY * 1000 })
    : ownSeat();
  const sources = createSources(rt, config, { runs: seat.runs });
  const executor = createExecutor(rt, config.SITREP_ADMINS, sources.service, bundleFiles(rt, DATA_DIR));
  return { rt, seat, sources, executor };
}

/** GET /healthz where SITREP_HEALTH_PORT says: whether the store answers, and whether this replica leads. */
async function startHealth(config: Config, rt: Runtime, seat: SchedulerSeat): Promise<HealthServer | null> {
  if (config.SITREP_HEALTH_PORT === undefined) return null;
  const checkStore = async () => {
    await rt.store.documentCount();
  };
  return startHealthServer(
    { checkStore, leader: seat.leader },
    { port: config.SITREP_HEALTH_PORT, host: config.SITREP_HEALTH_HOST },
  );
}

/**
 * Starts each chat platform whose settings are present and registers where it posts. `chats` fills as
 * they start, so when one refuses, the caller stops those already started.
 */
async function startChats(
  deps: {
    config: Config;
    executor: Executor;
    logger: Logger;
    outbound: OutboundRouter;
    replays: ReplayMemory;
  },
  chats: Chat[],
): Promise<void> {
  const { config, executor, logger, outbound, replays } = deps;
  const slack = await startSlack(config, executor, logger, { replays });
  if (slack) {
    chats.push({ name: 'Slack', stop: () => slack.stop() });
    outbound.register('slack', (channel, reply) => slack.post(channel, reply));
  }
  const discord = await startDiscord(config, executor, logger);
  if (discord) {
    chats.push({ name: 'Discord', stop: () => discord.stop() });
    outbound.register('discord', (channel, reply, opts) => discord.post(channel, reply, opts));
  }
  const endpoint = await startDiscordInteractions(config, executor, logger, { replays });
  if (endpoint) chats.push({ name: `Discord interactions (${endpoint.url})`, stop: () => endpoint.stop() });
}
