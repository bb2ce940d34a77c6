// The loopback Slack's side of files.uploadV2, as Slack speaks it: files.getUploadURLExternal hands out an
// address and an id, the client POSTs the bytes there (multipart or raw), and files.completeUploadExternal
// shares the files whose bytes arrived, in a channel or a thread. Anything out of order is refused.
import { randomUUID } from 'node:crypto';
import { isMultipart, parseMultipart } from '../../support/multipart.js';

export interface SlackFile {
  id: string;
  filename: string;
  /** What getUploadURLExternal was told the file would be. */
  length: number;
  bytes: Buffer | null;
  /** Set once completeUploadExternal shared it. */
  shared: { channel: string | null; thread_ts: string | null; title: string | null } | null;
}

type Answer = { status: number; headers: Record<string, string>; body: Record<string, unknown> };
const ok = (body: Record<string, unknown>): Answer => ({
  status: 200,
  headers: {},
  body: { ok: true, ...body },
});
const fail = (error: string): Answer => ({ status: 200, headers: {}, body: { ok: false, error } });

export class FakeSlackFiles {
  readonly files = new Map<string, SlackFile>();

  constructor(private readonly origin: string) {}

  /** Files shared in a conversation, oldest first. */
  shared(): SlackFile[] {
    return [...this.files.values()].filter((f) => f.shared !== null);
  }

  getUploadURL(args: Record<string, unknown>): Answer {
    const length = Number(args.length);
    if (typeof args.filename !== 'string' || !Number.isInteger(length) || length <= 0)
      return fail('invalid_arguments');
    const id = `F${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;
    this.files.set(id, { id, filename: args.filename, length, bytes: null, shared: null });
    return ok({ upload_url: `${this.origin}/upload/${id}`, file_id: id });
  }

  /** The POST of the bytes to an upload address; answers the HTTP status Slack would. */
  async receive(id: string, body: Buffer, contentType: string | undefined): Promise<number> {
    const file = this.files.get(id);
    if (!file || file.bytes) return 404;
    const bytes = isMultipart(contentType)
      ? (await parseMultipart(body, contentType ?? '')).files[0]?.bytes
      : body;
    if (!bytes || bytes.length !== file.length) return 400;
    file.bytes = bytes;
    return 200;
  }

  complete(args: Record<string, unknown>): Answer {
    const listed = parseList(args.files);
    if (!listed) return fail('invalid_arguments');
    const channel = typeof args.channel_id === 'string' ? args.channel_id : null;
    if (channel === 'C0NOTMEMBER') return fail('not_in_channel');
    const files = listed.map((f) => this.files.get(f.id));
    if (files.some((f) => !f?.bytes)) return fail('file_not_found');
    const thread_ts = typeof args.thread_ts === 'string' ? args.thread_ts : null;
    for (const [i, f] of files.entries())
      if (f) f.shared = { channel, thread_ts, title: listed[i]?.title ?? null };
    return ok({ files: listed.map((f) => ({ id: f.id, title: f.title ?? '' })) });
  }
}

function parseList(value: unknown): { id: string; title?: string }[] | null {
  try {
    const list: unknown = typeof value === 'string' ? JSON.parse(value) : value;
    if (!Array.isArray(list) || list.length === 0) return null;
    return list.every((f) => typeof f?.id === 'string') ? (list as { id: string; title?: string }[]) : null;
  } catch {
    return null;
  }
}
