import { describe, expect, it } from 'vitest';
import type { DateContext } from '../../../src/core/dates/date-rule.js';
import { declaredToday, introducedDate, speaksOfToday } from '../../../src/core/dates/statement-date.js';

// Friday 29 March 2024.
const friday: DateContext = { published: '2024-03-29', dayFirst: true };

describe('the day a statement speaks of', () => {
  it('is the weekday "today (Wednesday)" names, before the page’s own day', () => {
    expect(declaredToday('Ministers have today (Wednesday) named the group.', friday)).toBe('2024-03-27');
    expect(declaredToday('Ministers have today named the group.', friday)).toBeNull();
  });

  it('is the day an introduction gives the statement that follows it', () => {
    expect(introducedDate('The ministry today issued the following statement:', friday)).toBe('2024-03-29');
    expect(
      introducedDate(
        'I shall repeat the statement made in the other place on Tuesday 26 March as follows.',
        friday,
      ),
    ).toBe('2024-03-26');
    expect(introducedDate('The ministry said on Tuesday 26 March that talks had failed.', friday)).toBeNull();
    expect(introducedDate('The ministry issued the following statement:', friday)).toBeNull();
  });

  it('knows whether a page speaks of its own day', () => {
    expect(speaksOfToday('The agency today named the group.')).toBe(true);
    expect(speaksOfToday('The agency named the group on Monday.')).toBe(false);
  });
});
