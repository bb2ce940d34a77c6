// Sources, follows, the outbox and the audit log as read back from any store: the columns every SELECT
// reads, and the rows checked with zod. A flag is stored as 0 or 1 and read back as a boolean.
import { z } from 'zod';
import { TLP_LEVELS } from '../../core/stix/tlp.js';

const platformSchema = z.enum(['terminal', 'slack', 'discord']);
export const sourceRow = z.object({
  id: z.number().int(),
  url: z.string(),
  name: z.string(),
  kind: z.enum(['rss', 'atom', 'json', 'page', 'taxii', 'stix']),
  every: z.string(),
  paused: z.number().transform((n) => n === 1),
  pausedReason: z.string().nullable(),
  addedBy: z.string(),
  addedAt: z.string(),
  lastFetchAt: z.string().nullable(),
  lastError: z.string().nullable(),
  consecutiveFailures: z.number().int(),
  nextRunAt: z.string().nullable(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  itemCount: z.number().int(),
  tlp: z.enum(TLP_LEVELS),
  cursor: z.string().nullable(),
});
export const followRow = z.object({
  id: z.number().int(),
  platform: platformSchema,
  channel: z.string(),
  query: z.string(),
  schedule: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export const outboxRow = z.object({
  id: z.number().int(),
  followId: z.number().int(),
  documentId: z.string(),
  platform: platformSchema,
  channel: z.string(),
  query: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  messageId: z.string().nullable(),
});
export const auditRow = z.object({ at: z.string(), who: z.string(), action: z.string(), detail: z.string() });

// The columns every SELECT of these tables reads, aliased to the rows' names (quoted: PostgreSQL folds
// unquoted names to lower case).
export const SOURCE_COLUMNS = `id, url, name, kind, every, paused, paused_reason AS "pausedReason", added_by AS "addedBy",
  added_at AS "addedAt", last_fetch_at AS "lastFetchAt", last_error AS "lastError",
  consecutive_failures AS "consecutiveFailures", next_run_at AS "nextRunAt", etag, last_modified AS "lastModified",
  item_count AS "itemCount", tlp, poll_cursor AS "cursor"`;
export const FOLLOW_COLUMNS = `id, platform, channel, query, schedule, created_by AS "createdBy", created_at AS "createdAt"`;
export const OUTBOX_COLUMNS = `o.id AS "id", o.follow_id AS "followId", o.document_id AS "documentId", f.platform AS "platform",
  f.channel AS "channel", f.query AS "query", o.status AS "status", o.attempts AS "attempts",
  o.next_attempt_at AS "nextAttemptAt", o.last_error AS "lastError", o.created_at AS "createdAt", o.sent_at AS "sentAt",
  o.message_id AS "messageId"`;
