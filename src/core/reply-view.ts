// What every renderer reads off a reply before drawing it: the reply without invisible characters, its one
// numbered source list and the block where that list stands, and whether the reply is nothing but the list.
import {
  type Cited,
  type ListedSource,
  numberSources,
  type Reply,
  sourcesNote,
  visibleReply,
} from './reply.js';

export interface ReplyView {
  /** The reply, every invisible character gone. */
  reply: Reply;
  /** Every document the reply cites or lists, in the order of their numbers (from 1). */
  sources: ListedSource[];
  /** A fact's citation marks, "[1][3] (5 sources)"; empty for none. */
  marks(c: Cited): string;
  /** The index of the block the source list is drawn at (the first sources block); -1: after the last. */
  listAt: number;
  /** The reply is a source list and nothing else (/sources): the list is the answer, not small print. */
  onlyList: boolean;
}

export function viewOf(reply: Reply): ReplyView {
  const visible = visibleReply(reply);
  const numbered = numberSources(visible);
  return {
    reply: visible,
    sources: numbered.list,
    marks: (c) =>
      numbered
        .numbers(c)
        .map((n) => `[${n}]`)
        .join('') + sourcesNote(c),
    listAt: visible.blocks.findIndex((b) => b.type === 'sources'),
    onlyList: visible.blocks.every((b) => b.type === 'heading' || b.type === 'sources' || b.type === 'more'),
  };
}

/** The end of a renderer's exhaustive switch: a block type it does not know is a bug, not an answer. */
export function unknownBlock(b: never): never {
  throw new Error(`Unknown reply block ${JSON.stringify(b)}`);
}
