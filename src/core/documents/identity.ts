// What makes two inputs the same document. The text alone cannot: two monthly briefs may share a summary
// word for word, and a syndicated copy repeats another outlet's article. A report is its text at its
// address (URL, or a feed item's GUID when it has no link); the same text at another address is a copy,
// stored under that address and credited as "also reported by" (ADR 8).
import { createHash } from 'node:crypto';
import { collapseSpaces, foldTypography } from '../text/normalise.js';

/** The hash of a body with typography, case and spacing folded: equal for copies of the same text. */
export function textHash(body: string): string {
  return hash(collapseSpaces(foldTypography(body).toLowerCase()).trim());
}

/**
 * A document's id: the hash of its address and text, or of its text alone when it has no address (a file),
 * so a file is the same document as any stored copy of its text. Documents stored before addresses counted
 * (schema 6 and earlier) keep their text-only ids.
 */
export function documentId(body: string, address: string | null): string {
  return address === null ? textHash(body) : hash(`${address}\n${textHash(body)}`);
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}
