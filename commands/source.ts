import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import type { SourceRecord } from '../src/core/ports.js';
import { reply, UserError } from '../src/core/reply.js';
import type { Actor } from '../src/core/sources/context.js';
import type {
  AddSourceError,
  AddSourceResult,
  PauseError,
  ResumeError,
} from '../src/core/sources/registry.js';
import { shortTime } from '../src/core/sources/schedule.js';
import type { SourcesService } from '../src/core/sources/service.js';
import { parseTlp, tlpLabel } from '../src/core/stix/tlp.js';
import { actorOf, sourcesOf } from './shared/sources.js';

const ACTIONS = ['add', 'list', 'remove', 'pause', 'resume'] as const;
type Action = (typeof ACTIONS)[number];
const USAGE =
  '/source add URL [name:NAME] [every:30m] [tlp:clear] · /source list · /source remove|pause|resume ID';
const KIND_LABEL = {
  rss: 'RSS',
  atom: 'Atom',
  json: 'JSON Feed',
  page: 'page',
  taxii: 'TAXII collection',
  stix: 'STIX bundle',
} as const;

export default defineCommand({
  name: 'source',
  description:
    'Feeds, pages and STIX sources Sitrep watches: add (RSS, Atom, JSON Feed, an article page, a TAXII 2.1 collection or a STIX bundle), list, remove, pause, resume.',
  usage: USAGE,
  examples: [
    '/source add https://www.ncsc.gov.uk/api/1/services/v1/news-rss-feed.xml name:NCSC every:1h',
    '/source list',
  ],
  input: z.object({
    action: z.enum(ACTIONS).optional().describe('add, list, remove, pause or resume'),
    target: z.string().trim().max(2000).optional().describe('The URL to add, or the id of the source'),
    name: z.string().trim().min(1).max(200).optional().describe('A name for the new source'),
    every: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe('How often to poll: 15m, 1h, 1d or a cron expression'),
    tlp: z
      .string()
      .trim()
      .max(20)
      .optional()
      .describe('TLP of what it brings: clear (default), green, amber, amber+strict or red'),
  }),
  rest: 'target',
  requires: 'anyone',
  async run(input, ctx) {
    const sources = sourcesOf(ctx);
    const { action, target } = split(input.action, input.target);
    if (action !== 'add' && [input.name, input.every, input.tlp].some((v) => v !== undefined))
      throw new UserError(`name:, every: and tlp: go with /source add only.`);
    if (action === 'list') return list(sources);
    // Everything but list changes what Sitrep fetches: admins only, and the refusal names the permission.
    if (!ctx.caller.isAdmin)
      throw new UserError(
        `/source ${action} needs the admin permission.`,
        'Ask an admin of this workspace, or see SITREP_ADMINS in the README. /source list is open to everyone.',
      );
    if (action === 'add') return add(sources, target, input, actorOf(ctx));
    return change(sources, action, idOf(target), actorOf(ctx));
  },
});

async function add(
  sources: SourcesService,
  target: string | undefined,
  input: { name?: string | undefined; every?: string | undefined; tlp?: string | undefined },
  by: Actor,
) {
  if (!target) throw new UserError('Give the address of a feed or an article page.', `Usage: ${USAGE}`);
  const tlp = input.tlp === undefined ? undefined : parseTlp(input.tlp);
  if (tlp === null)
    throw new UserError(`tlp: is clear, green, amber, amber+strict or red, not "${input.tlp}".`);
  const r = await sources.addSource(
    {
      url: target,
      ...(input.name ? { name: input.name } : {}),
      ...(input.every ? { every: input.every } : {}),
      ...(tlp ? { tlp } : {}),
    },
    by,
  );
  if (!r.ok) throw addRefusal(r.error);
  return added(r.value);
}

function added(r: AddSourceResult) {
  const s = r.source;
  const what = [
    KIND_LABEL[s.kind],
    s.kind === 'page' ? null : `${r.items} item${r.items === 1 ? '' : 's'}`,
    `${r.added} new report${r.added === 1 ? '' : 's'}`,
    `${r.newEntities.length} new entit${r.newEntities.length === 1 ? 'y' : 'ies'}`,
  ].filter(Boolean);
  const fields = [{ label: 'Polled', value: `every ${s.every}` }];
  if (r.newEntities.length > 0)
    fields.push({ label: 'New entities', value: r.newEntities.slice(0, 12).join(', ') });
  if (r.duplicates > 0) fields.push({ label: 'Already in the corpus', value: String(r.duplicates) });
  if (r.failed > 0) fields.push({ label: 'Unreadable items', value: String(r.failed) });
  if (r.notTaken.length > 0) fields.push({ label: 'Not taken', value: r.notTaken.join('; ') });
  fields.push({ label: 'Marking', value: tlpLabel(s.tlp) });
  return reply(`Added ${s.name}`, [
    { type: 'text', text: `Added “${s.name}” as source #${s.id} (${what.join(', ')}).` },
    { type: 'fields', fields },
    {
      type: 'context',
      text: 'This first fetch posts no briefing; channels that /follow a topic get new matching reports from now on.',
    },
  ]);
}

