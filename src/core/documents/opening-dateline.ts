// The publication date a release gives only in its first paragraph's dateline ("WASHINGTON, May 9, 2023 —
// The Department …"), for pages with no date in their header or feed. The dateline stays in the body.
import { openingDateline } from '../dates/parse-date.js';
import type { Page } from './page.js';

/** The first prose paragraph's opening dateline dates the page, unless something else already did. */
export function openingDatelines(page: Page): void {
  if (page.published) return;
  const first = page.paras.find((p) => p.role === 'text' && p.prose);
  const found = first ? openingDateline(first.text, page.dates) : null;
  if (found) page.published = found.iso;
}
