// How every transport runs a command. The executor finds the command once in the registry, reads its input
// once (zod), checks the caller's rights, and runs it; it never throws. Slack and the terminal hand it a
// typed line, Discord its typed options: one path for all of them. A user mistake becomes an answer with a
// hint; anything else is logged once with context and answered with the apology.
import type { z } from 'zod';
import {
  type AnyCommand,
  type CallerId,
  type CommandContext,
  findCommand,
  inputFromText,
  type ParsedLine,
  parseCommandLine,
  quoted,
  shorten,
} from './command.js';
import { isKnowledgeKind } from './knowledge/model.js';
import type { EntityKind } from './model.js';
import { apology, type Reply, UserError, userError } from './reply.js';
import { editDistance, stripInvisible } from './text/normalise.js';
import { describeError } from './util/errors.js';

/**
 * A command ready to run, or the answer that stops it first (an unknown name, input it cannot read, a
 * caller without the right). A transport that must acknowledge before slow work (Discord) answers a
 * refusal at once and acknowledges only what will run.
 */
export type Prepared = { ok: false; reply: Reply } | { ok: true; run(): Promise<Reply> };

/**
 * A command by name with raw (unvalidated) input, for a caller on a platform, from a channel (what /follow
 * and /brief act on; the terminal's is "console"). Nothing here throws.
 */
export interface Executor {
  /** A typed line ("who APT31", "timeline from:2021"), or one already split into fields (the shell's words). */
  executeLine(line: string | ParsedLine, caller: CallerId, channel?: string): Promise<Reply>;
  /** Typed options, as Discord sends them. */
  execute(command: string, raw: Record<string, unknown>, caller: CallerId, channel?: string): Promise<Reply>;
  /** The same as `execute`, in two steps: what stops it now, or the run. */
  prepare(
    command: string,
    raw: Record<string, unknown>,
    caller: CallerId,
    channel?: string,
  ): Promise<Prepared>;
  /** Entity or speaker names for autocomplete, best first. */
  suggest(typed: string, kinds: EntityKind[] | undefined, limit: number): Promise<string[]>;
}

export interface ExecutorSetup {
  registry: readonly AnyCommand[];
  /** What every command is given, whoever calls: the corpus, clock, logger, sources and exports where enabled. */
  services: Pick<CommandContext, 'corpus' | 'knowledge' | 'clock' | 'logger' | 'sources' | 'bundles'>;
  isAdmin(caller: CallerId): boolean;
}

export function createExecutor(setup: ExecutorSetup): Executor {
  const prepareRaw = (name: string, raw: Record<string, unknown>, caller: CallerId, channel?: string) => {
    const cmd = findCommand(setup.registry, name);
    if (!cmd) return refusal(unknownCommand(name, setup.registry));
    return prepare(cmd, raw, contextFor(setup, caller, channel));
  };
  // Async, so that even a bug in reading the input is a rejected promise, never a throw into a transport.
  return {
    async executeLine(line, caller, channel) {
      const { name, words, options } = typeof line === 'string' ? parseCommandLine(line) : line;
      const cmd = findCommand(setup.registry, name);
      if (!cmd) return unknownCommand(name, setup.registry);
      return settle(prepare(cmd, inputFromText(cmd, words, options), contextFor(setup, caller, channel)));
    },
    execute: async (command, raw, caller, channel) => settle(prepareRaw(command, raw, caller, channel)),
    prepare: async (command, raw, caller, channel) => prepareRaw(command, raw, caller, channel),
    suggest: (typed, kinds, limit) => suggestNames(setup.services, typed, kinds, limit),
  };
}

/**
 * Names the reports use first (the ones people ask about most), then catalogue names, when the catalogues
 * are read already: autocomplete answers at once, it never waits for them.
 */
async function suggestNames(
  services: ExecutorSetup['services'],
  typed: string,
  kinds: EntityKind[] | undefined,
  limit: number,
): Promise<string[]> {
  const out = await services.corpus.suggestNames(typed, kinds, limit);
  const kb = services.knowledge?.current();
  const known = kinds?.filter(isKnowledgeKind);
  if (!kb || out.length >= limit || known?.length === 0) return out;
  for (const name of kb.suggest(typed, limit, known)) if (!out.includes(name)) out.push(name);
  return out.slice(0, limit);
}

function contextFor(setup: ExecutorSetup, caller: CallerId, channel?: string): CommandContext {
  const ctx: CommandContext = {
    ...setup.services,
    caller: { ...caller, isAdmin: setup.isAdmin(caller) },
    registry: setup.registry,
  };
  const channelId = channel ?? (caller.platform === 'terminal' ? 'console' : undefined);
  if (channelId) ctx.channel = { platform: caller.platform, id: channelId };
  return ctx;
}

