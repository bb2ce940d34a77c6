import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/terminal/render.js';
import { countOf, moreBlock, noSuchPage } from '../../src/core/paging.js';
import { reply } from '../../src/core/reply.js';

describe('paging lines', () => {
  it('says exactly how many are left, or that more than a floor are', () => {
    expect(moreBlock(12, 1, 5, '/search x')).toEqual([
      { type: 'more', shown: 5, total: 12, command: '/search x page:2' },
    ]);
    expect(moreBlock(10, 2, 5, '/search x')).toEqual([]);
    const floor = moreBlock(1_000, 1, 5, '/search said', false);
    expect(renderText(reply('t', floor))).toContain('… and over 995 more: /search said page:2');
    // Even a page that reaches the floor says there is more when only a floor is known.
    expect(renderText(reply('t', moreBlock(1_000, 200, 5, '/search said', false)))).toContain(
      '… and more: /search said page:201',
    );
  });

  it('names the pages there are when one past them is asked for', () => {
    expect(noSuchPage(7, 28, 5, `${countOf(28, 'passage')} match`).message).toBe(
      'There is no page 7; 28 passages match, on pages 1–6.',
    );
    expect(noSuchPage(2, 1, 5, `${countOf(1, 'passage')} matches`).message).toBe(
      'There is no page 2; 1 passage matches, all on page 1.',
    );
  });
});
