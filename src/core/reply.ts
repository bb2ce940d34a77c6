// Replies are data: built once by a command, rendered by each adapter (terminal, Slack, Discord).
import type { StoredDocument } from './ports.js';

/** Where a fact comes from. Every fact in a reply carries at least one. */
export interface Citation {
  docId: string;
  title: string;
  publisher: string | null;
  published: string | null;
  url: string | null;
}

/**
 * A merged fact's citations: the first few reporting documents, and how many report it in all when that
 * is more than are cited ("[1][2] (2,031 sources)").
 */
export interface Cited {
  sources: Citation[];
  sourceCount?: number;
}

/** "(N sources)" after a fact's citations, or nothing for a single source. */
export function sourcesNote(c: Cited): string {
  const n = Math.max(c.sourceCount ?? 0, c.sources.length);
  return n > 1 ? ` (${n.toLocaleString('en-GB')} sources)` : '';
}

export interface MarkedRun {
  text: string;
  marked: boolean;
}

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string }
  | { type: 'fields'; fields: { label: string; value: string }[] }
  | ({ type: 'quote'; text: string; speaker: string; role: string | null } & Cited)
  | { type: 'timeline'; rows: ({ date: string; text: string } & Cited)[] }
  | { type: 'assessments'; rows: ({ phrase: string; band: string; range: string; text: string } & Cited)[] }
  | { type: 'passages'; rows: { runs: MarkedRun[]; source: Citation }[] }
  | { type: 'sources'; rows: (Citation & { origin: string })[] }
  | MoreBlock
  | { type: 'context'; text: string };

/** "… and N more: COMMAND": `shown` of `total` listed so far; with `moreThan`, over `total` exist. */
export interface MoreBlock {
  type: 'more';
  shown: number;
  total: number;
  command: string;
  moreThan?: true;
}

/** What a 'more' block says is left, before its command: "… and 12 more", "… and over 995 more". */
export function moreText(b: MoreBlock): string {
  const n = Math.max(0, b.total - b.shown);
  if (!b.moreThan) return `… and ${n.toLocaleString('en-GB')} more`;
  return n > 0 ? `… and over ${n.toLocaleString('en-GB')} more` : '… and more';
}

export type ReplyStatus = 'ok' | 'user-error' | 'error';

export interface Reply {
  status: ReplyStatus;
  title: string;
  blocks: Block[];
}

export function reply(title: string, blocks: Block[]): Reply {
  return { status: 'ok', title, blocks };
}

/** An answer to a user mistake: what was wrong, and what to try instead. */
export function userError(message: string, hint?: string, suggestions: string[] = []): Reply {
  const blocks: Block[] = [{ type: 'text', text: message }];
  if (suggestions.length > 0)
    blocks.push({ type: 'fields', fields: [{ label: 'Did you mean', value: suggestions.join(' · ') }] });
  if (hint) blocks.push({ type: 'context', text: hint });
  return { status: 'user-error', title: message, blocks };
}

/** Thrown by command code for a user mistake; the dispatcher turns it into a `userError` reply. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly suggestions: string[] = [],
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function citationOf(doc: StoredDocument): Citation {
  return {
    docId: doc.id,
    title: doc.title ?? firstWords(doc.body),
    publisher: doc.publisher,
    published: doc.published,
    url: doc.url,
  };
}

function firstWords(body: string): string {
  const words = body.split(/\s+/).slice(0, 10).join(' ');
  return words.length < body.length ? `${words}…` : words;
}

/** The date a citation shows: the publication date, or "undated". */
export function citationLabel(c: Citation): string {
  return [c.publisher, c.published ?? 'undated'].filter(Boolean).join(', ');
}
