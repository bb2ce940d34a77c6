// Discord rendering of a Reply: embeds, paged into as many messages as Discord's limits need (limits.ts).
// Pure: the bot sends what this returns. Blocks become pieces (pieces.ts), pieces fill messages (pack.ts).
// Every message carries `allowedMentions: { parse: [] }`, so no quoted or user text can ever ping a person,
// a role, @everyone or @here.
import type { APIEmbed } from 'discord.js';
import { moreText, type Reply } from '../../core/reply.js';
import { viewOf } from '../../core/reply-view.js';
import { CONTENT_MAX, TITLE_MAX } from './limits.js';
import { clip, escapeMarkdown, footerText } from './markdown.js';
import { type MessageDraft, pack } from './pack.js';
import { toPieces } from './pieces.js';

const COLOUR = { ok: 0x2f6fb3, 'user-error': 0xd9822b, error: 0xc0392b } as const;

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  allowedMentions: { parse: [] };
}

export interface RenderOptions {
  /**
   * Put the reply's title in the first message's content, so a push notification says what the post is
   * about (embeds alone show no text there). Used for posts to a channel, not for command answers.
   */
  headline?: boolean;
}

export function renderDiscord(reply: Reply, opts: RenderOptions = {}): DiscordMessage[] {
  const view = viewOf(reply);
  const visible = view.reply;
  const tail = visible.blocks.flatMap((b) =>
    b.type === 'more' ? [`${moreText(b)}: ${escapeMarkdown(b.command)}`] : [],
  );
  const drafts = pack(toPieces(view), tail);
  const mainTitle = drafts[0]?.embeds[0]?.title ?? clip(escapeMarkdown(visible.title), TITLE_MAX);
  return drafts.map((m, i) => {
    const message: DiscordMessage = {
      embeds: embedsOf(
        m,
        COLOUR[visible.status],
        i > 0 ? clip(`${mainTitle} (${i + 1}/${drafts.length})`, TITLE_MAX) : undefined,
      ),
      allowedMentions: { parse: [] },
    };
    if (opts.headline && i === 0) message.content = clip(escapeMarkdown(visible.title), CONTENT_MAX);
    return message;
  });
}

/** A message's embeds; a continuation page without a title of its own says which page it is. */
function embedsOf(m: MessageDraft, colour: number, pageTitle: string | undefined): APIEmbed[] {
  const embeds = m.embeds.map((e, j) => {
    const embed: APIEmbed = { color: colour };
    const title = e.title ?? (j === 0 ? pageTitle : undefined);
    if (title) embed.title = title;
    const description = e.lines.join('\n').replace(/\n+$/, '');
    if (description) embed.description = description;
    if (e.fields.length > 0) embed.fields = e.fields;
    return embed;
  });
  const last = embeds[embeds.length - 1];
  const footer = m.listing ? '' : footerText([...m.cites.values()]);
  if (last && footer) last.footer = { text: footer };
  return embeds;
}
