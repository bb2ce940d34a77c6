// `npm run bench -- ARGS` as the bench tests run it: a child process, to its end.
import { spawn } from 'node:child_process';
import { ROOT, RUN_SCRIPT } from '../../bench/runner/util.js';

/** Runs the benchmark with `args`; resolves to its exit code, stdout and stderr. */
export function bench(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', RUN_SCRIPT, ...args], { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out: stdout, err: stderr })));
}
