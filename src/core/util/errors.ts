// How a failure is put into words, in answers, logs and stored errors alike: the one place that turns an
// unknown thrown value into text.

/** The thrown value's message; with `stack`, its stack where it has one (for a log line). */
export function describeError(err: unknown, opts: { stack?: boolean } = {}): string {
  if (!(err instanceof Error)) return String(err);
  return opts.stack ? (err.stack ?? err.message) : err.message;
}
