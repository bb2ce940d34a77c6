// The process's streams and environment as values, so `sitrep` and `npm start` run in tests in-process
// with streams of their own.
import type { Readable, Writable } from 'node:stream';

export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  /** The environment; absent means the process's own, with `.env`. */
  env?: Record<string, string | undefined>;
}

export function processIo(): Io {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

/**
 * A reader that goes away (`sitrep sources | head -1`) makes the next write fail with EPIPE, an error
 * event that would end the process with a stack trace (and a running bot with it). Nobody is left to
 * read, so the output just stops; the work and its exit code do not depend on it.
 */
export function quietWhenClosed(stream: Writable): void {
  stream.on('error', () => {});
}
