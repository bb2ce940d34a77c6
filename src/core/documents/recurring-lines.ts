// Lines a site prints on page after page (its menus, footer, disclaimers, "about us" box) are furniture
// wherever they stand, whatever they say. One page cannot show that; the pages the same host sent before
// can. The store remembers, per host, how many documents carried each line (the FurnitureMemory port);
// ingest hands a new page the lines its host's earlier pages share, and the `recurringLines` pass marks
// them. A page with no history is left to the generic furniture passes.
import { createHash } from 'node:crypto';
import type { FurnitureMemory } from '../ports.js';
import { collapseSpaces, foldTypography } from '../text/normalise.js';
import type { Page } from './page.js';

/** How many earlier documents of a host must carry a line before it counts as the site's furniture. */
export const RECURRING_DOCUMENTS = 3;

/** Paragraphs remembered per document: a page's furniture sits in its first and last few hundred. */
const LINES_PER_DOCUMENT = 400;

/** A line's key: its words with case, typography and spacing folded, hashed short. */
export function lineKey(text: string): string {
  const folded = collapseSpaces(foldTypography(text).toLowerCase()).trim();
  return createHash('sha1').update(folded).digest('hex').slice(0, 16);
}

/** The keys of a page's lines, each once, as the store remembers them. */
export function lineKeys(texts: readonly string[]): string[] {
  const keys = new Set<string>();
  const head = texts.slice(0, LINES_PER_DOCUMENT / 2);
  const tail =
    texts.length > LINES_PER_DOCUMENT ? texts.slice(-LINES_PER_DOCUMENT / 2) : texts.slice(head.length);
  for (const t of [...head, ...tail]) keys.add(lineKey(t));
  return [...keys];
}

/** The host whose pages a URL belongs to ("www." dropped), or null for no URL or one that does not parse. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase() || null;
  } catch {
    return null;
  }
}

/** The host an input's pages are counted under: its address, or the one its feed item links to. */
export function hostOfInput(input: { url?: string | null; known?: { url?: string | null } }): string | null {
  return hostOf(input.url ?? input.known?.url);
}

/**
 * The lines the host's earlier documents share, asked once per host: what a batch of inputs from a few
 * sites needs from the memory.
 */
export function recurringLinesOf(memory: FurnitureMemory): (host: string) => Promise<readonly string[]> {
  const asked = new Map<string, Promise<readonly string[]>>();
  return (host) => {
    let lines = asked.get(host);
    if (!lines) {
      lines = memory.recurringLines(host, RECURRING_DOCUMENTS);
      asked.set(host, lines);
    }
    return lines;
  };
}

/**
 * Marks the lines the page's host prints on page after page. When they would be most of the page's prose,
 * the page is a copy of one seen before (an update, a re-post), not furniture around a new text: then only
 * its short lines go.
 */
export function recurringLines(page: Page): void {
  if (page.recurring.size === 0) return;
  const hits = page.paras.filter((p) => p.role === 'text' && page.recurring.has(lineKey(p.text)));
  const proseLength = (paras: typeof hits) => paras.reduce((n, p) => n + (p.prose ? p.text.length : 0), 0);
  const copy = proseLength(hits) > 0.5 * proseLength(page.paras);
  for (const p of hits) if (!copy || !p.prose) p.role = 'furniture';
}
