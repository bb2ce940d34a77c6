// `sitrep knowledge [status | update [--from URL]... | import PATH...]`: the field's catalogues in. `update`
// downloads them from their publishers (or a mirror) through the fetcher, conditional on the last
// download; `import` reads the same files from disk; both print a progress line per catalogue and save
// one new snapshot, or keep the previous one. `status` (and no subcommand) shows /knowledge's answer.

import { COMMANDS } from '../../../commands/index.js';
import { EXIT, type ExitCode, worse } from '../../adapters/terminal/exit-codes.js';
import { findCommand, quoted } from '../../core/command.js';
import { CATALOGUE_URLS } from '../../core/knowledge/publishers.js';
import {
  type CatalogueInput,
  type CatalogueOutcome,
  downloads,
  type RefreshProgress,
  type RefreshResult,
  refreshKnowledge,
} from '../../core/knowledge/refresh.js';
import { countOf } from '../../core/paging.js';
import { listCatalogueFiles } from '../../infra/catalogue-files.js';
import { systemClock } from '../../infra/clock.js';
import { createFetcher } from '../../infra/fetcher.js';
import type { Config } from '../config.js';
import type { Io } from '../io.js';
import { databaseSettings, openRuntime } from '../runtime.js';
import { askTool } from './ask.js';
import { JSON_OPTION, type Tool, type ToolContext, type ToolInput } from './tool.js';

const USAGE = 'sitrep knowledge [status | update [--from URL]... | import PATH...] [--json]';

export const KNOWLEDGE: Tool = {
  name: 'knowledge',
  args: '[status | update [--from URL]... | import PATH...]',
  summary:
    'The catalogues loaded (ATT&CK, MISP galaxy, CISA KEV); update downloads them, import reads a folder',
  details: `status (the default) shows what is loaded, as /knowledge does. update downloads every catalogue from
its publisher (SITREP_KNOWLEDGE_URLS, or --from URL once per file, for a mirror), asking each whether it
changed since the last download. import reads the same files from disk: a folder's .json files, or files
named; each file's format is told from its content. A catalogue that fails to arrive or is damaged is
reported and its previous version stays; exit code 2 then. Restart a running bot to use a new snapshot.`,
  options: { ...JSON_OPTION, from: { type: 'string', multiple: true } },
  positionals: true,
  run: (input, ctx) => {
    const [sub = 'status', ...rest] = input.positionals;
    const from = input.values.from;
    if (from !== undefined && sub !== 'update') return refuse(ctx.io, '--from goes with update only.');
    if (sub === 'status' && rest.length === 0) return status(input, ctx);
    if (sub === 'update' && rest.length === 0) return update(Array.isArray(from) ? from : null, ctx);
    if (sub === 'import' && rest.length > 0) return importFiles(rest, ctx);
    if (sub === 'import') return refuse(ctx.io, 'Give the folder (or files) to import.');
    return refuse(ctx.io, `Unexpected ${quoted([sub, ...rest].join(' '))}.`);
  },
};

async function refuse(io: Io, message: string): Promise<ExitCode> {
  io.stderr.write(`sitrep knowledge: ${message}\nUsage: ${USAGE}\n`);
  return EXIT.userError;
}

/** The same answer as /knowledge, from the same command. */
function status(input: ToolInput, ctx: ToolContext): Promise<ExitCode> {
  const command = findCommand(COMMANDS, 'knowledge');
  if (!command) throw new Error('the knowledge command is not registered');
  return askTool(command).run({ values: input.values, positionals: [] }, ctx);
}

