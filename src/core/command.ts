// Commands are data: a name, a description, a zod input, who may run it, and a handler returning a Reply.
// One registry lists them; /help, Slack's manifest and Discord's registration are generated from it.
import type { z } from 'zod';
import type { Corpus } from './corpus.js';
import type { KnowledgeAccess } from './knowledge/access.js';
import type { EntityKind } from './model.js';
import type { ChannelPlatform, ChannelRef, Clock, Logger } from './ports.js';
import { type Reply, UserError, userError } from './reply.js';
import type { SourcesService } from './sources/service.js';
import { editDistance, stripInvisible } from './text/normalise.js';

export type Platform = ChannelPlatform;

export interface Caller {
  platform: Platform;
  userId: string;
  isAdmin: boolean;
}

export interface CommandContext {
  corpus: Corpus;
  clock: Clock;
  logger: Logger;
  caller: Caller;
  /** Every command, for /help. */
  registry: readonly AnyCommand[];
  /** The field's catalogues (MITRE ATT&CK, MISP galaxy, CISA KEV), read on first use; absent in some tests. */
  knowledge?: KnowledgeAccess;
  /** Sources, follows and briefings; absent where they are not enabled. */
  sources?: SourcesService;
  /** The channel the command came from, for /follow and /brief (the terminal's is "console"). */
  channel?: ChannelRef;
}

export type Permission = 'anyone' | 'admin';

export interface CommandSpec<S extends z.ZodObject> {
  name: string;
  description: string;
  /** Usage line shown with every argument error, e.g. "/who NAME". */
  usage: string;
  /** Examples shown by /help. */
  examples?: string[];
  input: S;
  /** The field that takes the free words of a text command ("/who Oliver Dowden" → name). */
  rest?: keyof z.infer<S> & string;
  requires: Permission;
  run(input: z.infer<S>, ctx: CommandContext): Reply | Promise<Reply>;
}

export type AnyCommand = CommandSpec<z.ZodObject>;

export function defineCommand<S extends z.ZodObject>(spec: CommandSpec<S>): CommandSpec<S> {
  return spec;
}

export interface ParsedLine {
  name: string;
  words: string[];
  options: Record<string, string>;
}

/**
 * Splits a text command line ("timeline \"electoral commission\" from:2021") into fields: `key:value`
 * words go to their field, everything else joins the command's `rest` field. Quotes group words.
 */
export function parseCommandLine(line: string): ParsedLine {
  const tokens: string[] = [];
  const re = /(\w+:)?(?:"([^"]*)"|“([^”]*)”|'([^']*)'|(\S+))/g;
  line = stripInvisible(line);
  for (let m = re.exec(line.trim()); m; m = re.exec(line.trim()))
    tokens.push((m[1] ?? '') + (m[2] ?? m[3] ?? m[4] ?? m[5] ?? ''));
  return fieldsOf(tokens);
}

/**
 * The same fields from words already split, as a shell splits its arguments: each argument is one word
 * or one whole value, spaces and all (`'schedule:0 8 * * 1-5'`). Quotes around a value are dropped, so
 * `'schedule:"0 8 * * 1-5"'` means the same.
 */
export function parseCommandArgs(args: readonly string[]): ParsedLine {
  return fieldsOf(
    args.map((a) => stripInvisible(a).replace(/^((?:\w+:)?)(?:"(.*)"|“(.*)”|'(.*)')$/s, '$1$2$3$4')),
  );
}

