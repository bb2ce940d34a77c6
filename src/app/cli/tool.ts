// What every `sitrep` subcommand is: a name, its arguments as parseArgs reads them (strictly: an unknown
// option or a missing value is an error, never a guess), its usage, and what it does.
import type { ExitCode } from '../../adapters/terminal/exit-codes.js';
import type { Logger } from '../../core/ports.js';
import { systemClock } from '../../infra/clock.js';
import type { Config } from '../config.js';
import type { Io } from '../io.js';
import { databaseSettings, openRuntime, type Runtime } from '../runtime.js';

/** `multiple`: the option may be given more than once, and its values come as a list. */
export type OptionSpec =
  | { type: 'string'; short?: string; multiple?: boolean }
  | { type: 'boolean'; short?: string };

export interface ToolInput {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface ToolContext {
  io: Io;
  /** The validated configuration, read on first use (so `--help` needs none). */
  config(): Config;
  logger(): Logger;
  json: boolean;
}

export interface Tool {
  name: string;
  /** What follows the name in a usage line: "PATH... [--json]". */
  args: string;
  summary: string;
  /** More lines for `sitrep NAME --help`. */
  details?: string;
  /** Options besides --help; `json` among them makes --json valid. */
  options: Record<string, OptionSpec>;
  /** Whether words other than options are taken. */
  positionals: boolean;
  run(input: ToolInput, ctx: ToolContext): Promise<ExitCode>;
}

export const JSON_OPTION = { json: { type: 'boolean' } } as const satisfies Record<string, OptionSpec>;

/** Runs `work` on the corpus in DATA_DIR (the seeds loaded on first use), closed however the work ends. */
export async function withRuntime<T>(
  ctx: Pick<ToolContext, 'config' | 'logger'>,
  work: (rt: Runtime, cfg: Config) => Promise<T>,
): Promise<T> {
  const cfg = ctx.config();
  const rt = await openRuntime({
    dataDir: cfg.DATA_DIR,
    database: databaseSettings(cfg),
    seedsDir: cfg.SEEDS_DIR,
    clock: systemClock,
    logger: ctx.logger(),
  });
  try {
    return await work(rt, cfg);
  } finally {
    await rt.close();
  }
}
