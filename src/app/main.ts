// `npm start`: the bot. With no chat tokens configured, the terminal console over the local corpus
// (the bundled seeds on first start).
import { join } from 'node:path';
import { runConsole } from '../adapters/terminal/console.js';
import { runLine } from '../adapters/terminal/run-line.js';
import { systemClock } from '../infra/clock.js';
import { createLogger } from '../infra/logger.js';
import { ConfigError, loadConfig } from './config.js';
import { openRuntime } from './runtime.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const rt = await openRuntime({
    dataDir: config.DATA_DIR,
    seedsDir: config.SEEDS_DIR,
    clock: systemClock,
    logger,
  });
  const interactive = process.stdin.isTTY === true;
  const docs = rt.store.documentCount();
  await runConsole({
    input: process.stdin,
    output: process.stdout,
    interactive,
    historyFile: join(config.DATA_DIR, 'console-history'),
    banner: `Sitrep: ${docs} report(s) in ${config.DATA_DIR}. Try /who APT31, /timeline, /quote Dowden, /search living off the land. /help lists every command; /exit quits.`,
    execute: (line) =>
      runLine(line, {
        corpus: rt.corpus,
        clock: rt.clock,
        logger,
        caller: { platform: 'terminal', userId: 'local', isAdmin: true },
      }),
  });
  rt.close();
}

main().catch((err) => {
  process.stderr.write(
    `${err instanceof ConfigError ? err.message : `sitrep: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`}\n`,
  );
  process.exitCode = 2;
});