function addRefusal(e: AddSourceError): UserError {
  switch (e.kind) {
    case 'not-a-url':
      return new UserError(
        `"${e.input}" is not a URL.`,
        'Give the feed or page address, e.g. /source add https://www.ncsc.gov.uk/api/1/services/v1/news-rss-feed.xml',
      );
    case 'scheme':
      return new UserError(`Only http and https addresses can be sources, not ${e.protocol}`);
    case 'duplicate':
      return new UserError(
        `${e.url} is already source #${e.existing.id} “${e.existing.name}”.`,
        '/source list shows every source.',
      );
    case 'schedule':
      return new UserError(e.problem, 'Usage: /source add URL [name:NAME] [every:30m]');
    case 'fetch-failed':
      return new UserError(
        `Could not add ${e.url}: ${e.message}`,
        e.reason === 'refused'
          ? 'Sitrep never fetches private, loopback or link-local addresses; allow a host explicitly with SITREP_FETCH_ALLOW_HOSTS.'
          : 'Check the address in a browser; Sitrep takes RSS, Atom, JSON Feed or an article page.',
      );
    case 'empty':
      return new UserError(`Could not add ${e.url}: the server sent no content.`);
    case 'unreadable':
      return new UserError(
        `${e.url} is neither a feed nor an article page: ${e.reason}.`,
        'Sitrep takes RSS 2.0, Atom, JSON Feed, or one article page.',
      );
    case 'no-article':
      return new UserError(
        `No article on ${e.url} (a list of links or a section front?).`,
        e.feed ? `The page declares a feed: /source add ${e.feed}` : 'Give a feed or one article page.',
      );
    case 'taxii-collections':
      return new UserError(
        e.collections.length > 0
          ? `${e.url} is a TAXII server, not one collection. Its collections: ${e.collections
              .map((c) => `${c.title}${c.canRead ? '' : ' (not readable with these credentials)'} ${c.url}`)
              .join(' · ')}`
          : `${e.url} is a TAXII server that lists no collection these credentials may see.`,
        `Add one collection: /source add ${e.collections.find((c) => c.canRead)?.url ?? 'COLLECTION_URL'}`,
      );
    case 'taxii-failed':
      return new UserError(`Could not add ${e.url}: ${e.message}.`);
    case 'items-unreadable':
      return new UserError(
        `Added “${e.source.name}” as source #${e.source.id}, but its items could not be read: ${e.error}`,
      );
  }
}

async function change(sources: SourcesService, action: 'remove' | 'pause' | 'resume', id: number, by: Actor) {
  if (action === 'remove') {
    const r = await sources.removeSource(id, by);
    if (!r.ok) throw changeRefusal(r.error);
    return reply(`Removed ${r.value.name}`, [
      {
        type: 'text',
        text: `Removed source #${r.value.id} “${r.value.name}”. Its reports stay in the corpus.`,
      },
    ]);
  }
  if (action === 'pause') {
    const r = await sources.pauseSource(id, by);
    if (!r.ok) throw changeRefusal(r.error);
    const s = r.value;
    return reply(`Paused ${s.name}`, [
      { type: 'text', text: `Paused source #${s.id} “${s.name}”. /source resume ${s.id} starts it again.` },
    ]);
  }
  const r = await sources.resumeSource(id, by);
  if (!r.ok) throw changeRefusal(r.error);
  const s = r.value;
  return reply(`Resumed ${s.name}`, [
    {
      type: 'text',
      text: `Resumed source #${s.id} “${s.name}”; next poll ${shortTime(sources.nextRun(s))}.`,
    },
  ]);
}

function changeRefusal(e: PauseError | ResumeError): UserError {
  switch (e.kind) {
    case 'no-such-source':
      return new UserError(`No source #${e.id}.`, '/source list shows every source with its id.');
    case 'already-paused':
      return new UserError(
        `Source #${e.source.id} “${e.source.name}” is already paused (${e.source.pausedReason ?? 'paused'}).`,
      );
    case 'not-paused':
      return new UserError(`Source #${e.source.id} “${e.source.name}” is not paused.`);
  }
}

/** "add https://…" typed as one line, or the action and target as separate options (Discord). */
function split(
  action: Action | undefined,
  target: string | undefined,
): { action: Action; target: string | undefined } {
  if (action) return { action, target: target || undefined };
  const [first = '', ...rest] = (target ?? '').split(/\s+/).filter(Boolean);
  const word = first.toLowerCase();
  if ((ACTIONS as readonly string[]).includes(word))
    return { action: word as Action, target: rest.join(' ') || undefined };
  if (!first) return { action: 'list', target: undefined };
  // Any address is an add; addSource says which schemes it takes.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(first)) return { action: 'add', target: first };
  throw new UserError(`Unknown action "${first}".`, `Usage: ${USAGE}`);
}

function idOf(target: string | undefined): number {
  const m = /^#?(\d{1,9})$/.exec(target?.trim() ?? '');
  if (!m)
    throw new UserError('Give the id of a source, e.g. /source pause 3.', '/source list shows the ids.');
  return Number(m[1]);
}

async function list(sources: SourcesService) {
  const all = await sources.listSources();
  if (all.length === 0)
    return reply('Sources', [
      { type: 'text', text: 'No sources yet. An admin adds one with /source add URL.' },
    ]);
  return reply('Sources', [
    { type: 'heading', text: `Sources (${all.length})` },
    {
      type: 'fields',
      fields: all.map((s) => ({ label: `#${s.id} ${s.name}`, value: describe(s, sources) })),
    },
  ]);
}

function describe(s: SourceRecord, sources: SourcesService): string {
  const state = s.paused
    ? `PAUSED (${s.pausedReason ?? 'paused'})`
    : `every ${s.every}, next ${shortTime(sources.nextRun(s))}`;
  const parts = [
    `${KIND_LABEL[s.kind]} ${s.url} (${tlpLabel(s.tlp)})`,
    state,
    `${s.itemCount} item${s.itemCount === 1 ? '' : 's'}`,
    `last fetch ${shortTime(s.lastFetchAt)}`,
  ];
  if (s.lastError)
    parts.push(
      `last error: ${s.lastError}${s.consecutiveFailures > 1 ? ` (${s.consecutiveFailures} in a row)` : ''}`,
    );
  parts.push(`added by ${s.addedBy} on ${s.addedAt.slice(0, 10)}`);
  return parts.join(' · ');
}
