import { describe, expect, it } from 'vitest';
import type { DateContext } from '../../../src/core/dates/date-rule.js';
import { findDates } from '../../../src/core/dates/find-dates.js';
import { parseDateLine, parseSingleDate } from '../../../src/core/dates/parse-date.js';

const published: DateContext = { published: '2024-03-26', dayFirst: true };
const undated: DateContext = { published: null, dayFirst: true };
const iso = (text: string, ctx = published) => findDates(text, ctx).map((d) => d.iso);

describe('findDates: precision as the text gives it', () => {
  it('reads bare years only after a time word, never counts or names', () => {
    expect(iso('reconnaissance against parliamentarians in 2021.')).toEqual(['2021']);
    expect(iso('The National Security Act 2023 gives new powers.')).toEqual([]);
    expect(iso('Over 10,000 malicious emails reached 2,000 inboxes.')).toEqual([]);
    expect(iso('CVE-2021-44228 was exploited.')).toEqual([]);
    expect(iso('active since 2014 and during 2019')).toEqual(['2014', '2019']);
  });

  it('reads ranges in their usual spellings', () => {
    expect(iso('systems compromised between 2021 and 2022')).toEqual(['2021/2022']);
    expect(iso('an attack on systems in 2021-22')).toEqual(['2021/2022']);
    expect(iso('from 2014 to 2022 the register')).toEqual(['2014/2022']);
    expect(iso('the 2019–2020 campaign')).toEqual(['2019/2020']);
    expect(iso('between March and May 2023 the group')).toEqual(['2023-03/2023-05']);
    expect(iso('on 25-27 March 2024 the summit')).toEqual(['2024-03-25/2024-03-27']);
  });

  it('reads calendar dates in British, American, Nordic and ISO styles', () => {
    expect(iso('announced on 25 March 2024 that')).toEqual(['2024-03-25']);
    expect(iso('announced on March 26, 2024 that')).toEqual(['2024-03-26']);
    expect(iso('the police said on 18.3.2021 that')).toEqual(['2021-03-18']);
    expect(iso('released 2024-03-25 after review')).toEqual(['2024-03-25']);
    expect(iso('in December 2023 the centre')).toEqual(['2023-12']);
  });

  it('follows the document convention for ambiguous slashes', () => {
    expect(iso('filed on 3/4/2024 with', { published: null, dayFirst: true })).toEqual(['2024-04-03']);
    expect(iso('filed on 3/4/2024 with', { published: null, dayFirst: false })).toEqual(['2024-03-04']);
    expect(iso('filed on 25/3/2024 with', { published: null, dayFirst: false })).toEqual(['2024-03-25']);
  });

  it('resolves relative dates against the publication date', () => {
    expect(iso('was made public last year after')).toEqual(['2023']);
    expect(iso('advice published in December.')).toEqual(['2023-12']);
    expect(iso('Yesterday, the ministry banned chips')).toEqual(['2024-03-25']);
    expect(iso('The government has today published guidance')).toEqual(['2024-03-26']);
    expect(iso('called out the actors on Monday for')).toEqual(['2024-03-25']);
    expect(iso('the talks will resume in December')).toEqual(['2024-12']);
    expect(iso('two years ago the group')).toEqual(['2022']);
  });

  it('leaves relative dates unresolved when the publication date is unknown', () => {
    expect(iso('made public last year after', undated)).toEqual([]);
    expect(iso('Yesterday, the ministry banned chips', undated)).toEqual([]);
    expect(iso('published in December.', undated)).toEqual([]);
    expect(iso('conducted in 2021', undated)).toEqual(['2021']);
  });

  it('does not read the verb "may" as a month', () => {
    expect(iso('the actors may 2021 style attacks')).toEqual([]);
  });
});

describe('parseDateLine: datelines', () => {
  it('accepts a line that is only a date, with weekday, time and zone', () => {
    expect(parseDateLine('Monday 25 March 2024 16:14 GMT', published)).toBe('2024-03-25');
    expect(parseDateLine('March 26, 2024', published)).toBe('2024-03-26');
    expect(parseDateLine('Published: 18.3.2021', published)).toBe('2021-03-18');
  });
  it('rejects lines with other words or no year', () => {
    expect(parseDateLine('Submission: On March 25 via api from US', published)).toBeNull();
    expect(parseDateLine('The attack on 25 March 2024 was serious', published)).toBeNull();
  });
});

describe('parseSingleDate', () => {
  it('reads the ends of a range', () => {
    expect(parseSingleDate('2021', undated)).toBe('2021');
    expect(parseSingleDate('March 2024', undated)).toBe('2024-03');
    expect(parseSingleDate('25 March 2024', undated)).toBe('2024-03-25');
    expect(parseSingleDate('soon', undated)).toBeNull();
  });
});
