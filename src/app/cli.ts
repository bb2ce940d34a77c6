// `npm run sitrep -- <command>`: one-shot commands, ingest and export, without the console.
// Exit codes: 0 answered, 1 user error (message on stderr), 2 failure.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderText } from '../adapters/terminal/render.js';
import { runLine } from '../adapters/terminal/run-line.js';
import { buildExport } from '../core/export.js';
import type { IngestSummary } from '../core/ingest.js';
import { systemClock } from '../infra/clock.js';
import { listReportFiles } from '../infra/files.js';
import { createLogger } from '../infra/logger.js';
import { ConfigError, loadConfig } from './config.js';
import { inviteUrl, registerDiscordCommands } from './discord.js';
import { createExecutor } from './executor.js';
import { runPollCommand } from './poll.js';
import { openRuntime } from './runtime.js';
import { printableManifest } from './slack.js';
import { createSources } from './sources.js';

const USAGE = `Usage: npm run sitrep -- <command> [arguments] [--json]

Commands:  who NAME · quote SPEAKER [topic] · timeline [topic] [from:DATE] [to:DATE] · search WORDS · sources · help
Sources:   source add URL [name:] [every:] · source list · follow QUERY · following · brief [since:]
           poll                            run one poll cycle now and print what it would post
Corpus:    ingest PATH...                  add .txt/.html/.md files or folders to the corpus in DATA_DIR
           export --corpus DIR --out FILE  extract DIR into a throwaway store and write the JSON export
Slack:     slack-manifest [--json] [--request-url URL]   the app manifest, generated from the commands
Discord:   discord-register [--guild ID]   register the slash commands (a guild for development, else global)`;

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const args = argv.filter((a) => a !== '--json');
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 1;
  }
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);

  if (command === 'export') return exportCorpus(rest, logger);
  if (command === 'discord-register') {
    const i = rest.indexOf('--guild');
    const guildId = i >= 0 ? rest[i + 1] : undefined;
    const result = await registerDiscordCommands(config, guildId ? { guildId } : {});
    process.stdout.write(
      `Registered ${result.names.length} commands (${result.scope}): ${result.names.map((n) => `/${n}`).join(' ')}\n`,
    );
    const appId = config.DISCORD_APPLICATION_ID;
    if (appId) process.stdout.write(`Invite the bot: ${inviteUrl(appId)}\n`);
    return 0;
  }
  if (command === 'slack-manifest') {
    const i = rest.indexOf('--request-url');
    const requestUrl = i >= 0 ? rest[i + 1] : undefined;
    process.stdout.write(
      `${printableManifest({ format: json ? 'json' : 'yaml', ...(requestUrl ? { requestUrl } : {}) })}\n`,
    );
    return 0;
  }

  const rt = await openRuntime({
    dataDir: config.DATA_DIR,
    seedsDir: config.SEEDS_DIR,
    clock: systemClock,
    logger,
  });
  try {
    if (command === 'ingest') return await ingestPaths(rest, rt.ingest.bind(rt), json);
    if (command === 'poll') return await runPollCommand(rt, config, { json });
    const line = [command, ...rest.map((a) => (/\s/.test(a) && !/^\w+:/.test(a) ? `"${a}"` : a))].join(' ');
    const sources = createSources(rt, config);
    const reply = await runLine(line, createExecutor(rt, config.SITREP_ADMINS, sources.service)).finally(() =>
      sources.close(),
    );
    const text = json
      ? `${JSON.stringify(reply, null, 2)}\n`
      : renderText(reply, { ansi: false, width: 100 });
    if (reply.status === 'ok') process.stdout.write(text);
    else process.stderr.write(text);
    return reply.status === 'ok' ? 0 : reply.status === 'user-error' ? 1 : 2;
  } finally {
    rt.close();
  }
}

async function ingestPaths(
  paths: string[],
  run: (
    i: ReturnType<typeof listReportFiles>['inputs'],
    p?: (x: { done: number; total: number }) => void,
  ) => Promise<IngestSummary>,
  json: boolean,
): Promise<number> {
  if (paths.length === 0) {
    process.stderr.write(
      'Usage: npm run sitrep -- ingest PATH...   (files or folders of .txt, .html, .md)\n',
    );
    return 1;
  }
  const { inputs, missing } = listReportFiles(paths);
  for (const m of missing) process.stderr.write(`not found: ${m}\n`);
  const started = Date.now();
  const tty = process.stderr.isTTY === true;
  const summary = await run(inputs, ({ done, total }) => {
    if (!tty || total < 20) return;
    const secs = (Date.now() - started) / 1000;
    const rate = done / Math.max(secs, 0.001);
    const left = (total - done) / Math.max(rate, 0.001);
    process.stderr.write(`\r${done}/${total}  ${rate.toFixed(0)} docs/s  ${left.toFixed(0)}s left   `);
  });
  if (tty && inputs.length >= 20) process.stderr.write('\n');
  if (json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else {
    process.stdout.write(
      `Ingested ${inputs.length} file(s): ${summary.added.length} new, ${summary.duplicates.length} duplicate(s), ${summary.failed.length} failed.\n`,
    );
    for (const f of summary.failed) process.stdout.write(`  failed: ${f.origin}: ${f.reason}\n`);
  }
  return missing.length > 0 ||
    (summary.failed.length > 0 && summary.added.length === 0 && summary.duplicates.length === 0)
    ? 1
    : 0;
}

async function exportCorpus(args: string[], logger: ReturnType<typeof createLogger>): Promise<number> {
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const corpusDir = opt('--corpus');
  const out = opt('--out');
  if (!corpusDir || !out) {
    process.stderr.write('Usage: npm run sitrep -- export --corpus DIR --out FILE.json\n');
    return 1;
  }
  const { inputs, missing } = listReportFiles([resolve(corpusDir)]);
  if (missing.length > 0 || inputs.length === 0) {
    process.stderr.write(`No reports found in ${corpusDir} (.txt, .html, .md).\n`);
    return 1;
  }
  // A throwaway store: export never touches the user's data.
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-export-'));
  try {
    const rt = await openRuntime({ dataDir: dir, seedsDir: null, clock: systemClock, logger });
    const summary = await rt.ingest(inputs);
    const items = summary.added.flatMap(({ id }) => {
      const doc = rt.store.getDocument(id);
      return doc ? [{ doc, extraction: rt.store.extractionOf(id) }] : [];
    });
    writeFileSync(out, `${JSON.stringify(buildExport(items), null, 1)}\n`);
    rt.close();
    process.stdout.write(
      `Exported ${items.length} document(s) to ${out}${summary.failed.length ? `; ${summary.failed.length} failed` : ''}.\n`,
    );
    for (const f of summary.failed) process.stderr.write(`  failed: ${f.origin}: ${f.reason}\n`);
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(
      `${err instanceof ConfigError ? err.message : `sitrep: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`}\n`,
    );
    process.exitCode = 2;
  },
);
