// What a service did, or why it did not: a value the caller words, instead of an exception. Every way a
// request can be refused is then in the error type, and a `switch` over its `kind` names them all.
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const refused = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
