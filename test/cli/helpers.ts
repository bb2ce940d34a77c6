// `sitrep` and `npm start` in this process, with streams of their own; and the real binary, for what only
// a process shows (its exit, a closed pipe, another user's permissions).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { runCli } from '../../src/app/cli/run.js';
import type { Io } from '../../src/app/io.js';
import { serve } from '../../src/app/serve.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'sitrep.js');

export interface Run {
  code: number;
  out: string;
  err: string;
}

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `sitrep-${prefix}-`));

/** The environment of a run: nothing from this process's (no tokens, no .env), a data dir of its own. */
export function envFor(dataDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return { DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...extra };
}

function capture(): { stream: Writable; text(): string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

function ioFor(env: Record<string, string>, input?: string): { io: Io; out(): string; err(): string } {
  const stdout = capture();
  const stderr = capture();
  const stdin = new PassThrough();
  stdin.end(input ?? '');
  return {
    io: { stdin, stdout: stdout.stream, stderr: stderr.stream, env },
    out: stdout.text,
    err: stderr.text,
  };
}

/** `sitrep ARGS` in this process. */
export async function sitrep(args: string[], env: Record<string, string>): Promise<Run> {
  const { io, out, err } = ioFor(env);
  const code = await runCli(args, io);
  return { code, out: out(), err: err() };
}

/** `npm start` in this process, with `input` piped into its console. */
export async function npmStart(input: string, env: Record<string, string>): Promise<Run> {
  const { io, out, err } = ioFor(env, input);
  const code = await serve(io);
  return { code, out: out(), err: err() };
}

/** The real `sitrep` binary, as a shell runs it; several can run at once. */
export function spawnBin(
  args: string[],
  opts: { cwd?: string; env: Record<string, string>; uid?: number; gid?: number },
): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...opts.env },
    ...(opts.uid !== undefined ? { uid: opts.uid } : {}),
    ...(opts.gid !== undefined ? { gid: opts.gid } : {}),
    timeout: 60_000,
  });
  child.stdin.end();
  const out: string[] = [];
  const err: string[] = [];
  child.stdout.setEncoding('utf8').on('data', (d: string) => out.push(d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => err.push(d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out: out.join(''), err: err.join('') }));
  });
}
