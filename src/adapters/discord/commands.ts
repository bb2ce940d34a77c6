// Discord application commands generated from the command registry: one CHAT_INPUT command per command,
// its options typed from the command's zod input. Registration PUTs the whole list, so what Discord shows
// is always exactly the registry (commands removed from it disappear).
import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  OAuth2Scopes,
  PermissionFlagsBits,
  PermissionsBitField,
  REST,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  Routes,
} from 'discord.js';
import { z } from 'zod';
import { COMMANDS } from '../../../commands/index.js';
import { type AnyCommand, nameField } from '../../core/command.js';

// Discord's limits for application commands.
export const COMMAND_NAME = /^[-_\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
export const COMMAND_DESCRIPTION_MAX = 100;
export const OPTIONS_MAX = 25;
export const OPTION_STRING_LENGTH_MAX = 6000;
/** Name, description and every option's name and description of one command together. */
export const COMMAND_TOTAL_MAX = 4000;
export const AUTOCOMPLETE_CHOICES_MAX = 25;
export const CHOICE_TEXT_MAX = 100;

export type DiscordCommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;

export function discordCommands(registry: readonly AnyCommand[]): DiscordCommandJson[] {
  return registry.map((cmd) => {
    if (!COMMAND_NAME.test(cmd.name))
      throw new Error(`/${cmd.name} is not a valid Discord command name (lower case, 1–32 characters)`);
    const options = Object.entries(cmd.input.shape).map(([key, field]) =>
      optionFor(cmd, key, field as z.ZodType),
    );
    if (options.length > OPTIONS_MAX) throw new Error(`/${cmd.name} has more than ${OPTIONS_MAX} options`);
    // Discord requires every required option to come before the optional ones.
    options.sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false));
    const json: DiscordCommandJson = {
      type: ApplicationCommandType.ChatInput,
      name: cmd.name,
      description: shorten(cmd.description, COMMAND_DESCRIPTION_MAX),
      options,
    };
    // Admin commands are hidden from members without Manage Server; Sitrep still checks SITREP_ADMINS.
    if (cmd.requires === 'admin') json.default_member_permissions = String(PermissionFlagsBits.ManageGuild);
    return json;
  });
}

/**
 * One option from one zod field: its type, whether it is required, its bounds, its description (the field's
 * `.describe()`) and whether it autocompletes (the command's `names`).
 */
function optionFor(cmd: AnyCommand, key: string, field: z.ZodType): APIApplicationCommandBasicOption {
  const command = cmd.name;
  if (!COMMAND_NAME.test(key))
    throw new Error(`/${command} option "${key}" is not a valid Discord option name`);
  // Zod's own advice: a field is optional when it accepts undefined (optional, default, prefault…).
  const required = !field.safeParse(undefined).success;
  const { base, description } = unwrap(field);
  const text = shorten(description ?? `The ${key}`, COMMAND_DESCRIPTION_MAX);
  const common = { name: key, description: text, required };

  if (base instanceof z.ZodString) {
    const bounds: { min_length?: number; max_length?: number } = {};
    if (base.minLength !== null) bounds.min_length = clamp(base.minLength, 0, OPTION_STRING_LENGTH_MAX);
    if (base.maxLength !== null) bounds.max_length = clamp(base.maxLength, 1, OPTION_STRING_LENGTH_MAX);
    const type = ApplicationCommandOptionType.String;
    return nameField(cmd, key)
      ? { ...common, type, ...bounds, autocomplete: true }
      : { ...common, type, ...bounds };
  }
  if (base instanceof z.ZodNumber) {
    // Discord takes bounds within ±2^53; zod reports ±MAX_SAFE_INTEGER for a bare integer, which fits.
    const bounds: { min_value?: number; max_value?: number } = {};
    if (base.minValue !== null && Number.isFinite(base.minValue)) bounds.min_value = base.minValue;
    if (base.maxValue !== null && Number.isFinite(base.maxValue)) bounds.max_value = base.maxValue;
    const integer = base.format === 'safeint' || base.format === 'int32' || base.format === 'uint32';
    return integer
      ? { ...common, type: ApplicationCommandOptionType.Integer, ...bounds }
      : { ...common, type: ApplicationCommandOptionType.Number, ...bounds };
  }
  if (base instanceof z.ZodBoolean) return { ...common, type: ApplicationCommandOptionType.Boolean };
  if (base instanceof z.ZodEnum) {
    const values = base.options.map(String);
    if (values.length > AUTOCOMPLETE_CHOICES_MAX)
      throw new Error(`/${command} option "${key}" has more than ${AUTOCOMPLETE_CHOICES_MAX} choices`);
    return {
      ...common,
      type: ApplicationCommandOptionType.String,
      choices: values.map((v) => ({ name: v, value: v })),
    };
  }
  throw new Error(`/${command} option "${key}": no Discord option type for a zod ${base.def.type}`);
}

/** The schema under optional/default/nullable/pipe wrappers, and the first description met on the way. */
function unwrap(field: z.ZodType): { base: z.ZodType; description: string | undefined } {
  let s: z.ZodType = field;
  let description = s.description;
  for (let depth = 0; depth < 10; depth++) {
    if (
      s instanceof z.ZodOptional ||
      s instanceof z.ZodDefault ||
      s instanceof z.ZodPrefault ||
      s instanceof z.ZodNullable ||
      s instanceof z.ZodReadonly ||
      s instanceof z.ZodCatch
    )
      s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else break;
    description ??= s.description;
  }
  return { base: s, description };
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

/** Cuts at a word boundary with an ellipsis, for descriptions Discord caps at 100 characters. */
function shorten(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Discord's REST base without the version, e.g. https://discord.com/api (the default). */
  apiUrl?: string;
  /** Register in this guild only (instant, for development); without it, globally. */
  guildId?: string;
  commands?: readonly AnyCommand[];
}

export interface RegisterResult {
  scope: 'guild' | 'global';
  names: string[];
}

/** Overwrites the application's commands with the registry's: in one guild, or globally. */
export async function registerCommands(opts: RegisterOptions): Promise<RegisterResult> {
  const body = discordCommands(opts.commands ?? COMMANDS);
  const rest = new REST(opts.apiUrl ? { api: opts.apiUrl } : {}).setToken(opts.token);
  try {
    const route = opts.guildId
      ? Routes.applicationGuildCommands(opts.applicationId, opts.guildId)
      : Routes.applicationCommands(opts.applicationId);
    const result = (await rest.put(route, { body })) as { name: string }[];
    return { scope: opts.guildId ? 'guild' : 'global', names: result.map((c) => c.name) };
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

/** What the bot needs in a channel: see it, post in it, and have its embeds shown. */
export const BOT_PERMISSIONS = new PermissionsBitField([
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.EmbedLinks,
]).bitfield;

/** The link that adds the bot to a server with the scopes and permissions it needs. */
export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: BOT_PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
