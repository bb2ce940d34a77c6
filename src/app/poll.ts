// `sitrep poll`: one poll cycle now, for cron users and for debugging. Every active source is
// polled (a failure backoff is ignored: the admin asked for it now); briefings for the terminal are printed
// as posted; briefings for Slack and Discord are printed as what the bot would post, and stay queued.
import { EXIT } from '../adapters/terminal/exit-codes.js';
import { renderText } from '../adapters/terminal/render.js';
import type { ChannelPlatform, Outbound } from '../core/ports.js';
import type { BriefingPreview, DeliveryReport } from '../core/sources/delivery.js';
import type { PollResult } from '../core/sources/poller.js';
import type { SourcesService } from '../core/sources/service.js';
import type { Config } from './config.js';
import { createOutbound, terminalPoster } from './outbound.js';
import type { Runtime } from './runtime.js';
import { createSources } from './sources.js';

export interface PollOnceReport {
  polls: PollResult[];
  /** Sources not polled because they are paused. */
  paused: { id: number; name: string; reason: string | null }[];
  delivered: DeliveryReport;
  /** Briefings still queued after the cycle: what the bot would post. */
  pending: BriefingPreview[];
}

/** Polls every active source, delivers through `outbound` (to `platforms` only, when given), previews the rest. */
export async function pollOnce(opts: {
  service: SourcesService;
  outbound?: Outbound;
  platforms?: readonly ChannelPlatform[];
}): Promise<PollOnceReport> {
  const polls = await opts.service.pollDue({ force: true });
  const delivered = opts.outbound
    ? await opts.service.deliver({
        outbound: opts.outbound,
        ...(opts.platforms ? { platforms: opts.platforms } : {}),
      })
    : { posted: [], failed: [] };
  const paused = (await opts.service.listSources())
    .filter((s) => s.paused)
    .map((s) => ({ id: s.id, name: s.name, reason: s.pausedReason }));
  return { polls, paused, delivered, pending: await opts.service.preview() };
}

/** Whether a source could not be polled or a briefing could not be posted in this cycle. */
export function pollFailed(r: PollOnceReport): boolean {
  return r.polls.some((p) => p.status === 'failed') || r.delivered.failed.length > 0;
}

export function formatPollReport(r: PollOnceReport): string {
  const lines: string[] = [];
  if (r.polls.length === 0 && r.paused.length === 0)
    lines.push('No sources yet. Add one with: npx sitrep source add URL');
  if (r.paused.length > 0) {
    const which = r.paused.map((p) => `#${p.id} ${p.name} (${p.reason ?? 'paused'})`).join(', ');
    const first = r.paused[0]?.id ?? 'ID';
    lines.push(
      r.polls.length === 0
        ? `Every source is paused (${r.paused.length}): ${which}. Nothing was polled; resume one with: npx sitrep source resume ${first}`
        : `Paused, not polled: ${which}.`,
    );
  }
  for (const p of r.polls) {
    const what =
      p.status === 'ok'
        ? p.first
          ? `first fetch: ${p.newItems} item(s), ${p.added} new report(s); nothing posted`
          : `${p.newItems} new item(s), ${p.added} new report(s), ${p.queued} briefing item(s) queued`
        : p.status === 'not-modified'
          ? 'not modified'
          : p.status === 'failed'
            ? `FAILED: ${p.error ?? 'unknown error'}${p.paused ? ' (now paused; admins told)' : ''}`
            : `skipped: ${p.error ?? ''}`;
    lines.push(`#${p.sourceId} ${p.name}: ${what}`);
  }
  for (const d of r.delivered.posted)
    lines.push(`posted to ${d.platform}:${d.channel}: ${d.docIds.length} report(s)`);
  for (const f of r.delivered.failed)
    lines.push(`not posted to ${f.platform}:${f.channel}: ${f.error} (will retry)`);
  for (const p of r.pending)
    for (const reply of p.replies)
      lines.push(
        '',
        `Would post to ${p.platform}:${p.channel}:`,
        renderText(reply, { ansi: false, width: 100 }).trimEnd(),
      );
  if (r.pending.length === 0 && r.delivered.posted.length === 0) lines.push('Nothing to post.');
  return `${lines.join('\n')}\n`;
}

/**
 * The CLI command: `if (command === 'poll') return runPollCommand(rt, config, { json })` in cli.ts.
 * Exit code 0 when every source polled and every post went out; 2 when one failed (the output says
 * which), so a cron job that runs it notices.
 */
export async function runPollCommand(
  rt: Runtime,
  config: Config,
  opts: { json?: boolean; write?: (text: string) => void } = {},
): Promise<number> {
  const write = opts.write ?? ((t: string) => process.stdout.write(t));
  const outbound = createOutbound();
  outbound.register('terminal', terminalPoster(write));
  const sources = createSources(rt, config, { outbound });
  try {
    // JSON output stays one document: nothing is posted, everything queued is previewed.
    const report = opts.json
      ? await pollOnce({ service: sources.service })
      : await pollOnce({ service: sources.service, outbound, platforms: ['terminal'] });
    write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatPollReport(report));
    return pollFailed(report) ? EXIT.failure : EXIT.ok;
  } finally {
    await sources.close();
  }
}
