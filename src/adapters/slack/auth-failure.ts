// Why Slack's start-up check of the bot token (auth.test) failed, in a line. Only Slack's own answer
// can say the token is bad; a network error or an HTTP error status means the request never reached
// Slack's API, and calling the token bad would send the admin to fix the wrong thing.

export function authFailure(err: unknown, apiUrl: string): string {
  const { code, statusCode, original, data, message } = (err ?? {}) as {
    code?: unknown;
    statusCode?: unknown;
    original?: { code?: unknown; message?: unknown; cause?: { code?: unknown } };
    data?: { error?: unknown };
    message?: unknown;
  };
  const check = '(check the network, a proxy, or SLACK_API_URL)';
  if (code === 'slack_webapi_request_error')
    // fetch reports "fetch failed" and keeps the system's reason (ECONNREFUSED, ENOTFOUND…) as its cause.
    return `Slack is unreachable at ${apiUrl}: ${String(original?.code ?? original?.cause?.code ?? original?.message ?? message)} ${check}.`;
  if (code === 'slack_webapi_http_error')
    return `Slack is unreachable at ${apiUrl}: it answered HTTP ${String(statusCode)} ${check}.`;
  const reason = typeof data?.error === 'string' ? data.error : String(message ?? err);
  return `Slack did not accept SLACK_BOT_TOKEN (auth.test): ${reason}.`;
}
