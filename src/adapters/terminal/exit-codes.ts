// How the command line and a piped console end: one table, documented in README and `sitrep --help`.
import type { ReplyStatus } from '../../core/reply.js';

export const EXIT = {
  /** Done: every answer was given; every report was stored or was there already. */
  ok: 0,
  /** The input: an unknown command, option or name, a bad argument, a path that does not exist. */
  userError: 1,
  /** A failure: a report that could not be read or stored, a command that failed, Sitrep could not start. */
  failure: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function exitCodeOf(status: ReplyStatus): ExitCode {
  return status === 'ok' ? EXIT.ok : status === 'user-error' ? EXIT.userError : EXIT.failure;
}

/** The worse of two outcomes: a failure outranks a mistake, which outranks success. */
export function worse(a: ExitCode, b: ExitCode): ExitCode {
  return a >= b ? a : b;
}
