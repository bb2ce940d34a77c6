// An interaction that arrived over HTTP, read and answered: its JSON checked with zod (only what Sitrep
// uses), its slash command turned into a call for the shared answering, and the responder that answers
// through the HTTP response (refusal, deferral) and then through the interaction's webhook
// (PATCH …/messages/@original, POST follow-ups). The webhook goes through discord.js's REST client: the same
// DISCORD_API_URL as the gateway bot, and its per-route queue waits out rate limits (a long answer's
// follow-ups) instead of failing; interaction webhooks need no bot token.
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { finished } from 'node:stream/promises';
import { InteractionResponseType, MessageFlags, type REST, Routes } from 'discord.js';
import { z } from 'zod';
import type { CommandCall, Responder } from './answer.js';
import type { MessageWithFiles } from './attachment.js';
import { type DiscordMessage, messageBody } from './render.js';

const Option = z.object({
  name: z.string(),
  type: z.number(),
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
});
const User = z.object({ id: z.string() });

export const InteractionSchema = z.object({
  id: z.string().min(1),
  application_id: z.string(),
  type: z.number().int(),
  token: z.string().min(1),
  channel_id: z.string().optional(),
  // In a server the caller is the member's user; in a direct message, `user`.
  member: z.object({ user: User }).optional(),
  user: User.optional(),
  data: z.object({ name: z.string(), options: z.array(Option).default([]) }).optional(),
  /** The largest attachment Discord takes where the command was asked (it grows with a server's boosts). */
  attachment_size_limit: z.number().int().positive().optional(),
});

/** What a server without boosts takes, for an interaction that does not say. */
const DEFAULT_ATTACHMENT_LIMIT = 10 * 1024 * 1024;
export type HttpInteraction = z.infer<typeof InteractionSchema>;

/** The slash command's name, options, caller and channel; null when the payload lacks one of them. */
export function commandCall(i: HttpInteraction): CommandCall | null {
  const userId = i.member?.user.id ?? i.user?.id;
  if (!i.data || !userId) return null;
  const raw: Record<string, unknown> = {};
  for (const o of i.data.options) if (o.value !== undefined) raw[o.name] = o.value;
  return { name: i.data.name, raw, userId, channelId: i.channel_id ?? null };
}

/** The option being typed into, for autocomplete. */
export function focusedOption(i: HttpInteraction): { name: string; value: unknown } | null {
  const o = i.data?.options.find((x) => x.focused);
  return o ? { name: o.name, value: o.value ?? '' } : null;
}

/** Writes a JSON answer and resolves once it is handed to the connection (rejects if that closed). */
export async function sendJson(res: ServerResponse, status: number, body: unknown): Promise<void> {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
  await finished(res);
}

export interface WebhookTarget {
  rest: REST;
  applicationId: string;
  token: string;
}

/** Refusal and deferral answer the HTTP request itself; the answer then goes through the webhook. */
export function httpResponder(
  res: ServerResponse,
  hook: WebhookTarget,
  attachmentSizeLimit = DEFAULT_ATTACHMENT_LIMIT,
): Responder {
  const { rest, applicationId, token } = hook;
  const ephemeral = (m: DiscordMessage) => ({ ...messageBody(m), flags: MessageFlags.Ephemeral });
  return {
    attachmentSizeLimit,
    refuse: (m) =>
      sendJson(res, 200, { type: InteractionResponseType.ChannelMessageWithSource, data: ephemeral(m) }),
    defer: () => sendJson(res, 200, { type: InteractionResponseType.DeferredChannelMessageWithSource }),
    edit: async (m) => {
      await rest.patch(Routes.webhookMessage(applicationId, token, '@original'), {
        ...(await withFiles(m, messageBody(m))),
        auth: false,
      });
    },
    followUp: async (m, opts) => {
      await rest.post(Routes.webhook(applicationId, token), {
        ...(await withFiles(m, opts.ephemeral ? ephemeral(m) : messageBody(m))),
        auth: false,
      });
    },
  };
}

/** A message's body, and its files read from disk as a multipart request sends them. */
async function withFiles(m: MessageWithFiles, body: object) {
  if (!m.files?.length) return { body };
  const files = await Promise.all(
    m.files.map(async (f) => ({ name: f.name, data: await readFile(f.attachment) })),
  );
  const attachments = files.map((f, id) => ({ id, filename: f.name }));
  return { body: { ...body, attachments }, files };
}
