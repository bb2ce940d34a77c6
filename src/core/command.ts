// Commands are data: a name, a description, a zod input, who may run it, and a handler returning a Reply.
// One registry lists them; /help, Slack's manifest and Discord's registration are generated from it. Text
// transports split a line into fields here; src/core/executor.ts finds, checks and runs the command.
import { z } from 'zod';
import type { Corpus } from './corpus.js';
import type { KnowledgeAccess } from './knowledge/access.js';
import type { EntityKind } from './model.js';
import type { ChannelPlatform, ChannelRef, Clock, Logger } from './ports.js';
import type { Reply } from './reply.js';
import type { SourcesService } from './sources/service.js';
import type { BundleFiles } from './stix/bundle-files.js';
import { stripInvisible } from './text/normalise.js';

export type Platform = ChannelPlatform;

export interface Caller {
  platform: Platform;
  userId: string;
  isAdmin: boolean;
}

/** Who asks, as a transport knows them; the executor decides their rights. */
export type CallerId = Omit<Caller, 'isAdmin'>;

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
  /** Where /export writes its bundles; absent where exports are not enabled. */
  bundles?: BundleFiles;
}

export type Permission = 'anyone' | 'admin';

/** The kinds of entity a name field names; 'any' for every kind. */
export type NameKinds = 'any' | readonly EntityKind[];

export interface CommandSpec<S extends z.ZodObject> {
  name: string;
  description: string;
  /** Usage line shown with every argument error, e.g. "/who NAME". */
  usage: string;
  /** Examples shown by /help. */
  examples?: string[];
  /** The input; each field's `.describe()` is what a transport shows while it is typed (Discord's options). */
  input: S;
  /** The field that takes the free words of a text command ("/who Oliver Dowden" → name). */
  rest?: keyof z.infer<S> & string;
  /**
   * Fields whose value is a name in the corpus, with the kinds it names. Transports that suggest while
   * typing (Discord's autocomplete) suggest names for these fields, and only these.
   */
  names?: { readonly [K in keyof z.infer<S> & string]?: NameKinds };
  requires: Permission;
  run(input: z.infer<S>, ctx: CommandContext): Reply | Promise<Reply>;
}

export type AnyCommand = CommandSpec<z.ZodObject>;

export function defineCommand<S extends z.ZodObject>(spec: CommandSpec<S>): CommandSpec<S> {
  return spec;
}

/**
 * A text field a command cannot answer without: a missing and an empty value get the same answer (`hint`,
 * e.g. "Give a name, e.g. /who APT31"), a longer one than `max` the size limit.
 */
export function requiredText(hint: string, max: number) {
  return z.string({ error: hint }).trim().min(1, hint).max(max);
}

/** The registry's command of that name ("who", "/who", "WHO"), if there is one. */
export function findCommand(registry: readonly AnyCommand[], name: string): AnyCommand | undefined {
  const n = name.replace(/^\//, '').toLowerCase();
  return registry.find((c) => c.name === n);
}

/**
 * Whether a field of a command takes a name, and which kinds it suggests (`undefined`: every kind); null
 * when it takes no name.
 */
export function nameField(cmd: AnyCommand, field: string): { kinds: EntityKind[] | undefined } | null {
  const kinds = cmd.names && Object.hasOwn(cmd.names, field) ? cmd.names[field] : undefined;
  if (kinds === undefined) return null;
  return { kinds: kinds === 'any' ? undefined : [...kinds] };
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

/** The command a text line names ("/who APT31" → "who"), for a transport that words its answer by command. */
export function commandName(line: string): string {
  return parseCommandLine(line).name;
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

/** Schemes written without `//` that a pasted address may carry; no option is named after one. */
const ADDRESS_SCHEME = /^(?:https?|mailto|data|javascript|vbscript|file|tel|urn|blob|about)$/i;

function fieldsOf(tokens: readonly string[]): ParsedLine {
  const [first = '', ...rest] = tokens;
  const options: Record<string, string> = {};
  const words: string[] = [];
  for (const t of rest) {
    const kv = /^([a-z][\w-]*):(.*)$/is.exec(t);
    // An address (https:…, ftp://…, mailto:…) is a word, never an option named after its scheme.
    const address = kv?.[2]?.startsWith('//') || ADDRESS_SCHEME.test(kv?.[1] ?? '');
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
