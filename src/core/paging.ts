// Long answers are paged: the reply shows one page and says how to ask for the next.
import { z } from 'zod';
import { type Block, UserError } from './reply.js';

export const pageField = z.coerce
  .number()
  .int()
  .min(1, 'page must be 1 or more')
  .max(10_000)
  .default(1)
  .describe('Which page of a long answer');

export function pageOf<T>(items: T[], page: number, size: number): { items: T[]; more: number } {
  const start = (page - 1) * size;
  return { items: items.slice(start, start + size), more: Math.max(0, items.length - start - size) };
}

/**
 * The "… and N more: /timeline APT31 page:2" line, or nothing on the last page. With `exact` false,
 * more than `total` exist ("… and over 995 more").
 */
export function moreBlock(total: number, page: number, size: number, command: string, exact = true): Block[] {
  const shown = Math.min(total, page * size);
  if (shown >= total && exact) return [];
  return [
    {
      type: 'more',
      shown,
      total,
      command: `${command} page:${page + 1}`,
      ...(exact ? {} : { moreThan: true }),
    },
  ];
}

/**
 * Under a glance that shows the first rows of a longer list (a /who card's events): "… and N more: COMMAND",
 * the command that lists them all; nothing when every row is shown.
 */
export function moreRows(page: { rows: readonly unknown[]; total: number }, command: string): Block[] {
  return page.total > page.rows.length
    ? [{ type: 'more', shown: page.rows.length, total: page.total, command }]
    : [];
}

/** "1 passage", "1,204 passages". */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? noun : plural}`;
}

/**
 * The answer to a page past the last one, saying which pages there are: "There is no page 7; 28 passages
 * match, on pages 1–6." `counted` is what there is ("28 passages match"); `total` items exist in all.
 */
export function noSuchPage(page: number, total: number, size: number, counted: string): UserError {
  const pages = Math.max(1, Math.ceil(total / size));
  return new UserError(
    `There is no page ${page}; ${counted}, ${pages === 1 ? 'all on page 1' : `on pages 1–${pages}`}.`,
  );
}
