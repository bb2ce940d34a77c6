import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import type { SourceRecord } from '../src/core/ports.js';
import { type Block, reply, UserError } from '../src/core/reply.js';
import { shortTime } from '../src/core/sources/schedule.js';
import { type Actor, type SourcesService, sourcesOf } from '../src/core/sources/service.js';

const ACTIONS = ['add', 'list', 'remove', 'pause', 'resume'] as const;
type Action = (typeof ACTIONS)[number];
const USAGE = '/source add URL [name:NAME] [every:30m] · /source list · /source remove|pause|resume ID';
const KIND_LABEL = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed', page: 'page' } as const;

export default defineCommand({
  name: 'source',
  description:
    'Feeds and pages Sitrep watches: add (RSS, Atom, JSON Feed or one article page), list, remove, pause, resume.',
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
  }),
  rest: 'target',
  requires: 'anyone',
  async run(input, ctx) {
    const sources = sourcesOf(ctx);
    const { action, target } = split(input.action, input.target);
    if (action !== 'add' && (input.name !== undefined || input.every !== undefined))
      throw new UserError(`name: and every: go with /source add only.`);
    if (action === 'list') return list(sources);
    // Everything but list changes what Sitrep fetches: admins only, and the refusal names the permission.
    if (!ctx.caller.isAdmin)
      throw new UserError(
        `/source ${action} needs the admin permission.`,
        'Ask an admin of this workspace, or see SITREP_ADMINS in the README. /source list is open to everyone.',
      );
    const by: Actor = { platform: ctx.caller.platform, userId: ctx.caller.userId };
    if (action === 'add') {
      if (!target) throw new UserError('Give the address of a feed or an article page.', `Usage: ${USAGE}`);
      const r = await sources.addSource(
        {
          url: target,
          ...(input.name ? { name: input.name } : {}),
          ...(input.every ? { every: input.every } : {}),
        },
        by,
      );
      const s = r.source;
      const what = [
        KIND_LABEL[s.kind],
        s.kind === 'page' ? null : `${r.items} item${r.items === 1 ? '' : 's'}`,
        `${r.added} new report${r.added === 1 ? '' : 's'}`,
        `${r.newEntities.length} new entit${r.newEntities.length === 1 ? 'y' : 'ies'}`,
      ].filter(Boolean);
      const blocks: Block[] = [
        { type: 'text', text: `Added “${s.name}” as source #${s.id} (${what.join(', ')}).` },
      ];
      const fields = [{ label: 'Polled', value: `every ${s.every}` }];
      if (r.newEntities.length > 0)
        fields.push({ label: 'New entities', value: r.newEntities.slice(0, 12).join(', ') });
      if (r.duplicates > 0) fields.push({ label: 'Already in the corpus', value: String(r.duplicates) });
      if (r.failed > 0) fields.push({ label: 'Unreadable items', value: String(r.failed) });
      blocks.push({ type: 'fields', fields });
      blocks.push({
        type: 'context',
        text: 'This first fetch posts no briefing; channels that /follow a topic get new matching reports from now on.',
      });
      return reply(`Added ${s.name}`, blocks);
    }
    const id = idOf(target);
    if (action === 'remove') {
      const s = sources.removeSource(id, by);
      return reply(`Removed ${s.name}`, [
        { type: 'text', text: `Removed source #${s.id} “${s.name}”. Its reports stay in the corpus.` },
      ]);
    }
    if (action === 'pause') {
      const s = sources.pauseSource(id, by);
      return reply(`Paused ${s.name}`, [
        { type: 'text', text: `Paused source #${s.id} “${s.name}”. /source resume ${s.id} starts it again.` },
      ]);
    }
    const s = sources.resumeSource(id, by);
    return reply(`Resumed ${s.name}`, [
      {
        type: 'text',
        text: `Resumed source #${s.id} “${s.name}”; next poll ${shortTime(sources.nextRun(s))}.`,
      },
    ]);
  },
});

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

function list(sources: SourcesService) {
  const all = sources.listSources();
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
    `${KIND_LABEL[s.kind]} ${s.url}`,
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
