// `npm run readme:samples`: README's sample outputs come from the product. A block README marks with
// `<!-- sample: who APT31 -->` and a ```text fence holds what the piped console (`printf '/who APT31\n' |
// npm start -s`) answers over the bundled reports in a fresh data directory. This script rewrites every
// marked block; test/app/readme-samples.test.ts fails when one differs from today's answer.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runConsole } from '../adapters/terminal/console.js';
import { runLine } from '../adapters/terminal/run-line.js';
import type { Executor } from '../core/executor.js';
import { describeError } from '../core/util/errors.js';
import { fixedClock } from '../infra/clock.js';
import { createLogger } from '../infra/logger.js';
import { loadConfig } from './config.js';
import { createExecutor } from './executor.js';
import { openRuntime } from './runtime.js';
import { createSources } from './sources.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/**
 * The moment samples are taken at: answers that depend on today (/brief) would otherwise change every day
 * and the check would fail for no reason.
 */
const SAMPLE_TIME = new Date('2026-01-05T09:00:00Z');
/** A marked block: the marker line, the opening fence, the text, the closing fence. */
const SAMPLE = /^<!-- sample: (.+?) -->\n```text\n([\s\S]*?)^```$/gm;

export interface Sample {
  /** The console line without its slash: "who APT31". */
  command: string;
  /** The block's text as README has it. */
  text: string;
}

export function readmeSamples(readme: string): Sample[] {
  return [...readme.matchAll(SAMPLE)].map((m) => ({
    command: (m[1] ?? '').trim(),
    text: (m[2] ?? '').replace(/\n$/, ''),
  }));
}

/** README with each marked block's text replaced by the command's output. */
export function withSamples(readme: string, outputs: ReadonlyMap<string, string>): string {
  return readme.replace(SAMPLE, (block, command: string) => {
    const text = outputs.get(command.trim());
    return text === undefined ? block : `<!-- sample: ${command} -->\n\`\`\`text\n${text}\n\`\`\``;
  });
}

/** Each command's answer from the piped console, over the bundled reports in a temporary data directory. */
export async function sampleOutputs(
  commands: readonly string[],
  seedsDir = join(ROOT, 'seeds'),
): Promise<Map<string, string>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sitrep-samples-'));
  try {
    const config = loadConfig({ DATA_DIR: dataDir, SEEDS_DIR: seedsDir });
    const rt = await openRuntime({
      dataDir,
      seedsDir,
      clock: fixedClock(SAMPLE_TIME),
      logger: createLogger('warn'),
    });
    const sources = createSources(rt, config);
    try {
      const executor = createExecutor(rt, config.SITREP_ADMINS, sources.service);
      const outputs = new Map<string, string>();
      for (const command of commands) outputs.set(command, await pipedAnswer(command, executor));
      return outputs;
    } finally {
      await sources.close();
      await rt.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** What `printf '/COMMAND\n' | npm start -s` prints: the console, reading a pipe, writing to a pipe. */
async function pipedAnswer(command: string, executor: Executor): Promise<string> {
  let text = '';
  const output = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  await runConsole({
    input: Readable.from([`/${command.replace(/^\//, '')}\n`]),
    output,
    interactive: false,
    execute: (line) => runLine(line, executor),
  });
  // The console ends each answer with a blank line; a README block does not.
  return text.trimEnd();
}

async function main(): Promise<void> {
  const path = join(ROOT, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const samples = readmeSamples(readme);
  const outputs = await sampleOutputs(samples.map((s) => s.command));
  const changed = samples.filter((s) => outputs.get(s.command) !== s.text).map((s) => s.command);
  if (changed.length > 0) writeFileSync(path, withSamples(readme, outputs));
  process.stdout.write(
    `${samples.length} sample(s) in README.md; ${changed.length === 0 ? 'all current' : `updated: ${changed.join(', ')}`}\n`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    process.stderr.write(`readme:samples: ${describeError(err)}\n`);
    process.exitCode = 1;
  });
}
