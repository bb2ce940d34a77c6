// The runtime every phase of the benchmark opens: the app's own `openRuntime`, on SQLite in the data dir
// or, given a database URL, on PostgreSQL with the pool `npm start` would have (SITREP_DB_POOL's default).
import { openRuntime, type Runtime } from '../../src/app/runtime.js';
import { systemClock } from '../../src/infra/clock.js';
import { createLogger } from '../../src/infra/logger.js';

/** Connections per runtime's pool: the default of SITREP_DB_POOL (src/app/config.ts). */
export const POOL_MAX = 10;

export function openBenchRuntime(dataDir: string, databaseUrl?: string): Promise<Runtime> {
  return openRuntime({
    dataDir,
    database: databaseUrl ? { url: databaseUrl, tls: {}, max: POOL_MAX } : null,
    seedsDir: null,
    clock: systemClock,
    logger: createLogger('error'),
  });
}
