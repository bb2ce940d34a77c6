// A Reply as data, for scripts (`sitrep who APT31 --json`): what the answer says, not how it is laid out.
// Lists are arrays, dates stay ISO 8601 at the precision the text gives, every cited document is listed
// once with its URL, and each fact names its documents by id. An answer to a mistake is an error object
// with a code.
import { type Block, type Citation, type Cited, type Reply, SUGGESTIONS_LABEL } from '../../core/reply.js';

export interface DocumentData {
  id: string;
  title: string;
  publisher: string | null;
  /** ISO 8601 at the precision known (2024, 2024-03, 2024-03-25); null when undated. */
  published: string | null;
  url: string | null;
  /** Where the report came from (a file name or a feed), when the answer lists it. */
  origin?: string;
}

interface CitedData {
  /** Ids of the documents cited, in `documents`. */
  sources: string[];
  /** How many documents report it in all, when that is more than are cited. */
  sourceCount: number;
}

export interface ReplyData {
  command: string;
  status: Reply['status'];
  title: string;
  /** Present when status is not ok: what went wrong, and what to try. */
  error?: { code: ErrorCode; message: string; hint?: string; suggestions: string[] };
  /** Labelled values; a list is an array. */
  fields: Record<string, string | string[]>;
  text: string[];
  assessments: ({ phrase: string; band: string; range: string; text: string } & CitedData)[];
  events: ({ date: string; text: string } & CitedData)[];
  quotes: ({ text: string; speaker: string; role: string | null } & CitedData)[];
  passages: { text: string; marked: string[]; source: string }[];
  /** Every document the answer cites or lists, each once. */
  documents: DocumentData[];
  /** Where the answer stopped: the rest is `command` away. */
  more: { shown: number; total: number; command: string }[];
  notes: string[];
  /** The file the answer handed over (a STIX bundle): where it is, and what it is. */
  file?: Reply['file'];
}

/** `user-error`: the input (unknown name, bad option, missing permission); `failed`: Sitrep's side. */
export type ErrorCode = 'user-error' | 'failed';

export function replyData(reply: Reply, command: string): ReplyData {
  const data: ReplyData = {
    command,
    status: reply.status,
    title: reply.title,
    fields: {},
    text: [],
    assessments: [],
    events: [],
    quotes: [],
    passages: [],
    documents: [],
    more: [],
    notes: [],
  };
  const documents = new Map<string, DocumentData>();
  const cite = (c: Citation, origin?: string): string => {
    const known = documents.get(c.docId);
    if (!known) documents.set(c.docId, documentOf(c, origin));
    else if (origin && !known.origin) known.origin = origin;
    return c.docId;
  };
  const cited = (c: Cited): CitedData => ({
    sources: c.sources.map((s) => cite(s)),
    sourceCount: Math.max(c.sourceCount ?? 0, c.sources.length),
  });
  for (const block of reply.blocks) add(data, block, cite, cited);
  data.documents = [...documents.values()];
  if (reply.file) data.file = reply.file;
  if (reply.status !== 'ok') data.error = errorOf(reply, data);
  return data;
}

function add(
  data: ReplyData,
  b: Block,
  cite: (c: Citation, origin?: string) => string,
  cited: (c: Cited) => CitedData,
): void {
  switch (b.type) {
    case 'heading':
      return;
    case 'text':
      data.text.push(b.text);
      return;
    case 'context':
      data.notes.push(b.text);
      return;
    case 'fields':
      for (const f of b.fields) data.fields[f.label] = f.items ? [...f.items] : f.value;
      return;
    case 'quote':
      data.quotes.push({ text: b.text, speaker: b.speaker, role: b.role, ...cited(b) });
      return;
    case 'timeline':
      for (const r of b.rows) data.events.push({ date: r.date, text: r.text, ...cited(r) });
      return;
    case 'assessments':
      for (const a of b.rows)
        data.assessments.push({ phrase: a.phrase, band: a.band, range: a.range, text: a.text, ...cited(a) });
      return;
    case 'passages':
      for (const p of b.rows)
        data.passages.push({
          text: p.runs.map((r) => r.text).join(''),
          marked: p.runs.filter((r) => r.marked).map((r) => r.text),
          source: cite(p.source),
        });
      return;
    case 'sources':
      for (const s of b.rows) cite(s, s.origin || undefined);
      return;
    case 'more':
      data.more.push({ shown: b.shown, total: b.total, command: b.command });
      return;
  }
}

function documentOf(c: Citation, origin?: string): DocumentData {
  const d: DocumentData = {
    id: c.docId,
    title: c.title,
    publisher: c.publisher,
    published: c.published,
    url: c.url,
  };
  if (origin) d.origin = origin;
  return d;
}

function errorOf(reply: Reply, data: ReplyData): NonNullable<ReplyData['error']> {
  const suggestions = data.fields[SUGGESTIONS_LABEL];
  const error: NonNullable<ReplyData['error']> = {
    code: reply.status === 'user-error' ? 'user-error' : 'failed',
    message: data.text[0] ?? reply.title,
    suggestions: Array.isArray(suggestions) ? suggestions : [],
  };
  const hint = data.notes[0];
  if (hint) error.hint = hint;
  return error;
}