const refusal = (reply: Reply): Prepared => ({ ok: false, reply });
const settle = (p: Prepared): Promise<Reply> => (p.ok ? p.run() : Promise.resolve(p.reply));

/** Runs one command with raw input in a context: checks, reads the input, runs. Never throws. */
export function dispatch(cmd: AnyCommand, raw: Record<string, unknown>, ctx: CommandContext): Promise<Reply> {
  return settle(prepare(cmd, raw, ctx));
}

/** The caller's right, then the input read once; the run catches whatever the command throws. */
export function prepare(cmd: AnyCommand, raw: Record<string, unknown>, ctx: CommandContext): Prepared {
  raw = visibleInput(raw);
  if (cmd.requires === 'admin' && !ctx.caller.isAdmin)
    return refusal(
      userError(
        `/${cmd.name} needs the admin permission.`,
        'Ask an admin of this workspace, or see SITREP_ADMINS in the README.',
      ),
    );
  const unknown = unknownFields(cmd, raw);
  if (unknown) return refusal(userError(unknown, `Usage: ${cmd.usage}`));
  const parsed = cmd.input.safeParse(raw);
  if (!parsed.success) return refusal(userError(describeIssues(parsed.error, raw), `Usage: ${cmd.usage}`));
  return { ok: true, run: () => run(cmd, parsed.data, raw, ctx) };
}

async function run(
  cmd: AnyCommand,
  input: Record<string, unknown>,
  raw: Record<string, unknown>,
  ctx: CommandContext,
): Promise<Reply> {
  try {
    return await cmd.run(input, ctx);
  } catch (err) {
    if (err instanceof UserError)
      return userError(err.message, err.hint ?? `Usage: ${cmd.usage}`, err.suggestions);
    ctx.logger.error('command failed', {
      command: cmd.name,
      input: raw,
      error: describeError(err, { stack: true }),
    });
    return apology(cmd.name);
  }
}

/** Typed text loses invisible characters before it is read, stored or echoed, as reports do at ingest. */
function visibleInput(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? stripInvisible(v) : v]),
  );
}

/** "Unknown option x:, unexpected words "…"." for fields the command does not have; null when none. */
function unknownFields(cmd: AnyCommand, raw: Record<string, unknown>): string | null {
  const known = new Set(Object.keys(cmd.input.shape));
  const unknown = Object.keys(raw).filter((k) => !known.has(k));
  if (unknown.length === 0) return null;
  const what = unknown
    .map((k) =>
      k === '_extra' ? `unexpected words ${quoted(String(raw[k]))}` : `unknown option ${shorten(k)}:`,
    )
    .join(', ');
  return `${what.charAt(0).toUpperCase()}${what.slice(1)}.`;
}

/**
 * The input's problems in a line. A size limit is stated as such whatever message the schema gives
 * its field ("Give a name" is the answer to an empty name, not to one of 100,000 characters).
 */
function describeIssues(error: z.ZodError, raw: Record<string, unknown>): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length > 0 ? issue.path.join('.') : undefined;
      const at = field ? ` → at ${field}` : '';
      if (issue.code === 'too_big' && issue.origin === 'string') {
        // Counted as zod counts (UTF-16 units), so the length shown is the one compared with the limit.
        const length = String(raw[String(issue.path[0])] ?? '').trim().length;
        return `✖ The ${field ?? 'input'} is too long: ${length.toLocaleString('en-GB')} characters; the limit is ${Number(issue.maximum).toLocaleString('en-GB')}.`;
      }
      if (issue.code === 'too_big' && issue.origin === 'number')
        return `✖ The ${field ?? 'number'} must be at most ${String(issue.maximum)}.`;
      // The schema's own sentences ("Give a name, e.g. /who APT31") name what they need; zod's defaults
      // ("Invalid input: expected number") do not, so those say which field.
      const written = /\be\.g\.|[.!?)]$/.test(issue.message);
      return `✖ ${issue.message}${written ? '' : at}`;
    })
    .join(' ');
}

/** The answer to a command name nobody defined, with the names it may have been meant as. */
export function unknownCommand(name: string, registry: readonly AnyCommand[]): Reply {
  const close = registry
    .filter((c) => editDistance(c.name, name, 2) <= 2 || (name !== '' && c.name.startsWith(name)))
    .map((c) => `/${c.name}`);
  return userError(`Unknown command ${quoted(name)}.`, 'Type /help for the list of commands.', close);
}
