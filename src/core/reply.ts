// Replies are data: built once by a command, rendered by each adapter (terminal, Slack, Discord).
import type { StoredDocument } from './ports.js';
import { stripInvisible } from './text/normalise.js';

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

/**
 * A labelled value. `value` is what a person reads; when it shows a list, `items` holds the list itself,
 * for readers that are programs (`--json`), so they never split a display string.
 */
export interface Field {
  label: string;
  value: string;
  items?: string[];
}

/** A field that shows a list: read as "a, b, c", and kept as the list itself for scripts (--json). */
export function listField(label: string, items: readonly string[]): Field {
  return { label, value: items.join(', '), items: [...items] };
}

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string }
  | { type: 'fields'; fields: Field[] }
  | ({ type: 'quote'; text: string; speaker: string; role: string | null } & Cited)
  | { type: 'timeline'; rows: ({ date: string; text: string } & Cited)[] }
  | { type: 'assessments'; rows: ({ phrase: string; band: string; range: string; text: string } & Cited)[] }
  | { type: 'passages'; rows: { runs: MarkedRun[]; source: Citation }[] }
  | { type: 'sources'; rows: (Citation & { origin: string })[] }
  | MoreBlock
  | { type: 'context'; text: string };

/** A source as the reply's source list shows it: where the document came from, when a block says. */
export type ListedSource = Citation & { origin?: string };

/** The citations one block carries, in reading order (a sources block's rows are listed, not cited). */
function citedBy(b: Block): Citation[] {
  switch (b.type) {
    case 'quote':
      return b.sources;
    case 'timeline':
    case 'assessments':
      return b.rows.flatMap((r) => r.sources);
    case 'passages':
      return b.rows.map((r) => r.source);
    default:
      return [];
  }
}

/**
 * The reply's one source list, numbered from 1: every document in the order the answer first cites or
 * lists it. Renderers number citations by their place here and print the list once, so "[3]" means the
 * same document everywhere and a card never shows a second list of the sources its facts cite.
 */
export interface NumberedSources {
  list: ListedSource[];
  /** A fact's citation numbers, ascending: [1][2][5], never [5][1][2]. */
  numbers(c: Cited): number[];
}

export function numberSources(r: Reply): NumberedSources {
  const list = new Map<string, ListedSource>();
  for (const b of r.blocks) {
    for (const c of citedBy(b)) if (!list.has(c.docId)) list.set(c.docId, c);
    // A sources block's rows say where each document came from, whether or not a fact cited it first.
    if (b.type === 'sources') for (const row of b.rows) list.set(row.docId, row);
  }
  const number = new Map([...list.keys()].map((id, i) => [id, i + 1]));
  return {
    list: [...list.values()],
    numbers: (c) => c.sources.map((x) => number.get(x.docId) ?? 0).sort((x, y) => x - y),
  };
}

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

/** A file an answer hands over (a STIX bundle): each platform delivers it its own way. */
export interface ReplyFile {
  /** Where it is on the machine running Sitrep; the terminal shows it, chat platforms upload from it. */
  path: string;
  /** The name it is offered under. */
  name: string;
  mediaType: string;
  bytes: number;
}

export interface Reply {
  status: ReplyStatus;
  title: string;
  blocks: Block[];
  file?: ReplyFile;
}

export function reply(title: string, blocks: Block[]): Reply {
  return { status: 'ok', title, blocks };
}

/**
 * The reply without invisible characters (directional overrides, zero-width and control characters) in any
 * of its text. Reports and typed commands lose them on the way in; each renderer applies this too, so text
 * stored before that, or reaching a reply by any other path (a feed's own title), cannot carry them out.
 */
export function visibleReply(r: Reply): Reply {
  return stripDeep(r) as Reply;
}

function stripDeep(v: unknown): unknown {
  if (typeof v === 'string') return stripInvisible(v);
  if (Array.isArray(v)) return v.map(stripDeep);
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, stripDeep(x)]));
  return v;
}

/** The label of the suggestions an answer to a mistake offers. */
export const SUGGESTIONS_LABEL = 'Did you mean';

/** An answer to a user mistake: what was wrong, and what to try instead. */
export function userError(message: string, hint?: string, suggestions: string[] = []): Reply {
  const blocks: Block[] = [{ type: 'text', text: message }];
  if (suggestions.length > 0)
    blocks.push({
      type: 'fields',
      fields: [{ label: SUGGESTIONS_LABEL, value: suggestions.join(' · '), items: suggestions }],
    });
  if (hint) blocks.push({ type: 'context', text: hint });
  return { status: 'user-error', title: message, blocks };
}

/** The answer to a failure on our side, whatever failed: it has been logged where it happened. */
export function apology(command: string): Reply {
  return {
    status: 'error',
    title: 'Something went wrong',
    blocks: [
      { type: 'text', text: `Sorry, /${command} failed on our side. It has been logged; please try again.` },
    ],
  };
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
