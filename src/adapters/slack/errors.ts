// Slack's refusals in words: the Web API's error code when it gave one, and what to do about the usual ones.

/** The Web API error code (not_in_channel, …) of a refused call, or the error's message. */
export function describe(err: unknown): string {
  if (err instanceof Error) {
    const data = (err as { data?: { error?: unknown } }).data;
    return typeof data?.error === 'string' ? data.error : err.message;
  }
  return String(err);
}

/** What to do about a refusal, as a parenthesis to add after it, or nothing. */
export function hintFor(err: unknown): string {
  const code = describe(err);
  if (code === 'not_in_channel') return ' (invite the bot first: /invite @Sitrep)';
  if (code === 'channel_not_found') return ' (check the channel id; the bot must be able to see it)';
  return '';
}