async function update(from: string[] | null, ctx: ToolContext): Promise<ExitCode> {
  const bad = (from ?? []).filter((u) => !/^https?:\/\/\S+$/i.test(u));
  if (bad.length > 0)
    return refuse(ctx.io, `Not an http(s) address: ${bad.map((u) => quoted(u)).join(', ')}.`);
  const cfg = ctx.config();
  const urls = from ?? (cfg.SITREP_KNOWLEDGE_URLS.length > 0 ? cfg.SITREP_KNOWLEDGE_URLS : CATALOGUE_URLS);
  const fetcher = createFetcher({
    allowHosts: cfg.SITREP_FETCH_ALLOW_HOSTS,
    timeoutMs: cfg.SITREP_FETCH_TIMEOUT * 1000,
  });
  try {
    return await refresh(downloads(urls, fetcher), cfg, ctx);
  } finally {
    await fetcher.close();
  }
}

async function importFiles(paths: string[], ctx: ToolContext): Promise<ExitCode> {
  const listing = listCatalogueFiles(paths);
  for (const r of listing.refused) ctx.io.stderr.write(`${r.path}: ${r.reason}\n`);
  if (listing.inputs.length === 0) {
    if (listing.refused.length === 0) ctx.io.stderr.write(`No .json file in ${paths.join(', ')}.\n`);
    return EXIT.userError;
  }
  const code = await refresh(listing.inputs, ctx.config(), ctx);
  return worse(listing.refused.length > 0 ? EXIT.userError : EXIT.ok, code);
}

async function refresh(inputs: CatalogueInput[], cfg: Config, ctx: ToolContext): Promise<ExitCode> {
  // Catalogues only: the bundled reports go into a corpus that npm start finds empty, not here.
  const rt = await openRuntime({
    dataDir: cfg.DATA_DIR,
    database: databaseSettings(cfg),
    seedsDir: null,
    clock: systemClock,
    logger: ctx.logger(),
  });
  try {
    const result = await refreshKnowledge(inputs, {
      store: rt.knowledgeStore,
      clock: rt.clock,
      progress: progressLines(ctx.io),
    });
    ctx.io.stdout.write(ctx.json ? `${JSON.stringify(result, null, 2)}\n` : summary(result));
    const failed = result.outcomes.some((o) => o.status === 'failed' || o.status === 'malformed');
    return failed || result.dropped.length > 0 ? EXIT.failure : EXIT.ok;
  } finally {
    await rt.close();
  }
}

/** "[2/8] https://… " when a catalogue's turn comes, and what became of it on the same line. */
function progressLines(io: Io): RefreshProgress {
  return {
    start: (url, i, total) => io.stderr.write(`[${i + 1}/${total}] ${url} … `),
    done: (outcome) => io.stderr.write(`${outcomeText(outcome)}\n`),
  };
}

function outcomeText(o: CatalogueOutcome): string {
  switch (o.status) {
    case 'updated': {
      const c = o.catalogue;
      const what = [c.title, c.version ? `version ${c.version}` : null, c.date].filter(Boolean).join(', ');
      const skipped = c.skipped > 0 ? `, ${countOf(c.skipped, 'object')} skipped as malformed` : '';
      return `updated: ${what} (${countOf(c.records, 'object')}${skipped})`;
    }
    case 'unchanged':
      return `not modified${o.catalogue ? `: ${o.catalogue.title}` : ''}`;
    case 'failed':
      return `failed: ${o.message}; the version loaded before stays`;
    case 'malformed':
      return `skipped, not a readable catalogue: ${o.message}; the version loaded before stays`;
    case 'passed-over':
      return 'passed over: not a catalogue';
  }
}

function summary(r: RefreshResult): string {
  const lines = r.dropped.map((d) => `Left out ${d.id}: its kept copy cannot be read (${d.message}).`);
  if (!r.saved) lines.push('Knowledge unchanged: nothing new was read, the snapshot loaded before stays.');
  else {
    const c = r.saved.counts;
    lines.push(
      `Knowledge saved: ${countOf(r.saved.catalogues.length, 'catalogue')}; ${countOf(c.threat_actor, 'actor')}, ` +
        `${countOf(c.malware, 'malware', 'malware')}, ${countOf(c.tool, 'tool')}, ${countOf(c.campaign, 'campaign')}, ` +
        `${countOf(c.vulnerability, 'CVE')}. sitrep knowledge shows them; restart a running bot to use them.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
