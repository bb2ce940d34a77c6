// The last word of a run that could not do its work: one line a person can act on. A stack trace helps
// only whoever debugs Sitrep itself, so it is shown with LOG_LEVEL=debug alone.

import { describeError } from '../core/util/errors.js';
import { StoreOpenError } from '../infra/sqlite/database-file.js';
import { StartupError } from './config.js';

/** Whether the failure is one the user can fix from its message (settings, files, tokens). */
export function isExpected(err: unknown): boolean {
  return err instanceof StartupError || err instanceof StoreOpenError;
}

export function describeFailure(err: unknown, env: Record<string, string | undefined>): string {
  const message = describeError(err);
  if (isExpected(err)) return `${message}\n`;
  const stack = env.LOG_LEVEL === 'debug' && err instanceof Error && err.stack ? `\n${err.stack}` : '';
  return `sitrep: ${message}${stack || ' (LOG_LEVEL=debug shows where)'}\n`;
}
