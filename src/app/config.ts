// The only place that reads the environment. Every variable is validated here; a bad value stops start-up
// with a message that names the variable and what is wrong.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The Sitrep folder (where package.json is). `.env` is read there and relative DATA_DIR and SEEDS_DIR are
 * taken from there, whatever the working directory: `npm start` and `npm run` always ran from it, and the
 * `sitrep` command runs from anywhere.
 */
export const APP_ROOT = resolve(import.meta.dirname, '..', '..');

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

export const ConfigSchema = z.object({
  DATA_DIR: z.string().trim().min(1).default('./data'),
  SEEDS_DIR: z.string().trim().min(1).default('./seeds'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('warn'),
  /** Admins per platform: slack:U123,discord:456. The terminal user is always the local admin. */
  SITREP_ADMINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^(?:slack|discord):\S+$/,
            'each admin is platform:id, e.g. slack:U0123ABC or discord:80351110224678912',
          ),
      ),
    ),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  /** socket (default when SLACK_APP_TOKEN is set) or http (needs SLACK_SIGNING_SECRET and PORT). */
  SLACK_MODE: z.enum(['socket', 'http']).optional(),
  /** Slack Web API base URL, for GovSlack and other Slack hosts; the tests point it at a loopback fake. */
  SLACK_API_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  /** Discord REST base URL (a shared rate-limit proxy); the tests point it at a loopback fake. */
  DISCORD_API_URL: z.url().optional(),
  /** The application's public key: set, Sitrep serves Discord's HTTP interactions endpoint. */
  DISCORD_PUBLIC_KEY: z
    .string()
    .trim()
    .regex(
      /^[0-9a-f]{64}$/i,
      'the public key is 64 hexadecimal characters, from the Developer Portal’s General Information page',
    )
    .optional(),
  /** Where the interactions endpoint listens: its own port, so Slack's HTTP mode can keep PORT. */
  DISCORD_INTERACTIONS_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  DISCORD_INTERACTIONS_PATH: z
    .string()
    .trim()
    .regex(/^\/[\w./-]*$/, 'the path starts with / and holds letters, digits, -, _, . and / only')
    .default('/discord/interactions'),
  /** off: the token only posts briefings and registers commands; no gateway connection (replicas). */
  DISCORD_GATEWAY: z.enum(['on', 'off']).optional(),
  /**
   * Hosts the fetcher may reach although they resolve to a private or loopback address: host or host:port,
   * comma-separated (127.0.0.1:8080,intranet.example). Everything else private is refused.
   */
  SITREP_FETCH_ALLOW_HOSTS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/,
            'each allowed host is host or host:port, e.g. 127.0.0.1:8080 or feeds.intranet.example',
          ),
      ),
    ),
  /**
   * TAXII servers' credentials per host (host or host:port): host=user:password (HTTP Basic) or
   * host=Bearer:TOKEN, comma-separated. Sent only to that host; never stored, logged or shown.
   */
  SITREP_TAXII_AUTH: z
    .string()
    .default('')
    .transform((text, ctx) => {
      const parsed = parseTaxiiAuth(text);
      if (typeof parsed === 'string') {
        ctx.addIssue({ code: 'custom', message: parsed });
        return z.NEVER;
      }
      return parsed;
    }),
  /**
   * Where `sitrep knowledge update` downloads the catalogues (a mirror): http(s) addresses separated by
   * commas or spaces. Unset: the publishers' own (CATALOGUE_URLS).
   */
  SITREP_KNOWLEDGE_URLS: z
    .string()
    .default('')
    .transform((s) => s.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/, error: 'each catalogue address is an http(s) URL' }))),
  /** Seconds one fetch may take, redirects included. */
  SITREP_FETCH_TIMEOUT: z.coerce.number().min(1).max(300).default(15),
  /** Where auto-paused sources are reported: platform:channel (slack:C0123ABC, discord:1234…, terminal:console). */
  SITREP_ADMIN_CHANNEL: z
    .string()
    .trim()
    .regex(
      /^(?:slack|discord|terminal):\S+$/,
      'the admin channel is platform:channel, e.g. slack:C0123ABC or discord:1234567890',
    )
    .optional(),
  /**
   * PostgreSQL for all state instead of SQLite in DATA_DIR: any number of replicas on one database, one of
   * them elected to poll and post (docs/deploy.md). TLS as libpq: sslmode in the URL, else PGSSLMODE.
   */
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(?:ql)?:\/\/\S+$/, 'the database URL is postgres://user:password@host:5432/database')
    .optional(),
  PGSSLMODE: optionalText,
  PGSSLROOTCERT: optionalText,
  PGSSLCERT: optionalText,
  PGSSLKEY: optionalText,
  /** Connections each replica's pool opens at most. */
  SITREP_DB_POOL: z.coerce.number().int().min(2).max(100).default(10),
  /**
   * Seconds between a follower's attempts to become the scheduler, and a leader's checks that it still is.
   * At most 13: a leader cut off from the database gives up within 1.5 × this, which must come before the
   * server frees its lock for a successor (20 s after the last packet; ADR 14), or two could lead at once.
   */
  SITREP_LEADER_RETRY: z.coerce
    .number()
    .min(1)
    .max(13, 'at most 13 seconds, so a leader cut off from the database gives up before another can lead')
    .default(10),
  /** Set: GET /healthz on this port answers whether the store answers, and whether this replica leads. */
  SITREP_HEALTH_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Where /healthz listens: every interface by default, for a load balancer's checks. */
  SITREP_HEALTH_HOST: z.string().trim().min(1).default('0.0.0.0'),
  /** Time zone of digest schedules and source cron expressions (IANA name). */
  SITREP_TIMEZONE: z
    .string()
    .trim()
    .default('UTC')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'not an IANA time zone, e.g. UTC or Europe/London'),
});

