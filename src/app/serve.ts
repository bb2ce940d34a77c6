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
import type { Logger } from '../core/ports.js';
import { systemClock } from '../infra/clock.js';
import { createLogger } from '../infra/logger.js';
import { type Config, loadConfig } from './config.js';
import { startDiscord } from './discord.js';
import { startDiscordInteractions } from './discord-interactions.js';
import { createExecutor, type Executor } from './executor.js';
import { describeFailure } from './fatal.js';
import { type Io, quietWhenClosed } from './io.js';
import { warmKnowledge } from './knowledge-warm.js';
import { type OutboundRouter, terminalPoster } from './outbound.js';
import { databaseSettings, openRuntime } from './runtime.js';
import { startScheduler } from './scheduler.js';
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
  const { DATA_DIR, SEEDS_DIR } = config;
  const rt = await openRuntime({
    dataDir: DATA_DIR,
    database: databaseSettings(config),
    seedsDir: SEEDS_DIR,
    clock: systemClock,
    logger,
  });
  const sources = createSources(rt, config);
  const executor = createExecutor(rt, config.SITREP_ADMINS, sources.service, bundleFiles(rt, DATA_DIR));

  const chats: Chat[] = [];
  let stopScheduler = async () => {};
  let warming = Promise.resolve();
  const shutdown = async () => {
    await stopScheduler();
    await warming;
    await Promise.allSettled(chats.map((c) => c.stop()));
    await sources.close();
    await rt.close();
  };
  try {
    await startChats({ config, executor, logger, outbound: sources.outbound }, chats);
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
  stopScheduler = await startScheduler({
    service: sources.service,
    outbound: sources.outbound,
    logger,
    timezone: config.SITREP_TIMEZONE,
    platforms: () => sources.outbound.platforms(),
  });

  // Names and search vocabulary load in the background, a step at a time, once everything answers.
  rt.corpus
    .warm()
    .catch((err: unknown) => logger.warn('warming the lexicons failed', { error: String(err) }));
  const { hint: knowledgeHint, warming: reading } = await warmKnowledge(rt, logger, {
    background: interactive || chats.length > 0,
  });
  warming = reading;

  const docs = await rt.store.documentCount();
  if (chats.length > 0) {
    io.stderr.write(
      `Sitrep: ${docs} report(s) in ${config.DATA_DIR}; connected to ${chats.map((c) => c.name).join(' and ')}. Ctrl-C stops.\n${knowledgeHint ? `${knowledgeHint}\n` : ''}`,
    );
    if (!interactive) {
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await shutdown();
      return EXIT.ok;
    }
  }
  const outcome = await runConsole({
    input: io.stdin,
    output: io.stdout,
    interactive,
    historyFile: join(config.DATA_DIR, 'console-history'),
    banner: `Sitrep: ${docs} report(s) in ${config.DATA_DIR}. Try /who APT31, /timeline, /quote Dowden, /search living off the land. /help lists every command; /exit quits.${knowledgeHint ? `\n${knowledgeHint}` : ''}`,
    execute: (line) => runLine(line, executor),
  });
  await shutdown();
  // At a terminal the person saw every answer; piped, a script learns whether a command failed.
  return interactive ? EXIT.ok : outcome;
}

type Chat = { name: string; stop(): Promise<void> };

/**
 * Starts each chat platform whose settings are present and registers where it posts. `chats` fills as
 * they start, so when one refuses, the caller stops those already started.
 */
async function startChats(
  deps: { config: Config; executor: Executor; logger: Logger; outbound: OutboundRouter },
  chats: Chat[],
): Promise<void> {
  const { config, executor, logger, outbound } = deps;
  const slack = await startSlack(config, executor, logger);
  if (slack) {
    chats.push({ name: 'Slack', stop: () => slack.stop() });
    outbound.register('slack', (channel, reply) => slack.post(channel, reply));
  }
  const discord = await startDiscord(config, executor, logger);
  if (discord) {
    chats.push({ name: 'Discord', stop: () => discord.stop() });
    outbound.register('discord', (channel, reply, opts) => discord.post(channel, reply, opts));
  }
  const endpoint = await startDiscordInteractions(config, executor, logger);
  if (endpoint) chats.push({ name: `Discord interactions (${endpoint.url})`, stop: () => endpoint.stop() });
}
