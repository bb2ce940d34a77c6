// A file an answer hands over (/export's STIX bundle), attached to the first message of the answer; the
// interaction says how large an attachment may be where it was asked (it grows with a server's boosts),
// and a larger file is described instead of failing the whole answer.
import type { ReplyFile } from '../../core/reply.js';
import type { DiscordMessage } from './render.js';

export type MessageWithFiles = DiscordMessage & { files?: { attachment: string; name: string }[] };

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

export function withAttachment(
  messages: DiscordMessage[],
  file: ReplyFile | undefined,
  sizeLimit: number,
): MessageWithFiles[] {
  const [first, ...rest] = messages;
  if (!file || !first) return messages;
  if (file.bytes > sizeLimit) {
    const note = `The bundle is ${mb(file.bytes)}, over the ${mb(sizeLimit)} Discord allows here: narrow it (/export APT31 since:30d), or an admin can write it with sitrep export --format stix.`;
    return [{ ...first, content: first.content ? `${first.content}\n${note}` : note }, ...rest];
  }
  return [{ ...first, files: [{ attachment: file.path, name: file.name }] }, ...rest];
}
