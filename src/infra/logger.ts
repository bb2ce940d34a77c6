// Structured logs, one JSON line each, to stderr so stdout stays the command's answer.
import type { Logger } from '../core/ports.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export function createLogger(
  level: LogLevel = 'info',
  write: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Logger {
  const log = (
    lvl: Exclude<LogLevel, 'silent' | 'debug'>,
    message: string,
    context?: Record<string, unknown>,
  ) => {
    if (ORDER[lvl] < ORDER[level]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: lvl, message, ...context }));
  };
  return {
    info: (m, c) => log('info', m, c),
    warn: (m, c) => log('warn', m, c),
    error: (m, c) => log('error', m, c),
  };
}

/** A logger that keeps lines in memory, for tests. */
export function memoryLogger(): Logger & {
  lines: { level: string; message: string; context?: Record<string, unknown> }[];
} {
  const lines: { level: string; message: string; context?: Record<string, unknown> }[] = [];
  const push = (level: string) => (message: string, context?: Record<string, unknown>) => {
    lines.push(context ? { level, message, context } : { level, message });
  };
  return { lines, info: push('info'), warn: push('warn'), error: push('error') };
}
