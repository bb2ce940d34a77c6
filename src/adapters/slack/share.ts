// Who sees a Slack answer. Slash-command answers are ephemeral (most lookups are for the caller); a trailing
// `share` word (/who APT31 share) or the "Share in channel" button under the answer posts it for everyone.
// The button carries the command line, so pressing it runs the command again for the channel.
import type { types } from '@slack/bolt';
import type { SlackMessage } from './layout.js';
import { MAX_BLOCKS_PER_MESSAGE } from './limits.js';

export const SHARE_ACTION = 'sitrep_share';
/** Slack's limit on a button's value. */
const MAX_BUTTON_VALUE = 2000;
const SHARE_WORD = /(?:^|\s+)share\s*$/i;

/** Under /help: how to make an answer visible to the channel. */
export const SHARE_HINT =
  'Answers are shown only to you. Add `share` at the end (/who APT31 share) or press *Share in channel* to post one for everyone.';

/** "who APT31 share" → the command line without the word, and whether it was there. */
export function shareWord(line: string): { line: string; share: boolean } {
  return { line: line.replace(SHARE_WORD, '').trim(), share: SHARE_WORD.test(line) };
}

/** Adds the "Share in channel" button under the last message, when the line and a block fit. */
export function addShareButton(messages: SlackMessage[], line: string): void {
  const value = JSON.stringify({ line });
  const last = messages[messages.length - 1];
  if (!last || value.length > MAX_BUTTON_VALUE || last.blocks.length >= MAX_BLOCKS_PER_MESSAGE) return;
  last.blocks.push({
    type: 'actions',
    elements: [
      {
        type: 'button',
        action_id: SHARE_ACTION,
        text: { type: 'plain_text', text: 'Share in channel' },
        value,
      },
    ],
  });
}

/** The command line a share button carries; null for a value we did not write. */
export function shareLine(value: string | undefined): string | null {
  try {
    const parsed: unknown = JSON.parse(value ?? '');
    if (parsed && typeof parsed === 'object' && 'line' in parsed && typeof parsed.line === 'string')
      return parsed.line;
  } catch {
    // A button value we did not write: ignore it.
  }
  return null;
}

/** "Shared by @bob" under a shared answer, when a block fits and the user id is one Slack would write. */
export function addSharedBy(messages: SlackMessage[], userId: string): void {
  const last = messages[messages.length - 1];
  if (!last || last.blocks.length >= MAX_BLOCKS_PER_MESSAGE || !/^[A-Z0-9]+$/.test(userId)) return;
  const byline: types.ContextBlock = {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: `Shared by <@${userId}>` }],
  };
  last.blocks.push(byline);
}
