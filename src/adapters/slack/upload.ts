// A file an answer hands over (/export's STIX bundle), posted to the conversation the command came from
// with files.uploadV2: the client asks files.getUploadURLExternal for an address, sends the bytes there,
// and files.completeUploadExternal shares the file. Slack files cannot be ephemeral, so even when the
// answer is shown to its caller alone the file is shared where the command was typed.
import { createReadStream } from 'node:fs';
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../core/ports.js';
import type { ReplyFile } from '../../core/reply.js';
import { hintFor, slackError } from './bolt.js';

export interface FileDestination {
  channel: string;
  /** A thread to post it in (answers to mentions go to a thread). */
  thread_ts?: string;
}

async function uploadFile(client: webApi.WebClient, file: ReplyFile, where: FileDestination): Promise<void> {
  const destination = where.thread_ts
    ? { channel_id: where.channel, thread_ts: where.thread_ts }
    : { channel_id: where.channel };
  await client.files.uploadV2({
    ...destination,
    file: createReadStream(file.path),
    filename: file.name,
    title: file.name,
  });
}

/** Posts an answer's file where it was asked for; a refusal is logged and told to the caller, never thrown. */
export async function deliverFile(
  client: webApi.WebClient,
  log: Logger,
  file: ReplyFile,
  where: { channel: string | undefined; thread_ts?: string },
  tell: (text: string) => Promise<unknown>,
): Promise<void> {
  try {
    if (!where.channel) throw new Error('no conversation to post it in');
    await uploadFile(client, file, {
      channel: where.channel,
      ...(where.thread_ts ? { thread_ts: where.thread_ts } : {}),
    });
  } catch (err) {
    log.warn('slack file upload failed', { channel: where.channel, file: file.name, error: slackError(err) });
    await tell(
      `The bundle could not be posted here (${slackError(err)})${hintFor(err)}. An admin can write it with sitrep export --format stix.`,
    );
  }
}
