// `sitrep <command>`: one-shot commands, ingest and export, without the console. Arguments are parsed
// strictly (node:util parseArgs): an unknown option, or one missing its value, stops with the usage
// instead of running with a guess; `--help` prints the usage and does nothing else.
import { parseArgs } from 'node:util';
import { EXIT, type ExitCode } from '../../adapters/terminal/exit-codes.js';
import { quoted } from '../../core/command.js';
import type { Logger } from '../../core/ports.js';
import { describeError } from '../../core/util/errors.js';
import { createLogger } from '../../infra/logger.js';
import { type Config, loadConfig } from '../config.js';
import { describeFailure, isExpected } from '../fatal.js';
import { type Io, quietWhenClosed } from '../io.js';
import { runPollCommand } from '../poll.js';
import { ASK_TOOLS } from './ask.js';
import { EXPORT, INGEST } from './corpus.js';
import { KNOWLEDGE } from './knowledge.js';
import { MIGRATE } from './migrate.js';
import { DISCORD_INVITE, DISCORD_REGISTER, SLACK_MANIFEST } from './platforms.js';
import { JSON_OPTION, type Tool, type ToolContext, type ToolInput, withRuntime } from './tool.js';
import { closestTools, toolHelp, usage } from './usage.js';

const POLL: Tool = {
  name: 'poll',
  args: '',
  summary: 'Run one poll cycle now and print what it would post',
  options: JSON_OPTION,
  positionals: false,
  run: (_input, ctx) =>
    withRuntime(ctx, async (rt, cfg) => {
      const write = (t: string) => ctx.io.stdout.write(t);
      return (await runPollCommand(rt, cfg, { json: ctx.json, write })) === 0 ? EXIT.ok : EXIT.failure;
    }),
};

export const TOOL_GROUPS: readonly { title: string; tools: readonly Tool[] }[] = [
  { title: 'Ask (the chat commands; with --json the answer is printed as data)', tools: ASK_TOOLS },
  { title: 'Corpus', tools: [INGEST, EXPORT, MIGRATE] },
  { title: 'Knowledge (the field’s catalogues)', tools: [KNOWLEDGE] },
  { title: 'Sources', tools: [POLL] },
  { title: 'Slack and Discord', tools: [SLACK_MANIFEST, DISCORD_INVITE, DISCORD_REGISTER] },
];
const TOOLS = TOOL_GROUPS.flatMap((g) => g.tools);

/** Runs one command line; resolves to the exit code and never throws. */
export async function runCli(argv: readonly string[], io: Io): Promise<ExitCode> {
  quietWhenClosed(io.stdout);
  quietWhenClosed(io.stderr);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    (name ? io.stdout : io.stderr).write(usage(TOOL_GROUPS));
    return name ? EXIT.ok : EXIT.userError;
  }
  const tool = TOOLS.find((t) => t.name === name.toLowerCase());
  if (!tool) {
    const close = closestTools(name, TOOLS);
    io.stderr.write(
      `Unknown command ${quoted(name)}.${close.length ? ` Did you mean ${close.join(' or ')}?` : ''} sitrep --help lists them.\n`,
    );
    return EXIT.userError;
  }
  let input: ToolInput;
  try {
    input = parse(tool, rest);
  } catch (err) {
    io.stderr.write(`sitrep ${tool.name}: ${describeError(err)}\n`);
    io.stderr.write(`Usage: sitrep ${tool.name} ${tool.args}\n`.replace(/ \n$/, '\n'));
    return EXIT.userError;
  }
  if (input.values.help === true) {
    io.stdout.write(toolHelp(tool));
    return EXIT.ok;
  }
  const json = input.values.json === true;
  try {
    return await tool.run(input, context(io, json));
  } catch (err) {
    reportFailure(io, tool.name, err, json);
    return EXIT.failure;
  }
}

/** A run that could not do its work: one line on stderr, or with --json an error document on stdout. */
function reportFailure(io: Io, command: string, err: unknown, json: boolean): void {
  if (!json) {
    io.stderr.write(describeFailure(err, io.env ?? process.env));
    return;
  }
  const error = {
    code: isExpected(err) ? 'startup' : 'failed',
    message: describeError(err),
  };
  io.stdout.write(`${JSON.stringify({ command, status: 'error', error }, null, 2)}\n`);
}

function parse(tool: Tool, args: string[]): ToolInput {
  const { values, positionals } = parseArgs({
    args,
    options: { ...tool.options, help: { type: 'boolean', short: 'h' } },
    allowPositionals: tool.positionals,
    strict: true,
  });
  return { values: values as ToolInput['values'], positionals };
}

function context(io: Io, json: boolean): ToolContext {
  let config: Config | undefined;
  let logger: Logger | undefined;
  const ctx: ToolContext = {
    io,
    json,
    config: () => {
      config ??= loadConfig(io.env);
      return config;
    },
    logger: () => {
      logger ??= createLogger(ctx.config().LOG_LEVEL);
      return logger;
    },
  };
  return ctx;
}
