// Long answers are paged: the reply shows one page and says how to ask for the next.
import { z } from 'zod';
import type { Block } from './reply.js';

export const pageField = z.coerce.number().int().min(1, 'page must be 1 or more').max(10_000).default(1);

export function pageOf<T>(items: T[], page: number, size: number): { items: T[]; more: number } {
  const start = (page - 1) * size;
  return { items: items.slice(start, start + size), more: Math.max(0, items.length - start - size) };
}

/** The "… and N more: /timeline APT31 page:2" line, or nothing on the last page. */
export function moreBlock(total: number, page: number, size: number, command: string): Block[] {
  const shown = Math.min(total, page * size);
  return shown < total ? [{ type: 'more', shown, total, command: `${command} page:${page + 1}` }] : [];
}
