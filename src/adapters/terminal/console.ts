// The interactive console: readline with history, the same commands as every chat adapter. When stdin is
// not a terminal (commands piped in), it reads one command per line and exits at the end of input, and
// tells how it went (the worst answer), so a script sees a failed command. When the output closes
// (`| head`), it stops reading: nobody is left to answer.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Reply } from '../../core/reply.js';
import { EXIT, type ExitCode, exitCodeOf, worse } from './exit-codes.js';
import { renderText } from './render.js';

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  interactive: boolean;
  historyFile?: string;
  banner?: string;
  /** Aborted: the session ends after the answer under way, as at the end of the input. */
  signal?: AbortSignal;
  execute(line: string): Promise<Reply>;
}

const HISTORY_SIZE = 500;

/** Runs until the input ends, /exit, the output closes or `signal` aborts; the exit code of the worst answer given. */
export async function runConsole(opts: ConsoleOptions): Promise<ExitCode> {
  const history =
    opts.interactive && opts.historyFile && existsSync(opts.historyFile)
      ? readFileSync(opts.historyFile, 'utf8').split('\n').filter(Boolean).reverse().slice(0, HISTORY_SIZE)
      : [];
  const rl = createInterface({
    input: opts.input,
    output: opts.interactive ? opts.output : undefined,
    terminal: opts.interactive,
    history,
    historySize: HISTORY_SIZE,
    prompt: 'sitrep> ',
  });
  let outcome: ExitCode = EXIT.ok;
  let closed = false;
  // A closed pipe (EPIPE) or any other write error ends the session instead of crashing the process. The
  // listener stays: the error of a write still under way may come after the last line.
  const stop = () => {
    closed = true;
    rl.close();
  };
  opts.output.on('error', stop);
  opts.signal?.addEventListener('abort', stop, { once: true });
  const write = (s: string) => {
    if (!closed) opts.output.write(s);
  };
  if (opts.interactive && opts.banner) write(`${opts.banner}\n`);
  if (opts.interactive) rl.prompt();
  for await (const raw of rl) {
    if (closed) break;
    const line = raw.trim();
    if (line === '') {
      if (opts.interactive) rl.prompt();
      continue;
    }
    if (/^\/?(?:exit|quit|q)$/i.test(line)) break;
    if (opts.interactive && opts.historyFile) {
      try {
        appendFileSync(opts.historyFile, `${line}\n`);
      } catch {
        // History is a convenience; a read-only data dir must not stop the console.
      }
    }
    const reply = await opts.execute(line);
    outcome = worse(outcome, exitCodeOf(reply.status));
    write(
      `${renderText(reply, { ansi: opts.interactive, width: Math.min(120, (opts.output as NodeJS.WriteStream).columns ?? 100) })}\n`,
    );
    if (opts.interactive) rl.prompt();
  }
  rl.close();
  return outcome;
}
