import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  isCalendarName,
  isoDate,
  isValidDay,
  monthIndex,
  pad2,
  weekdayIndex,
  writesMonthFirst,
} from '../../../src/core/dates/calendar.js';

describe('calendar', () => {
  it('numbers months from their names and abbreviations in any case', () => {
    expect(monthIndex('January')).toBe(1);
    expect(monthIndex('Sept.')).toBe(9);
    expect(monthIndex('DEC')).toBe(12);
    expect(monthIndex('Smarch')).toBeNull();
    expect(weekdayIndex('sunday')).toBe(0);
    expect(weekdayIndex('Saturday')).toBe(6);
    expect(weekdayIndex('Someday')).toBe(-1);
  });

  it('writes ISO dates at the precision given', () => {
    expect(isoDate(2021)).toBe('2021');
    expect(isoDate(2023, 7)).toBe('2023-07');
    expect(isoDate('2024', 3, 5)).toBe('2024-03-05');
    expect(pad2(9)).toBe('09');
    expect(pad2(31)).toBe('31');
  });

  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(isValidDay(2023, 2, 29)).toBe(false);
    expect(isValidDay(2024, 13, 1)).toBe(false);
    expect(isValidDay(2024, 4, 30)).toBe(true);
  });

  it('tells month-first writing ("March 26, 2024") from day-first', () => {
    expect(writesMonthFirst('The plea was entered on October 3, 2022 in court.')).toBe(true);
    expect(writesMonthFirst('The plea was entered on 3 October 2022 in court.')).toBe(false);
  });

  it('recognises month and weekday names as running text writes them', () => {
    expect(isCalendarName('Thursday')).toBe(true);
    expect(isCalendarName('August')).toBe(true);
    expect(isCalendarName('august')).toBe(false);
    expect(isCalendarName('Supo')).toBe(false);
  });
});
