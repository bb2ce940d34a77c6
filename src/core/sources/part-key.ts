// A briefing part's key: how the platform is told that a post repeats an earlier one (Discord's nonce), so a
// part posted again after a crash between the post and `markSent` shows once. It is made from the part's
// exact outbox rows: a retry whose part gathered other rows since is another post and gets another key, so
// no document not yet posted can be swallowed as a repeat (a key from the channel or the first row could).
import { createHash } from 'node:crypto';

/** "sb-" and 18 base64url characters (108 bits): 21 characters, within Discord's 25 with room for ".12". */
const HASH_CHARS = 18;

/** The same rows give the same key in any order, on any replica. */
export function partKey(rowIds: readonly number[]): string {
  const ids = [...rowIds].sort((a, b) => a - b).join(',');
  return `sb-${createHash('sha256').update(ids).digest('base64url').slice(0, HASH_CHARS)}`;
}
