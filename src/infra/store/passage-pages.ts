// How pages of passage hits are cut from one order, so that the first pages cover as many documents as
// possible and no two pages ever overlap.

/**
 * The best passages among which each document's best comes first, then the others: what the first pages
 * show, so they cover as many documents as possible. Past them, passages follow in rank order. A fixed
 * stretch, so that every page is cut from the same order and no two pages overlap.
 */
export const BEST_WINDOW = 24;

/** The same stretch in newest-first order, longer: there one document's passages come together. */
export const NEWEST_WINDOW = 240;

export interface PassageRow {
  docId: string;
  paragraph: number;
  title: string | null;
  text: string;
  /** bm25: negative, lower is better. */
  rank: number;
}

/** The rows of a window with each document's first row ahead of the others, order otherwise kept. */
function firstPerDocumentAhead<R extends { docId: string }>(rows: R[]): R[] {
  const seen = new Set<string>();
  const firsts: R[] = [];
  const rest: R[] = [];
  for (const row of rows) {
    if (seen.has(row.docId)) rest.push(row);
    else {
      seen.add(row.docId);
      firsts.push(row);
    }
  }
  return [...firsts, ...rest];
}

/**
 * Rows `offset` to `offset + limit` (`offset` within the window) of an order whose first `window` rows are
 * rearranged by `firstPerDocumentAhead`, from its first rows: at least max(window, offset + limit) of them,
 * or all there are.
 */
export function pageOfFirst<R extends { docId: string }>(
  rows: R[],
  window: number,
  offset: number,
  limit: number,
): R[] {
  const head = firstPerDocumentAhead(rows.slice(0, window));
  return [...head, ...rows.slice(window)].slice(offset, offset + limit);
}

/**
 * Rows `offset` to `offset + limit` of an order whose first `window` rows are rearranged by
 * `firstPerDocumentAhead`; `read(limit, offset)` reads the order itself.
 */
export function cutPage(
  read: (limit: number, offset: number) => PassageRow[],
  window: number,
  offset: number,
  limit: number,
): PassageRow[] {
  if (offset >= window) return read(limit, offset);
  const head = read(window, 0);
  const tail = offset + limit > window && head.length === window ? read(offset + limit - window, window) : [];
  return pageOfFirst([...head, ...tail], window, offset, limit);
}