function fieldsOf(tokens: readonly string[]): ParsedLine {
  const [first = '', ...rest] = tokens;
  const options: Record<string, string> = {};
  const words: string[] = [];
  for (const t of rest) {
    const kv = /^([a-z][\w-]*):(.*)$/is.exec(t);
    // An address (https:…, ftp://…, file://…) is a word, never an option named after its scheme.
    const address = kv?.[2]?.startsWith('//') || /^https?$/i.test(kv?.[1] ?? '');
    if (kv?.[1] && kv[2] !== undefined && kv[2] !== '' && !address) options[kv[1].toLowerCase()] = kv[2];
    else words.push(t);
  }
  return { name: first.replace(/^\//, '').toLowerCase(), words, options };
}

/** Builds a command's raw input from a parsed text line. */
export function inputFromText(
  cmd: AnyCommand,
  words: string[],
  options: Record<string, string>,
): Record<string, unknown> {
  const raw: Record<string, unknown> = { ...options };
  if (cmd.rest && words.length > 0) raw[cmd.rest] = words.join(' ');
  else if (words.length > 0) raw._extra = words.join(' ');
  return raw;
}

/**
 * Runs one command with validated input. Never throws: a user mistake becomes a helpful answer, anything
 * else is logged once with context and answered with a short apology.
 */
export async function dispatch(
  cmd: AnyCommand,
  raw: Record<string, unknown>,
  ctx: CommandContext,
): Promise<Reply> {
  raw = visibleInput(raw);
  if (cmd.requires === 'admin' && !ctx.caller.isAdmin) {
    return userError(
      `/${cmd.name} needs the admin permission.`,
      'Ask an admin of this workspace, or see SITREP_ADMINS in the README.',
    );
  }
  const known = new Set(Object.keys(cmd.input.shape));
  const unknown = Object.keys(raw).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    const what = unknown
      .map((k) =>
        k === '_extra' ? `unexpected words ${quoted(String(raw[k]))}` : `unknown option ${shorten(k)}:`,
      )
      .join(', ');
    return userError(`${capitalise(what)}.`, `Usage: ${cmd.usage}`);
  }
  const parsed = cmd.input.safeParse(raw);
  if (!parsed.success) return userError(describeIssues(parsed.error, raw), `Usage: ${cmd.usage}`);
  try {
    return await cmd.run(parsed.data, ctx);
  } catch (err) {
    if (err instanceof UserError)
      return userError(err.message, err.hint ?? `Usage: ${cmd.usage}`, err.suggestions);
    ctx.logger.error('command failed', {
      command: cmd.name,
      input: raw,
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
    return {
      status: 'error',
      title: 'Something went wrong',
      blocks: [
        {
          type: 'text',
          text: `Sorry, /${cmd.name} failed on our side. It has been logged; please try again.`,
        },
      ],
    };
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Typed text loses invisible characters before it is read, stored or echoed, as reports do at ingest. */
function visibleInput(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? stripInvisible(v) : v]),
  );
}

/** How much of what was typed an answer repeats: enough to recognise it, never the whole paste. */
export const ECHO_CHARS = 60;

/** `text` cut to ECHO_CHARS characters, with an ellipsis when cut. */
export function shorten(text: string, max = ECHO_CHARS): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

/** `text` in quotes as an answer repeats it: shortened, saying how long it really was. */
export function quoted(text: string, max = ECHO_CHARS): string {
  const length = [...text].length;
  return `"${shorten(text, max)}"${length > max ? ` (${length.toLocaleString('en-GB')} characters)` : ''}`;
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
      return `✖ ${issue.message}${at}`;
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

/**
 * How an adapter runs a command: by name, with raw (unvalidated) input, for a caller on a platform, from a
 * channel (what /follow and /brief act on; the terminal's is "console"). Implemented in src/app, where admin
 * rights and the shared services are known. Never throws.
 */
export interface Executor {
  execute(
    command: string,
    raw: Record<string, unknown>,
    caller: Omit<Caller, 'isAdmin'>,
    channel?: string,
  ): Promise<Reply>;
  /** Entity or speaker names for autocomplete, best first. */
  suggest(typed: string, kinds: EntityKind[] | undefined, limit: number): string[];
  /** Whether this caller may run this command (false for a non-admin and an admin command). */
  allowed(command: string, caller: Omit<Caller, 'isAdmin'>): boolean;
}