export type Config = z.infer<typeof ConfigSchema>;

/**
 * "host=user:password,host2=Bearer:TOKEN" → Authorization header per host, or what is wrong (never
 * repeating a secret: the message names the entry by its host alone).
 */
function parseTaxiiAuth(text: string): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const entry of text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const eq = entry.indexOf('=');
    const host = eq > 0 ? entry.slice(0, eq).trim().toLowerCase() : '';
    const secret = eq > 0 ? entry.slice(eq + 1) : '';
    const colon = secret.indexOf(':');
    if (!host || colon <= 0 || colon === secret.length - 1)
      return `each entry is host=user:password or host=Bearer:TOKEN (the entry${host ? ` for ${host}` : ''} is not)`;
    const [user, password] = [secret.slice(0, colon), secret.slice(colon + 1)];
    out[host] =
      user === 'Bearer'
        ? `Bearer ${password}`
        : `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  }
  return out;
}

/** A problem the user can fix, whose message says how: printed alone, without a stack trace. */
export class StartupError extends Error {}

export class ConfigError extends StartupError {}

/**
 * Reads the environment (and `.env` in the Sitrep folder, when present; variables already set win).
 * An empty value counts as unset, so a copied `.env.example` is a valid start.
 */
export function loadConfig(env?: Record<string, string | undefined>): Config {
  let source = env;
  if (!source) {
    const file = join(APP_ROOT, '.env');
    if (existsSync(file)) process.loadEnvFile(file);
    source = process.env;
  }
  const set = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = ConfigSchema.safeParse(set);
  if (!parsed.success) throw new ConfigError(`Invalid configuration:\n${z.prettifyError(parsed.error)}`);
  const dataDir = resolve(APP_ROOT, parsed.data.DATA_DIR);
  return { ...parsed.data, DATA_DIR: dataDir, SEEDS_DIR: resolve(APP_ROOT, parsed.data.SEEDS_DIR) };
}
